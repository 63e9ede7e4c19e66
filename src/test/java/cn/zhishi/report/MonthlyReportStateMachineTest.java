package cn.zhishi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhishi.calendar.WorkingDays;
import cn.zhishi.security.Role;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every transition of the monthly report from every state: allowed ones move, the rest are refused. */
class MonthlyReportStateMachineTest {

    static final long CADRE = 7;
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final Actor AUTHOR = new Actor("ganbu", Set.of(Role.CADRE), CADRE);
    static final Actor REVIEWER = new Actor("reviewer", Set.of(Role.UNIT_REVIEWER), 99L);
    static final WorkingDays.Window WINDOW = new WorkingDays.Window(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 30));

    static final Map<String, Consumer<MonthlyReport>> TRANSITIONS = Map.of(
            "submit", r -> r.submit(AUTHOR, NOW),
            "return", r -> r.returnForRevision(REVIEWER, "不具体", false, NOW),
            "review", r -> r.review(REVIEWER, true, Grade.GOOD, "属实", NOW),
            "sign", r -> r.sign(REVIEWER, NOW),
            "post", r -> r.post(REVIEWER, WINDOW, NOW),
            "archive", r -> r.archive(LocalDate.of(2026, 3, 31), false, NOW));

    /** Which transitions each state allows, and the state they lead to. */
    static final Map<ReportStatus, Map<String, ReportStatus>> ALLOWED = Map.of(
            ReportStatus.DRAFT, Map.of("submit", ReportStatus.SUBMITTED),
            ReportStatus.RETURNED, Map.of("submit", ReportStatus.SUBMITTED),
            ReportStatus.SUBMITTED, Map.of("return", ReportStatus.RETURNED, "review", ReportStatus.REVIEWED),
            ReportStatus.REVIEWED, Map.of("sign", ReportStatus.SIGNED),
            ReportStatus.SIGNED, Map.of("post", ReportStatus.POSTED),
            ReportStatus.POSTED, Map.of("archive", ReportStatus.ARCHIVED),
            ReportStatus.ARCHIVED, Map.of());

    static MonthlyReport in(ReportStatus target) {
        MonthlyReport r = new MonthlyReport(CADRE, 1, YearMonth.of(2026, 3), LocalDate.of(2026, 3, 30), NOW);
        r.saveDraft(AUTHOR, Grade.GOOD, "较好完成", List.of(new ItemDraft(ItemKind.PLANNED, "春耕备耕", "完成全乡春耕物资调配",
                Completion.DONE, null)), NOW);
        switch (target) {
            case DRAFT -> { }
            case SUBMITTED -> r.submit(AUTHOR, NOW);
            case RETURNED -> { r.submit(AUTHOR, NOW); r.returnForRevision(REVIEWER, "不具体", false, NOW); }
            case REVIEWED -> { r.submit(AUTHOR, NOW); r.review(REVIEWER, true, Grade.GOOD, null, NOW); }
            case SIGNED -> { r.submit(AUTHOR, NOW); r.review(REVIEWER, true, Grade.GOOD, null, NOW); r.sign(REVIEWER, NOW); }
            case POSTED, ARCHIVED -> {
                r.submit(AUTHOR, NOW);
                r.review(REVIEWER, true, Grade.GOOD, null, NOW);
                r.sign(REVIEWER, NOW);
                r.post(REVIEWER, WINDOW, NOW);
                if (target == ReportStatus.ARCHIVED) {
                    r.archive(LocalDate.of(2026, 3, 31), false, NOW);
                }
            }
        }
        assertThat(r.getStatus()).isEqualTo(target);
        return r;
    }

    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void eachStateAllowsExactlyItsTransitions(ReportStatus from) {
        for (var t : TRANSITIONS.entrySet()) {
            MonthlyReport r = in(from);
            ReportStatus expected = ALLOWED.get(from).get(t.getKey());
            if (expected != null) {
                t.getValue().accept(r);
                assertThat(r.getStatus()).as(from + " --" + t.getKey()).isEqualTo(expected);
            } else {
                assertThatThrownBy(() -> t.getValue().accept(r)).as(from + " --" + t.getKey())
                        .isInstanceOf(DomainRuleException.class);
                assertThat(r.getStatus()).isEqualTo(from);
            }
        }
    }

    @Test
    void onlyTheAuthorSubmitsAndOnlyAnotherUnitReviewerReviews() {
        assertThatThrownBy(() -> in(ReportStatus.DRAFT).submit(REVIEWER, NOW)).hasMessage("report.refused.notOwner");
        assertThatThrownBy(() -> in(ReportStatus.SUBMITTED).review(AUTHOR, true, Grade.GOOD, null, NOW))
                .hasMessage("report.refused.notReviewer");
        Actor reviewerWhoWroteIt = new Actor("self", EnumSet.of(Role.UNIT_REVIEWER, Role.CADRE), CADRE);
        assertThatThrownBy(() -> in(ReportStatus.SUBMITTED).review(reviewerWhoWroteIt, true, Grade.GOOD, null, NOW))
                .hasMessage("report.refused.ownReport");
        Actor assessor = new Actor("kaohe", Set.of(Role.ASSESSOR), null);
        assertThatThrownBy(() -> in(ReportStatus.REVIEWED).sign(assessor, NOW)).hasMessage("report.refused.notReviewer");
    }

    @Test
    void anEmptyReportCannotBeSubmittedAndAReturnNeedsAReason() {
        MonthlyReport r = new MonthlyReport(CADRE, 1, YearMonth.of(2026, 3), LocalDate.of(2026, 3, 30), NOW);
        assertThatThrownBy(() -> r.submit(AUTHOR, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> in(ReportStatus.SUBMITTED).returnForRevision(REVIEWER, " ", true, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aReportSubmittedAfterItsDueDateIsLate() {
        MonthlyReport r = in(ReportStatus.DRAFT);
        r.submit(AUTHOR, NOW.plusDays(11));
        assertThat(r.isLate()).isTrue();
    }

    @Test
    void archivingWaitsForTheWindowComplaintsAndCorrection() {
        assertThatThrownBy(() -> in(ReportStatus.POSTED).archive(LocalDate.of(2026, 3, 30), false, NOW))
                .hasMessage("report.refused.windowOpen");
        assertThatThrownBy(() -> in(ReportStatus.POSTED).archive(LocalDate.of(2026, 3, 31), true, NOW))
                .hasMessage("report.refused.openComplaints");
        MonthlyReport r = in(ReportStatus.POSTED);
        r.markFounded(NOW);
        assertThatThrownBy(() -> r.archive(LocalDate.of(2026, 3, 31), false, NOW))
                .hasMessage("report.refused.correctionOutstanding");
        r.correct(AUTHOR, "删除与他人重复的事项", NOW);
        r.archive(LocalDate.of(2026, 3, 31), false, NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.ARCHIVED);
    }

    @Test
    void editingIsForTheAuthorWhileDraftOrReturned() {
        assertThatThrownBy(() -> in(ReportStatus.SUBMITTED).saveDraft(AUTHOR, Grade.GOOD, "x", List.of(), NOW))
                .hasMessage("report.refused.notEditable");
        MonthlyReport returned = in(ReportStatus.RETURNED);
        returned.saveDraft(AUTHOR, Grade.AVERAGE, "补充", List.of(new ItemDraft(null, "项目", "做了", null, null)), NOW);
        assertThat(returned.getItems()).hasSize(1);
    }
}
