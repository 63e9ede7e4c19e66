package cn.zhishi.assessment.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.assessment.Grade;
import cn.zhishi.cadre.CadreService;
import cn.zhishi.cadre.Gender;
import cn.zhishi.cadre.TenureForm;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgService;
import cn.zhishi.org.PostCommand;
import cn.zhishi.org.TeamRole;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitCommand;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After circulation: the talks by level proposed from the approved grades, scheduled, recorded and cancelled;
 * rectification items raised, noted, overdue and closed; the year completed only when nothing is open — each
 * step refused out of turn, with nothing changed, and each on the audit record.
 */
@IntegrationTest
class FollowUpIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired AnnualAssessments annual;
    @Autowired FollowUps followUps;
    @Autowired FollowUpsOnProfile onProfile;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    record Town(ZhishiPrincipal admin, ZhishiPrincipal assessor, long unit, long principal, long deputy, long basic,
            long incompetent, long staff, int year, long id) {
    }

    /**
     * 白石镇, decided: team 一般; the principal and a deputy 称职, another deputy 基本称职 (cautioned), a staff member
     * 不称职, another 称职 — written feedback given, not yet circulated.
     */
    Town fedBack() {
        long root = Fixtures.rootUnit(jdbc, "谈话县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        ZhishiPrincipal assessor = Fixtures.principal("kaohe-talks", Set.of(Role.ASSESSOR), Set.of(root));
        int year = LocalDate.now(clock).getYear() - 1;
        long[] ids = Fixtures.as(admin, () -> {
            long town = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TK"), "白石镇", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1));
            long head = org.createPost(town, new PostCommand(Fixtures.uniqueCode("P"), "党委书记", "SECTION_CHIEF", null,
                    TeamRole.PRINCIPAL, 1, Set.of(), 1));
            long dep = org.createPost(town, new PostCommand(Fixtures.uniqueCode("P"), "副镇长", "SECTION_DEPUTY", null,
                    TeamRole.DEPUTY, 4, Set.of(), 2));
            return new long[] {town, cadre(town, "书记甲", head), cadre(town, "副职乙", dep), cadre(town, "副职丙", dep),
                    cadre(town, "干部丁", null), cadre(town, "干部戊", null)};
        });
        long id = Fixtures.as(assessor, () -> annual.open(ids[0], year));
        as(assessor, () -> {
            annual.setTeamGrade(id, TeamGrade.AVERAGE, "年度重点工作排名靠后");
            annual.setGrade(id, ids[1], Grade.COMPETENT, "按平时掌握");
            annual.setGrade(id, ids[2], Grade.COMPETENT, "按平时掌握");
            annual.setGrade(id, ids[3], Grade.BASIC, "分管工作推进不力");
            annual.setGrade(id, ids[4], Grade.INCOMPETENT, "两次未报实绩");
            annual.setGrade(id, ids[5], Grade.COMPETENT, "按平时掌握");
            annual.propose(id);
        });
        as(admin, () -> {
            annual.review(id);
            annual.decide(id, "县委常委会第9次会议", LocalDate.now(clock), DecisionOutcome.APPROVED);
            annual.feedBack(id, null);
        });
        return new Town(admin, assessor, ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], year, id);
    }

    long cadre(long unit, String name, Long postId) {
        long id = cadres.register(Fixtures.cadreForm(unit, name, LocalDate.of(1982, 5, 6), Gender.FEMALE));
        if (postId != null) {
            TenureForm t = new TenureForm();
            t.setPostId(postId);
            t.setStartDate(LocalDate.of(2019, 1, 1));
            cadres.appoint(id, t);
        }
        return id;
    }

    static void as(ZhishiPrincipal p, Runnable r) {
        Fixtures.as(p, () -> {
            r.run();
            return null;
        });
    }

    static <T> T as(ZhishiPrincipal p, Supplier<T> s) {
        return Fixtures.as(p, s);
    }

    FollowUp.TalkRow talkWith(FollowUp f, long cadreId) {
        return f.talks().stream().filter(t -> t.cadreId() != null && t.cadreId() == cadreId).findFirst().orElseThrow();
    }

    @Test
    void talksFollowTheGradesAndTheYearIsCompletedOnlyWhenEveryTalkAndItemIsDone() {
        Town t = fedBack();
        LocalDate today = LocalDate.now(clock);

        // talks only after circulation; items already after the written feedback
        assertThatThrownBy(() -> as(t.admin(), () -> followUps.proposeTalks(t.id())))
                .isInstanceOf(DomainRuleException.class).hasMessage("annual.refused.notCirculated");
        long fromFeedback = as(t.assessor(), () -> followUps.raise(t.id(), new FollowUps.NewItem(null,
                RectificationOrigin.FEEDBACK, null, "班子落实“第一议题”制度不到位，专题研究整改", "书记甲", today.plusDays(60))));
        as(t.admin(), () -> annual.circulate(t.id(), null));

        // who talks to whom follows the grade; the assessor may not propose
        assertThatThrownBy(() -> as(t.assessor(), () -> followUps.proposeTalks(t.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        as(t.admin(), () -> followUps.proposeTalks(t.id()));
        FollowUp f = as(t.assessor(), () -> followUps.followUp(t.id()));
        assertThat(f.status()).isEqualTo(AssessmentStatus.FOLLOW_UP);
        assertThat(f.talks()).hasSize(3);
        assertThat(talkWith(f, t.principal())).satisfies(x -> {
            assertThat(x.teamPrincipal()).isTrue();
            assertThat(x.talker()).isEqualTo(Talker.ORGANISATION_DEPARTMENT);
            assertThat(x.kind()).isEqualTo(TalkKind.INTERVIEW);
            assertThat(x.reasons()).extracting(FollowUp.ReasonRow::rule)
                    .containsExactly(TalksByLevel.AVERAGE_TEAM, TalksByLevel.INCOMPETENT_MEMBER);
            assertThat(x.reasons().get(1).text()).contains("干部丁").isNotEqualTo(TalksByLevel.INCOMPETENT_MEMBER);
            assertThat(x.reasons().get(0).source()).startsWith("[003]");
        });
        assertThat(talkWith(f, t.basic())).satisfies(x -> {
            assertThat(x.kind()).isEqualTo(TalkKind.CAUTION);
            assertThat(x.reasons()).extracting(FollowUp.ReasonRow::rule).containsExactly(TalksByLevel.BASIC, TalksByLevel.CAUTION);
            assertThat(x.reasons().get(1).text()).doesNotContain("BasicCautioned").isNotEqualTo(TalksByLevel.CAUTION);
        });
        assertThat(talkWith(f, t.incompetent()).talker()).isEqualTo(Talker.PARTY_COMMITTEE);
        assertThat(f.talks()).noneMatch(x -> x.cadreId() != null && (x.cadreId() == t.deputy() || x.cadreId() == t.staff()));
        assertThatThrownBy(() -> as(t.admin(), () -> followUps.proposeTalks(t.id())))
                .hasMessage("annual.refused.notCirculated");

        long principalTalk = talkWith(f, t.principal()).id();
        long basicTalk = talkWith(f, t.basic()).id();
        long incompetentTalk = talkWith(f, t.incompetent()).id();

        // a talk is scheduled before it is recorded; bad input changes nothing
        assertThatThrownBy(() -> as(t.assessor(), () -> followUps.record(t.id(), principalTalk,
                new FollowUps.Held(today, "会议室", "谈话"))))
                .hasMessage("annual.talk.refused.notScheduled");
        assertThatThrownBy(() -> as(t.assessor(), () -> followUps.schedule(t.id(), principalTalk,
                new FollowUps.Schedule(" ", LocalDate.of(t.year(), 1, 5), null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("talkerName", "scheduledOn"));
        assertThat(jdbc.queryForObject("select status from annual_talk where id = ?", String.class, principalTalk))
                .isEqualTo("PROPOSED");
        as(t.assessor(), () -> {
            followUps.schedule(t.id(), principalTalk, new FollowUps.Schedule("县委组织部 李部长", today, "组织部谈话室"));
            followUps.record(t.id(), principalTalk, new FollowUps.Held(today, "组织部谈话室",
                    "指出班子重点工作推进慢、干部丁连续未报实绩，要求一个月内提交整改方案"));
            followUps.schedule(t.id(), basicTalk, new FollowUps.Schedule("县委组织部 王副部长", today, null));
            followUps.record(t.id(), basicTalk, new FollowUps.Held(today, "组织部", "宣布诫勉，提出整改要求"));
        });
        assertThatThrownBy(() -> as(t.admin(), () -> followUps.cancel(t.id(), basicTalk, "x")))
                .hasMessage("annual.talk.refused.final");
        assertThatThrownBy(() -> as(t.admin(), () -> followUps.cancel(t.id(), incompetentTalk, " ")))
                .isInstanceOf(InvalidInputException.class);
        as(t.admin(), () -> followUps.cancel(t.id(), incompetentTalk, "已按《公务员法》辞退，不再谈话"));

        // items from a recorded talk only; the cancelled one cannot be linked
        assertThatThrownBy(() -> as(t.assessor(), () -> followUps.raise(t.id(), new FollowUps.NewItem(t.incompetent(),
                RectificationOrigin.TALK, incompetentTalk, "x", "y", today))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::code)
                        .contains("annual.item.talkNotRecorded"));
        assertThatThrownBy(() -> as(t.assessor(), () -> followUps.raise(t.id(), new FollowUps.NewItem(null,
                RectificationOrigin.FEEDBACK, null, " ", " ", today.minusDays(1)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("content", "responsible", "deadline"));
        long fromTalk = as(t.assessor(), () -> followUps.raise(t.id(), new FollowUps.NewItem(t.basic(),
                RectificationOrigin.TALK, basicTalk, "调整分管工作，提交书面检查", "副职丙", today.plusDays(30))));

        // an item past its deadline is flagged overdue
        jdbc.update("update annual_rectification set raised_on = ?, deadline = ? where id = ?", today.minusDays(40),
                today.minusDays(3), fromFeedback);
        FollowUp mid = as(t.admin(), () -> followUps.followUp(t.id()));
        assertThat(mid.items()).filteredOn(i -> i.id() == fromFeedback).singleElement().satisfies(i -> {
            assertThat(i.overdue()).isTrue();
            assertThat(i.daysOverdue()).isEqualTo(3);
        });
        assertThat(mid.summary()).satisfies(s -> {
            assertThat(s.talksRecorded()).isEqualTo(2);
            assertThat(s.talksCancelled()).isEqualTo(1);
            assertThat(s.talksPending()).isZero();
            assertThat(s.itemsOpen()).isEqualTo(2);
            assertThat(s.itemsOverdue()).isEqualTo(1);
        });
        assertThat(as(t.admin(), () -> followUps.summary(t.id()))).isEqualTo(mid.summary());

        // not completed while an item is open
        assertThatThrownBy(() -> as(t.admin(), () -> followUps.complete(t.id(), today, "白组字〔2026〕3号")))
                .hasMessage("annual.refused.followUpOpen");
        as(t.assessor(), () -> followUps.noteProgress(t.id(), fromFeedback, today, "已召开专题会议研究"));
        assertThatThrownBy(() -> as(t.assessor(), () -> followUps.close(t.id(), fromFeedback, today, "完成")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        as(t.admin(), () -> {
            followUps.close(t.id(), fromFeedback, today, "已建立“第一议题”学习台账，附会议记录");
            followUps.close(t.id(), fromTalk, today, "已调整分工，书面检查已报组织部");
        });
        assertThatThrownBy(() -> as(t.admin(), () -> followUps.close(t.id(), fromTalk, today, "again")))
                .hasMessage("annual.item.refused.closed");
        FollowUp done = as(t.admin(), () -> followUps.followUp(t.id()));
        assertThat(done.completable()).isTrue();
        assertThat(done.items()).filteredOn(i -> i.id() == fromFeedback).singleElement().satisfies(i -> {
            assertThat(i.closedLate()).isTrue();
            assertThat(i.notes()).extracting(FollowUp.NoteRow::note).containsExactly("已召开专题会议研究");
        });

        as(t.admin(), () -> followUps.complete(t.id(), today, "白组字〔2026〕3号"));
        assertThat(as(t.admin(), () -> annual.board(t.id()))).satisfies(b -> {
            assertThat(b.status()).isEqualTo(AssessmentStatus.COMPLETED);
            assertThat(b.completionReport()).isEqualTo("白组字〔2026〕3号");
            assertThat(b.followUpOn()).isEqualTo(today);
        });
        assertThatThrownBy(() -> as(t.assessor(), () -> followUps.raise(t.id(), new FollowUps.NewItem(null,
                RectificationOrigin.OTHER, null, "x", "y", today))))
                .hasMessage("annual.refused.notRectifiable");
        assertThatThrownBy(() -> as(t.assessor(), () -> followUps.schedule(t.id(), principalTalk,
                new FollowUps.Schedule("x", today, null)))).hasMessage("annual.refused.notFollowUp");

        assertThat(onProfile.forCadre(t.basic())).singleElement().satisfies(b -> assertThat(b.lines()).hasSize(2)
                .allMatch(l -> l.startsWith(String.valueOf(t.year()))));
        assertThat(onProfile.forCadre(t.staff())).isEmpty();

        assertThat(as(t.admin(), () -> followUps.year(t.year()))).filteredOn(r -> r.id() == t.id()).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(AssessmentStatus.COMPLETED);
                    assertThat(r.summary().itemsClosed()).isEqualTo(2);
                    assertThat(r.summary().talks()).isEqualTo(3);
                });

        for (String action : List.of("assessment.annual.talks.propose", "assessment.annual.talk.propose",
                "assessment.annual.talk.schedule", "assessment.annual.talk.record", "assessment.annual.talk.cancel",
                "assessment.annual.rectification.raise", "assessment.annual.rectification.progress",
                "assessment.annual.rectification.close", "assessment.annual.complete")) {
            assertThat(jdbc.queryForObject("select count(*) from audit_record where action = ?", Integer.class, action))
                    .as(action).isPositive();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'assessment.annual.talk.propose' "
                + "and entity_id = ?", Integer.class, String.valueOf(principalTalk))).isEqualTo(1);
    }

    @Test
    void thePagesAndTheApiShowTheFollowUpRefuseBadInputAndExportIt() throws Exception {
        Town t = fedBack();
        as(t.admin(), () -> annual.circulate(t.id(), null));
        mvc.perform(get("/assessment/annual/{id}", t.id()).with(user(t.assessor())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"follow-up-summary\"")))
                .andExpect(content().string(Matchers.containsString("btn-follow-up")));
        mvc.perform(get("/assessment/annual/{id}/follow-up", t.id()).with(user(t.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("btn-propose-talks")))
                .andExpect(content().string(Matchers.containsString("组织部负责同志约谈班子正职")));
        mvc.perform(post("/api/v1/annual-assessments/{id}/talks/proposal", t.id()).with(user(t.admin())).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("FOLLOW_UP"))
                .andExpect(jsonPath("$.talks.length()").value(3));
        mvc.perform(post("/api/v1/annual-assessments/{id}/talks/proposal", t.id()).with(user(t.admin())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("通报")));
        long talk = jdbc.queryForObject("select id from annual_talk where assessment_id = ? and cadre_id = ?", Long.class,
                t.id(), t.basic());

        // API: every field problem at once, nothing saved
        mvc.perform(put("/api/v1/annual-assessments/{id}/talks/{talk}/schedule", t.id(), talk)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"talkerName\":\"\"}")
                        .with(user(t.assessor())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("talkerName"))
                .andExpect(jsonPath("$.errors[1].field").value("scheduledOn"));
        mvc.perform(post("/api/v1/annual-assessments/{id}/talks/{talk}/record", t.id(), talk)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"" + LocalDate.now(clock) + "\",\"place\":\"x\",\"summary\":\"y\"}")
                        .with(user(t.assessor())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:zhishi:rule:annual.talk.refused.notScheduled"));
        mvc.perform(put("/api/v1/annual-assessments/{id}/talks/{talk}/schedule", t.id(), talk)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"talkerName\":\"县委组织部 王副部长\",\"scheduledOn\":\"" + LocalDate.now(clock) + "\"}")
                        .with(user(t.assessor())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.talks[?(@.id == " + talk + ")].status").value("SCHEDULED"));

        // page: a refused entry comes back with what was typed and the reason at the field
        mvc.perform(post("/assessment/annual/{id}/talks/{talk}/record", t.id(), talk).with(user(t.assessor())).with(csrf())
                        .param("heldOn", LocalDate.now(clock).toString()).param("place", "组织部谈话室").param("summary", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"action-error\"")))
                .andExpect(content().string(Matchers.containsString("组织部谈话室")))
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        assertThat(jdbc.queryForObject("select status from annual_talk where id = ?", String.class, talk))
                .isEqualTo("SCHEDULED");
        mvc.perform(post("/assessment/annual/{id}/talks/{talk}/record", t.id(), talk).with(user(t.assessor())).with(csrf())
                        .param("heldOn", LocalDate.now(clock).toString()).param("place", "组织部谈话室")
                        .param("summary", "宣布诫勉，提出整改要求"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/assessment/annual/{id}/rectification", t.id()).with(user(t.assessor())).with(csrf())
                        .param("cadreId", String.valueOf(t.basic())).param("origin", "TALK").param("talkId", String.valueOf(talk))
                        .param("content", "提交书面检查").param("responsible", "副职丙")
                        .param("deadline", LocalDate.now(clock).plusDays(15).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/assessment/annual/{id}/rectification", t.id()).with(user(t.assessor())).with(csrf())
                        .param("origin", "FEEDBACK").param("content", "x").param("responsible", "y").param("deadline", "not-a-date"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("格式不正确")));
        mvc.perform(get("/assessment/annual/{id}/follow-up", t.id()).with(user(t.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("提交书面检查")))
                .andExpect(content().string(Matchers.containsString("宣布诫勉，提出整改要求")));
        mvc.perform(get("/api/v1/annual-assessments/{id}/follow-up", t.id()).with(user(t.assessor())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.summary.talksRecorded").value(1))
                .andExpect(jsonPath("$.rules.length()").value(7));
        mvc.perform(get("/assessment/annual/{id}/follow-up.xlsx", t.id()).with(user(t.assessor())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", FollowUpWorkbook.XLSX))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("filename*=UTF-8''")));
        mvc.perform(get("/assessment/annual/follow-up").param("year", String.valueOf(t.year())).with(user(t.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("白石镇")));
        mvc.perform(get("/assessment/annual/follow-up.xlsx").param("year", String.valueOf(t.year())).with(user(t.admin())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/annual-assessments/follow-up").param("year", String.valueOf(t.year()))
                        .with(user(t.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + t.id() + ")].summary.items").value(1));

        ZhishiPrincipal stranger = Fixtures.orgAdmin(Fixtures.rootUnit(jdbc, "别县"));
        mvc.perform(get("/api/v1/annual-assessments/{id}/follow-up", t.id()).with(user(stranger)))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> Fixtures.as(stranger, () -> followUps.followUp(t.id()))).isInstanceOf(NotFoundException.class);
        assertThat(Fixtures.as(stranger, () -> followUps.year(t.year()))).noneMatch(r -> r.id() == t.id());
    }
}
