package cn.zhishi.assessment.review;

import java.time.LocalDate;

/** A line of the campaign list. */
public record CampaignRow(long id, String name, CampaignKind kind, String unitName, String setName, LocalDate opensOn,
        LocalDate closesOn, CampaignStatus status, int targets) {
}
