package cn.zhishi.assessment.annual;

import cn.zhishi.cadre.ProfileSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consequences approved annual results brought (annual_consequence): read by eligibility
 * ({@link #noPromotionUntil}) and shown on the cadre profile through the cadre module's
 * {@link ProfileSection} extension point (so {@code cadre} does not depend on assessment).
 */
@Service
@Transactional(readOnly = true)
public class AnnualConsequences implements ProfileSection {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    AnnualConsequences(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public record Recorded(int year, ConsequenceKind kind, String rule, String source, LocalDate startsOn,
            LocalDate endsOn) {
    }

    /** A cadre's consequences, newest year first. */
    public List<Recorded> of(long cadreId) {
        return jdbc.query("select grade_year, kind, rule, source, starts_on, ends_on from annual_consequence "
                + "where cadre_id = ? order by grade_year desc, id", (rs, i) -> new Recorded(rs.getInt(1),
                        ConsequenceKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()), cadreId);
    }

    /** The last day of each cadre's running no-promotion window on {@code day} (cadres without one are absent). */
    public Map<Long, LocalDate> noPromotionUntil(Collection<Long> cadreIds, LocalDate day) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return out;
        }
        new NamedParameterJdbcTemplate(jdbc).query("select cadre_id, max(ends_on) from annual_consequence "
                + "where kind = 'NO_PROMOTION' and starts_on <= :d and ends_on >= :d and cadre_id in (:ids) group by cadre_id",
                Map.of("d", day, "ids", new ArrayList<>(cadreIds)), rs -> {
                    out.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                });
        return out;
    }

    @Override
    public List<Block> forCadre(long cadreId) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> lines = new ArrayList<>();
        for (Recorded r : of(cadreId)) {
            String kind = messages.getMessage("enum.ConsequenceKind." + r.kind(), null, r.kind().name(), locale);
            String window = r.startsOn() == null ? "" : " " + r.startsOn() + " – " + r.endsOn();
            lines.add(r.year() + " " + kind + window + "（" + r.source() + "）");
        }
        return lines.isEmpty() ? List.of() : List.of(new Block("annual.profile.title", lines, null));
    }
}
