package cn.zhishi.assessment.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A talk is scheduled, then recorded or cancelled; every other move is refused and changes nothing. */
class TalkTest {

    static final LocalDate CIRCULATED = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static Talk proposed() {
        return new Talk(1, 2, 3L, "张三", false, Talker.ORGANISATION_DEPARTMENT, TalkKind.TALK, TalkStatus.PROPOSED, null,
                null, null, null, null, null, null);
    }

    static Talk scheduled() {
        Talk t = proposed();
        t.schedule("组织部 李部长", LocalDate.of(2026, 3, 10), "组织部会议室", CIRCULATED);
        return t;
    }

    @Test
    void aProposedTalkIsScheduledThenRecorded() {
        Talk t = scheduled();
        assertThat(t.status()).isEqualTo(TalkStatus.SCHEDULED);
        assertThat(t.talkerName()).isEqualTo("组织部 李部长");
        t.record(LocalDate.of(2026, 3, 11), "组织部会议室", "指出存在的问题，提出整改要求", CIRCULATED, TODAY);
        assertThat(t.status()).isEqualTo(TalkStatus.RECORDED);
        assertThat(t.heldOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(t.status().done()).isTrue();
    }

    @Test
    void aScheduledTalkMayBeRescheduled() {
        Talk t = scheduled();
        t.schedule("组织部 王副部长", LocalDate.of(2026, 3, 15), " ", CIRCULATED);
        assertThat(t.scheduledOn()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(t.scheduledPlace()).isNull();
    }

    @Test
    void aTalkNotYetScheduledCannotBeRecorded() {
        Talk t = proposed();
        assertThatThrownBy(() -> t.record(TODAY, "会议室", "谈话", CIRCULATED, TODAY))
                .hasMessage("annual.talk.refused.notScheduled");
        assertThat(t.status()).isEqualTo(TalkStatus.PROPOSED);
    }

    @Test
    void aRecordedTalkCanNeitherBeRescheduledNorRecordedAgainNorCancelled() {
        Talk t = scheduled();
        t.record(LocalDate.of(2026, 3, 11), "会议室", "谈话", CIRCULATED, TODAY);
        assertThatThrownBy(() -> t.schedule("x", TODAY, null, CIRCULATED)).hasMessage("annual.talk.refused.notSchedulable");
        assertThatThrownBy(() -> t.record(TODAY, "会议室", "again", CIRCULATED, TODAY)).hasMessage("annual.talk.refused.final");
        assertThatThrownBy(() -> t.cancel("不需要")).hasMessage("annual.talk.refused.final");
        assertThat(t.summary()).isEqualTo("谈话");
    }

    @Test
    void aCancelledTalkNeedsAReasonAndIsFinal() {
        Talk t = proposed();
        assertThatThrownBy(() -> t.cancel("  ")).isInstanceOf(InvalidInputException.class);
        assertThat(t.status()).isEqualTo(TalkStatus.PROPOSED);
        t.cancel("已调离本单位");
        assertThat(t.status()).isEqualTo(TalkStatus.CANCELLED);
        assertThat(t.cancelReason()).isEqualTo("已调离本单位");
        assertThatThrownBy(() -> t.schedule("x", TODAY, null, CIRCULATED)).hasMessage("annual.talk.refused.notSchedulable");
    }

    @Test
    void scheduleRefusesEveryMissingFieldAndADayBeforeTheCirculation() {
        Talk t = proposed();
        assertThatThrownBy(() -> t.schedule(" ", LocalDate.of(2026, 3, 1), null, CIRCULATED))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("talkerName", "scheduledOn"));
        assertThat(t.status()).isEqualTo(TalkStatus.PROPOSED);
        assertThat(t.scheduledOn()).isNull();
    }

    @Test
    void recordRefusesAFutureDayAndMissingSummaryAndChangesNothing() {
        Talk t = scheduled();
        assertThatThrownBy(() -> t.record(TODAY.plusDays(1), "会议室", " ", CIRCULATED, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::code)
                        .containsExactlyInAnyOrder("validation.required", "annual.date.future"));
        assertThat(t.status()).isEqualTo(TalkStatus.SCHEDULED);
        assertThat(t.heldOn()).isNull();
    }

    @Test
    void aScheduledTalkWhoseDayPassedIsLate() {
        Talk t = scheduled();
        assertThat(t.late(LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(t.late(LocalDate.of(2026, 3, 11))).isTrue();
    }
}
