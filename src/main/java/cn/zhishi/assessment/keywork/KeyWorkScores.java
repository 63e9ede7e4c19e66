package cn.zhishi.assessment.keywork;

import cn.zhishi.assessment.annual.KeyProjectScores;
import cn.zhishi.assessment.indicator.RatingScale;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The key-work source of the annual composite: a rated sheet scores by the four-step scale the
 * indicator sets use (好 100, 较好 80, 一般 60, 差 40); a sheet not yet rated is missing, never zero.
 */
@Component
class KeyWorkScores implements KeyProjectScores {

    private final KeyWork keyWork;

    KeyWorkScores(KeyWork keyWork) {
        this.keyWork = keyWork;
    }

    @Override
    public Map<Long, BigDecimal> scoresOf(Collection<Long> cadreIds, int year) {
        Map<Long, BigDecimal> out = new HashMap<>();
        keyWork.ratings(year, cadreIds).forEach((id, rating) -> out.put(id, RatingScale.DEFAULT.score(rating)));
        return out;
    }
}
