package cn.zhishi.assessment.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhishi.shared.DomainRuleException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The procedure of [003] as a state machine. */
class AnnualAssessmentTest {

    static AnnualAssessment draft() {
        return new AnnualAssessment(1, 2, 2025, AssessmentStatus.DRAFT, null, null, null, null, null);
    }

    static final Violation QUOTA = new Violation("ExcellentQuota", "[003]", "k", List.of(), null);

    @Test
    void theStepsRunInOrderFromProposalToCirculation() {
        AnnualAssessment a = draft();
        a.propose(List.of(), "");
        a.review(List.of(), "");
        a.decide("市委常委会第5次会议", LocalDate.of(2026, 2, 1), DecisionOutcome.APPROVED, List.of(), "");
        a.feedBack(LocalDate.of(2026, 2, 3));
        a.circulate(LocalDate.of(2026, 2, 5));
        assertThat(a.status()).isEqualTo(AssessmentStatus.CIRCULATED);
        assertThat(a.meeting()).isEqualTo("市委常委会第5次会议");
    }

    @Test
    void aViolatedConstraintBlocksTheProposalWithItsReason() {
        AnnualAssessment a = draft();
        assertThatThrownBy(() -> a.propose(List.of(QUOTA), "优秀超额（ExcellentQuota；[003]）"))
                .isInstanceOf(ConstraintsViolated.class)
                .satisfies(e -> assertThat(((DomainRuleException) e).args()).containsExactly("优秀超额（ExcellentQuota；[003]）"));
        assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void aViolatedConstraintBlocksApprovalButNotReturning() {
        AnnualAssessment a = draft();
        a.propose(List.of(), "");
        a.review(List.of(), "");
        assertThatThrownBy(() -> a.decide("m", LocalDate.of(2026, 2, 1), DecisionOutcome.APPROVED, List.of(QUOTA), "x"))
                .isInstanceOf(ConstraintsViolated.class);
        a.decide("m", LocalDate.of(2026, 2, 1), DecisionOutcome.RETURNED, List.of(QUOTA), "x");
        assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        AnnualAssessment a = draft();
        assertThatThrownBy(() -> a.review(List.of(), "")).hasMessage("annual.refused.notProposed");
        assertThatThrownBy(() -> a.feedBack(LocalDate.of(2026, 1, 1))).hasMessage("annual.refused.notDecided");
        a.propose(List.of(), "");
        assertThatThrownBy(a::requireEditable).hasMessage("annual.refused.notDraft");
    }

    @Test
    void feedbackCannotPrecedeTheDecision() {
        AnnualAssessment a = draft();
        a.propose(List.of(), "");
        a.review(List.of(), "");
        a.decide("m", LocalDate.of(2026, 2, 1), DecisionOutcome.APPROVED, List.of(), "");
        assertThatThrownBy(() -> a.feedBack(LocalDate.of(2026, 1, 31))).hasMessage("annual.refused.beforeDecision");
    }

    static AnnualAssessment circulated() {
        AnnualAssessment a = draft();
        a.propose(List.of(), "");
        a.review(List.of(), "");
        a.decide("m", LocalDate.of(2026, 2, 1), DecisionOutcome.APPROVED, List.of(), "");
        a.feedBack(LocalDate.of(2026, 2, 3));
        a.circulate(LocalDate.of(2026, 2, 5));
        return a;
    }

    @Test
    void talksFollowTheCirculationAndTheYearIsCompletedWhenNothingIsLeftOpen() {
        AnnualAssessment a = circulated();
        a.startFollowUp(LocalDate.of(2026, 2, 6));
        assertThat(a.status()).isEqualTo(AssessmentStatus.FOLLOW_UP);
        a.requireFollowUp();
        a.requireRectifiable();
        a.complete(LocalDate.of(2026, 6, 30), "青组字〔2026〕12号", 0, 0);
        assertThat(a.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(a.completionReport()).isEqualTo("青组字〔2026〕12号");
        assertThatThrownBy(a::requireRectifiable).hasMessage("annual.refused.notRectifiable");
    }

    @Test
    void talksCannotBeProposedBeforeTheResultsAreCirculated() {
        AnnualAssessment a = draft();
        assertThatThrownBy(() -> a.startFollowUp(LocalDate.of(2026, 2, 6))).hasMessage("annual.refused.notCirculated");
        assertThatThrownBy(a::requireFollowUp).hasMessage("annual.refused.notFollowUp");
        assertThatThrownBy(a::requireRectifiable).hasMessage("annual.refused.notRectifiable");
        assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void itemsMayBeRaisedFromTheWrittenFeedbackOn() {
        AnnualAssessment a = draft();
        a.propose(List.of(), "");
        a.review(List.of(), "");
        a.decide("m", LocalDate.of(2026, 2, 1), DecisionOutcome.APPROVED, List.of(), "");
        assertThatThrownBy(a::requireRectifiable).hasMessage("annual.refused.notRectifiable");
        a.feedBack(LocalDate.of(2026, 2, 3));
        a.requireRectifiable();
    }

    @Test
    void theYearIsNotCompletedWhileATalkIsPendingOrAnItemOpen() {
        AnnualAssessment a = circulated();
        assertThatThrownBy(() -> a.complete(LocalDate.of(2026, 6, 30), "r", 0, 0)).hasMessage("annual.refused.notFollowUp");
        a.startFollowUp(LocalDate.of(2026, 2, 6));
        assertThatThrownBy(() -> a.complete(LocalDate.of(2026, 6, 30), "r", 1, 2))
                .hasMessage("annual.refused.followUpOpen")
                .satisfies(e -> assertThat(((DomainRuleException) e).args()).containsExactly(1, 2));
        assertThatThrownBy(() -> a.complete(LocalDate.of(2026, 2, 5), "r", 0, 0)).hasMessage("annual.refused.beforeFollowUp");
        assertThat(a.status()).isEqualTo(AssessmentStatus.FOLLOW_UP);
        assertThatThrownBy(() -> a.startFollowUp(LocalDate.of(2026, 2, 7))).hasMessage("annual.refused.notCirculated");
    }
}
