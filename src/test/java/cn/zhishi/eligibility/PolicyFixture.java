package cn.zhishi.eligibility;

import cn.zhishi.assessment.Grade;
import cn.zhishi.eligibility.policy.CandidateFacts;
import cn.zhishi.eligibility.policy.PolicyProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds candidate facts and the two shipped profiles for rule tests. */
final class PolicyFixture {

    static final PolicyProfile NATIONAL = new PolicyProfile("NATIONAL_2019", 1, "全国", "National", 2, 3, null, 5, 3,
            PolicyProfile.GradeCondition.NONE_BELOW_COMPETENT, PolicyProfile.NakedOfficialScope.ALL_PROMOTIONS, "30", "条例");
    static final PolicyProfile LOCAL = new PolicyProfile("LOCAL_DONGYING", 1, "东营", "Dongying", 3, 3, 3, 5, 3,
            PolicyProfile.GradeCondition.ALL_COMPETENT_OR_BETTER, PolicyProfile.NakedOfficialScope.ALL_PROMOTIONS, "30", "[000]");

    LocalDate workStart = LocalDate.of(2005, 7, 1);
    String education = "20";
    final List<CandidateFacts.HeldPost> posts = new ArrayList<>();
    final Map<Integer, Grade> grades = new HashMap<>();
    final List<CandidateFacts.Period> periods = new ArrayList<>();
    final List<CandidateFacts.NegativeHit> hits = new ArrayList<>();
    final List<CandidateFacts.Relative> family = new ArrayList<>();
    final List<CandidateFacts.KinshipConflict> conflicts = new ArrayList<>();

    static PolicyFixture aCadre() {
        return new PolicyFixture();
    }

    PolicyFixture holding(String level, LocalDate from, LocalDate to) {
        posts.add(new CandidateFacts.HeldPost(posts.size() + 1, "职位" + posts.size(), level, from, to));
        return this;
    }

    PolicyFixture graded(int year, Grade g) {
        grades.put(year, g);
        return this;
    }

    PolicyFixture competentFrom(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            grades.putIfAbsent(y, Grade.COMPETENT);
        }
        return this;
    }

    CandidateFacts facts() {
        return new CandidateFacts(1, "张三", 10, "青山县某局", LocalDate.of(1980, 1, 1), workStart, education, posts, grades,
                periods, hits, family, conflicts);
    }
}
