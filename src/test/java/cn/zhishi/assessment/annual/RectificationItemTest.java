package cn.zhishi.assessment.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.Problems;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An item is raised with a deadline, noted while open, closed with its result; overdue is open past the deadline. */
class RectificationItemTest {

    static final LocalDate RAISED = LocalDate.of(2026, 3, 1);

    static RectificationItem open() {
        return new RectificationItem(1, 2, RAISED, LocalDate.of(2026, 4, 30), RectificationStatus.OPEN, null, null);
    }

    @Test
    void aNewItemNeedsContentResponsiblePersonAndADeadlineNotInThePast() {
        Problems p = new Problems();
        RectificationItem.checkNew(p, RectificationOrigin.FEEDBACK, " ", null, RAISED.minusDays(1), RAISED);
        assertThat(p.list()).extracting(FieldProblem::field).containsExactly("content", "responsible", "deadline");
        Problems ok = new Problems();
        RectificationItem.checkNew(ok, RectificationOrigin.FEEDBACK, "落实“第一议题”制度", "张三", RAISED, RAISED);
        assertThat(ok.isEmpty()).isTrue();
    }

    @Test
    void anOpenItemPastItsDeadlineIsOverdueAndAClosedOneNever() {
        RectificationItem i = open();
        assertThat(i.overdue(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(i.overdue(LocalDate.of(2026, 5, 1))).isTrue();
        i.close(LocalDate.of(2026, 5, 3), "已整改，附会议记录", LocalDate.of(2026, 5, 3));
        assertThat(i.overdue(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(i.closedLate()).isTrue();
    }

    @Test
    void closingNeedsTheResultAndADayNeitherInTheFutureNorBeforeTheItemWasRaised() {
        RectificationItem i = open();
        assertThatThrownBy(() -> i.close(RAISED.minusDays(1), " ", LocalDate.of(2026, 3, 10)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::code)
                        .containsExactlyInAnyOrder("validation.required", "annual.item.beforeRaised"));
        assertThatThrownBy(() -> i.close(LocalDate.of(2026, 3, 11), "完成", LocalDate.of(2026, 3, 10)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(i.status()).isEqualTo(RectificationStatus.OPEN);
        i.close(LocalDate.of(2026, 3, 10), "完成", LocalDate.of(2026, 3, 10));
        assertThat(i.closedLate()).isFalse();
    }

    @Test
    void aClosedItemTakesNoMoreNotesAndCannotBeClosedAgain() {
        RectificationItem i = open();
        i.noteProgress(LocalDate.of(2026, 3, 5), "已召开专题民主生活会", LocalDate.of(2026, 3, 5));
        i.close(LocalDate.of(2026, 3, 10), "完成", LocalDate.of(2026, 3, 10));
        assertThatThrownBy(() -> i.noteProgress(LocalDate.of(2026, 3, 11), "x", LocalDate.of(2026, 3, 11)))
                .hasMessage("annual.item.refused.closed");
        assertThatThrownBy(() -> i.close(LocalDate.of(2026, 3, 11), "again", LocalDate.of(2026, 3, 11)))
                .hasMessage("annual.item.refused.closed");
        assertThat(i.result()).isEqualTo("完成");
    }
}
