package cn.zhishi.cadre;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The sanction and handling types with their influence periods and legal basis (table sanction_type). */
@Component
public class SanctionTypes {

    private final JdbcTemplate jdbc;

    SanctionTypes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<SanctionType> all() {
        return jdbc.query("select * from sanction_type order by sort_order", (rs, i) -> new SanctionType(
                rs.getString("code"), rs.getString("category"), rs.getString("label_zh"), rs.getString("label_en"),
                rs.getInt("influence_months"), rs.getString("basis")));
    }

    public Optional<SanctionType> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** A type of 处分 / 组织处理 and the period it bars promotion, with the article behind it. */
    public record SanctionType(String code, String category, String labelZh, String labelEn, int influenceMonths,
            String basis) {

        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelZh;
        }
    }
}
