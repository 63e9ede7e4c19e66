package cn.zhishi.assessment.review;

import cn.zhishi.cadre.CadreFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A new campaign: the targets are the cadres {@code targets} matches (its unit is the campaign's unit);
 * {@code weights} has one entry per rater group taking part.
 */
public record CampaignCommand(String name, CampaignKind kind, Long indicatorSetId, LocalDate opensOn, LocalDate closesOn,
        Integer flagPercent, Map<RaterGroup, BigDecimal> weights, CadreFilter targets) {
}
