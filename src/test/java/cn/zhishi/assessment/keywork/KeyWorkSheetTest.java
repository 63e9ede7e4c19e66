package cn.zhishi.assessment.keywork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sheet's steps as [004] describes them: list, check, hand in both kinds of work, rate. Pure: no Spring. */
class KeyWorkSheetTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    static final KeyWorkActor OWNER = new KeyWorkActor("wangming", false, 7L);
    static final KeyWorkActor SOMEONE_ELSE = new KeyWorkActor("lisi", false, 8L);
    static final KeyWorkActor OFFICE = new KeyWorkActor("kaohe", true, null);

    private KeyWorkSheet listed() {
        KeyWorkSheet s = new KeyWorkSheet(7L, 2026, NOW);
        s.addProject(OWNER, "招商引资项目落地", "全年引进项目5个");
        return s;
    }

    @Test
    void theCadreOrTheOfficeListsProjectsButNotAnotherCadre() {
        KeyWorkSheet s = listed();
        s.addProject(OFFICE, "人居环境整治", null);
        assertThat(s.getProjects()).extracting(KeyWorkProject::getTitle).containsExactly("招商引资项目落地", "人居环境整治");
        assertThatThrownBy(() -> s.addProject(SOMEONE_ELSE, "别人的项目", null)).isInstanceOf(DomainRuleException.class)
                .hasMessage("keyWork.refused.notYours");
    }

    @Test
    void aProjectIsListedOnceAndAtMostFifteenAYear() {
        KeyWorkSheet s = listed();
        assertThatThrownBy(() -> s.addProject(OWNER, " 招商引资项目落地 ", null)).isInstanceOf(InvalidInputException.class);
        for (int i = 2; i <= KeyWorkSheet.MAX_PROJECTS; i++) {
            s.addProject(OWNER, "项目" + i, null);
        }
        assertThat(s.getProjects()).hasSize(15);
        assertThatThrownBy(() -> s.addProject(OWNER, "第十六个", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theYearEndFormNeedsTheMostSatisfyingAndTheRegrettedWork() {
        KeyWorkSheet s = listed();
        assertThatThrownBy(() -> s.submit(OWNER, "完成了4个", "引进了新能源项目", "  ", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("regretted"));
        s.submit(OWNER, "完成了4个", "引进了新能源项目", "有一个项目未落地", NOW);
        assertThat(s.getStatus()).isEqualTo(KeyWorkStatus.SUBMITTED);
        assertThatThrownBy(() -> s.addProject(OWNER, "补一个", null)).isInstanceOf(DomainRuleException.class)
                .hasMessage("keyWork.refused.notListing");
    }

    @Test
    void nothingCanBeSubmittedWithoutAProject() {
        KeyWorkSheet s = new KeyWorkSheet(7L, 2026, NOW);
        assertThatThrownBy(() -> s.submit(OWNER, "a", "b", "c", NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyTheOfficeRatesAndAverageOrPoorNeedAReason() {
        KeyWorkSheet s = listed();
        assertThatThrownBy(() -> s.rate(OFFICE, Rating.GOOD, null, NOW)).isInstanceOf(DomainRuleException.class)
                .hasMessage("keyWork.refused.notSubmitted");
        s.submit(OWNER, "完成了4个", "引进了新能源项目", "有一个项目未落地", NOW);
        assertThatThrownBy(() -> s.rate(OWNER, Rating.GOOD, null, NOW)).isInstanceOf(DomainRuleException.class)
                .hasMessage("keyWork.refused.staffOnly");
        assertThatThrownBy(() -> s.rate(OFFICE, Rating.POOR, " ", NOW)).isInstanceOf(InvalidInputException.class);
        s.rate(OFFICE, Rating.FAIRLY_GOOD, null, NOW);
        assertThat(s.getRating()).isEqualTo(Rating.FAIRLY_GOOD);
        assertThatThrownBy(() -> s.rate(OFFICE, Rating.GOOD, null, NOW)).isInstanceOf(DomainRuleException.class);
    }

    @Test
    void aReturnedFormCanBeCorrectedAndHandedInAgain() {
        KeyWorkSheet s = listed();
        s.submit(OWNER, "完成了", "好", "无", NOW);
        assertThatThrownBy(() -> s.returnForRevision(OFFICE, "")).isInstanceOf(InvalidInputException.class);
        s.returnForRevision(OFFICE, "“不满意的工作”写得太笼统");
        assertThat(s.getStatus()).isEqualTo(KeyWorkStatus.LISTING);
        s.submit(OWNER, "完成了", "好", "一个项目因用地指标未落地，明年一季度补上", NOW);
        assertThat(s.getReturnReason()).isNull();
    }

    @Test
    void aCheckIsOfAProjectOnTheList() {
        KeyWorkSheet s = listed();
        LocalDate today = LocalDate.of(2026, 7, 1);
        // the entity gets its id from the database; here the first project has none, so it is unknown
        // (the date rule is exercised in KeyWorkIntegrationTest, where projects have ids)
        assertThatThrownBy(() -> s.recordCheck(OFFICE, 1L, today, CheckMethod.SPOT_CHECK, Progress.ON_TRACK, "进展正常",
                today, NOW)).isInstanceOf(DomainRuleException.class).hasMessage("keyWork.refused.unknownProject");
    }
}
