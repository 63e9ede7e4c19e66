package cn.zhishi.assessment.annual;

import cn.zhishi.cadre.ProfileSection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cadre's talks and rectification items of the annual assessments on their profile (through the cadre
 * module's {@link ProfileSection}): kind, talker and state of each talk with its reasons — not what was said —
 * and each item with its deadline and state, overdue ones marked. The cadre page has checked the jurisdiction.
 */
@Component
class FollowUpsOnProfile implements ProfileSection {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    FollowUpsOnProfile(JdbcTemplate jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Block> forCadre(long cadreId) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        List<String> lines = new ArrayList<>();
        jdbc.query("select a.assessed_year, t.kind, t.talker, t.status, t.held_on, t.scheduled_on, "
                + "r.rule, r.detail from annual_talk t left join annual_talk_reason r on r.talk_id = t.id and r.seq = 0 "
                + "join annual_assessment a on a.id = t.assessment_id where t.cadre_id = ? "
                + "order by a.assessed_year desc, t.id", rs -> {
                    String status = msg("enum.TalkStatus." + rs.getString(4), locale);
                    java.sql.Date day = rs.getDate(5) != null ? rs.getDate(5) : rs.getDate(6);
                    String what = msg("enum.TalkKind." + rs.getString(2), locale) + " · "
                            + msg("enum.Talker." + rs.getString(3), locale);
                    lines.add(msg("annual.profile.talk", locale, String.valueOf(rs.getInt(1)), what,
                            status + (day == null ? "" : " " + day.toLocalDate()),
                            rs.getString(7) == null ? "" : FollowUps.reasonText(messages, rs.getString(7), rs.getString(8), locale)));
                }, cadreId);
        jdbc.query("select a.assessed_year, r.content, r.deadline, r.status from annual_rectification r "
                + "join annual_assessment a on a.id = r.assessment_id where r.cadre_id = ? "
                + "order by a.assessed_year desc, r.deadline, r.id", rs -> {
                    LocalDate deadline = rs.getDate(3).toLocalDate();
                    String status = rs.getString(4);
                    String state = "OPEN".equals(status) && deadline.isBefore(today)
                            ? msg("annual.item.overdue", locale, java.time.temporal.ChronoUnit.DAYS.between(deadline, today))
                            : msg("enum.RectificationStatus." + status, locale);
                    lines.add(msg("annual.profile.item", locale, String.valueOf(rs.getInt(1)), rs.getString(2), deadline.toString(), state));
                }, cadreId);
        return lines.isEmpty() ? List.of() : List.of(new Block("annual.profile.followUp", lines, null));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
