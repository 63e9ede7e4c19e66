package cn.zhishi.demo;

import java.time.LocalDate;

/** A generated talk or visit note (谈话、走访记录): kind TALK 谈心谈话, VISIT 走访, INTERVIEW 约谈, INSPECTION 考察谈话. */
public record TalkNoteRecord(LocalDate notedOn, String kind, String author, String text) {
}
