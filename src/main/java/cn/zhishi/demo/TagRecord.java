package cn.zhishi.demo;

import cn.zhishi.cadre.TagPolarity;
import java.time.LocalDate;

/** A generated positive or negative tag; the label is the Chinese label of a tag_label dictionary entry. */
public record TagRecord(TagPolarity polarity, String label, String reason, LocalDate taggedOn, String taggedBy) {
}
