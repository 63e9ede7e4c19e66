package cn.zhishi.demo;

import java.time.LocalDate;

/** A generated tenure (任职) of the cadre it belongs to; a null end means the post is still held. */
public record TenureRecord(String postCode, LocalDate startDate, LocalDate endDate, String documentNo) {

    public boolean isCurrent() {
        return endDate == null;
    }
}
