package cn.zhishi.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhishi.eligibility.ReserveMember.Stage;
import cn.zhishi.eligibility.Vacancy.Status;
import cn.zhishi.shared.DomainRuleException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VacancyAndReserveStateMachineTest {

    private static Vacancy in(Status s, Long... candidates) {
        return new Vacancy(s, List.of(candidates), null, null);
    }

    private static void refused(Vacancy v, Consumer<Vacancy> action, String code) {
        Status before = v.status();
        assertThatThrownBy(() -> action.accept(v)).isInstanceOf(DomainRuleException.class).hasMessage(code);
        assertThat(v.status()).isEqualTo(before);
    }

    @Test
    void anOpenVacancyTakesEligibleCandidatesOnceAndRefusesIneligibleOnes() {
        Vacancy v = Vacancy.open();
        v.addCandidate(1, true);
        refused(v, x -> x.addCandidate(1, true), "vacancy.refused.duplicate");
        refused(v, x -> x.addCandidate(2, false), "vacancy.refused.ineligible");
        v.removeCandidate(1);
        refused(v, x -> x.removeCandidate(1), "vacancy.refused.notCandidate");
        assertThat(v.candidates()).isEmpty();
    }

    @Test
    void recommendationsOnlyForCandidatesOnTheList() {
        Vacancy v = in(Status.OPEN, 1L);
        v.recommend(1);
        refused(v, x -> x.recommend(2), "vacancy.refused.notCandidate");
    }

    @Test
    void threeEligibleCandidatesGoForwardWithoutException() {
        Vacancy v = in(Status.OPEN, 1L, 2L, 3L);
        v.submit(3, null);
        assertThat(v.status()).isEqualTo(Status.SUBMITTED);
        assertThat(v.exceptionReason()).isNull();
    }

    @Test
    void twoEligibleCandidatesAreRefusedWithoutAReasonAndGoForwardWithOne() {
        Vacancy v = in(Status.OPEN, 1L, 2L);
        refused(v, x -> x.submit(2, null), "vacancy.refused.tooFew");
        refused(v, x -> x.submit(2, "  "), "vacancy.refused.tooFew");
        v.submit(2, " 专业性强，符合条件人选不足 ");
        assertThat(v.status()).isEqualTo(Status.SUBMITTED);
        assertThat(v.exceptionReason()).isEqualTo("专业性强，符合条件人选不足");
    }

    @Test
    void anEmptyListNeverGoesForwardEvenWithAnException() {
        refused(in(Status.OPEN), x -> x.submit(0, "理由"), "vacancy.refused.empty");
    }

    @Test
    void aSubmittedVacancyClosesOrIsWithdrawn() {
        Vacancy a = in(Status.SUBMITTED, 1L, 2L, 3L);
        a.close("已任用");
        assertThat(a.status()).isEqualTo(Status.CLOSED);
        Vacancy b = in(Status.SUBMITTED, 1L, 2L, 3L);
        b.withdraw("职位调整");
        assertThat(b.status()).isEqualTo(Status.WITHDRAWN);
        Vacancy c = in(Status.OPEN);
        c.withdraw("撤回");
        assertThat(c.status()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void forbiddenVacancyTransitions() {
        refused(in(Status.OPEN), x -> x.close("r"), "vacancy.refused.notSubmitted");
        for (Status s : List.of(Status.SUBMITTED, Status.CLOSED, Status.WITHDRAWN)) {
            refused(in(s, 1L, 2L, 3L), x -> x.addCandidate(4, true), "vacancy.refused.notOpen");
            refused(in(s, 1L, 2L, 3L), x -> x.removeCandidate(1), "vacancy.refused.notOpen");
            refused(in(s, 1L, 2L, 3L), x -> x.recommend(1), "vacancy.refused.notOpen");
            refused(in(s, 1L, 2L, 3L), x -> x.submit(3, null), "vacancy.refused.notOpen");
        }
        for (Status s : List.of(Status.CLOSED, Status.WITHDRAWN)) {
            refused(in(s), x -> x.close("r"), "vacancy.refused.notSubmitted");
            refused(in(s), x -> x.withdraw("r"), "vacancy.refused.finished");
        }
    }

    @Test
    void reservePipelineAllowedTransitions() {
        ReserveMember m = new ReserveMember(Stage.RESERVE);
        assertThat(m.inspect()).isEqualTo(Stage.RESERVE);
        assertThat(m.returnToReserve()).isEqualTo(Stage.CANDIDATE);
        assertThat(m.inspect()).isEqualTo(Stage.RESERVE);
        assertThat(m.appoint()).isEqualTo(Stage.CANDIDATE);
        assertThat(m.stage()).isEqualTo(Stage.APPOINTED);
        assertThat(m.active()).isFalse();
        assertThat(new ReserveMember(Stage.RESERVE).revoke()).isEqualTo(Stage.RESERVE);
        ReserveMember c = new ReserveMember(Stage.CANDIDATE);
        c.revoke();
        assertThat(c.stage()).isEqualTo(Stage.REVOKED);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void reservePipelineForbiddenTransitions(Stage from) {
        if (from != Stage.RESERVE) {
            assertRefused(from, ReserveMember::inspect);
        }
        if (from != Stage.CANDIDATE) {
            assertRefused(from, ReserveMember::appoint);
            assertRefused(from, ReserveMember::returnToReserve);
        }
        if (from == Stage.APPOINTED || from == Stage.REVOKED) {
            assertRefused(from, ReserveMember::revoke);
        }
    }

    private static void assertRefused(Stage from, Consumer<ReserveMember> t) {
        ReserveMember m = new ReserveMember(from);
        assertThatThrownBy(() -> t.accept(m)).isInstanceOf(DomainRuleException.class)
                .hasMessage("reserve.refused.transition");
        assertThat(m.stage()).isEqualTo(from);
    }
}
