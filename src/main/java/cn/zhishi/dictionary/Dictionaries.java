package cn.zhishi.dictionary;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.shared.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and maintains the managed dictionaries. Dictionaries are small and read on every page,
 * so they are cached in memory and reloaded after each change.
 */
@Service
public class Dictionaries {

    public static final String ETHNICITY = "ethnicity";
    public static final String EDUCATION_LEVEL = "education_level";
    public static final String DEGREE = "degree";
    public static final String FAMILY_RELATION = "family_relation";
    public static final String POLITICAL_STATUS = "political_status";
    public static final String POST_LEVEL = "post_level";
    public static final String RANK = "rank";
    public static final String UNIT_LEVEL = "unit_level";
    public static final String REWARD_TYPE = "reward_type";
    public static final String TAG_LABEL = "tag_label";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Map<String, Map<String, DictionaryEntry>> cache = new ConcurrentHashMap<>();

    Dictionaries(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Active entries in display order. */
    public List<DictionaryEntry> entries(String dictCode) {
        return dictionary(dictCode).values().stream().filter(DictionaryEntry::active).toList();
    }

    public List<DictionaryEntry> allEntries(String dictCode) {
        return List.copyOf(dictionary(dictCode).values());
    }

    public List<String> dictionaryCodes() {
        return jdbc.queryForList("select distinct dict_code from dictionary_entry order by dict_code", String.class);
    }

    public Optional<DictionaryEntry> find(String dictCode, String code) {
        return Optional.ofNullable(code == null ? null : dictionary(dictCode).get(code));
    }

    public boolean isValid(String dictCode, String code) {
        return find(dictCode, code).filter(DictionaryEntry::active).isPresent();
    }

    /** The label in the current locale; the code itself when unknown (old data stays readable). */
    public String label(String dictCode, String code) {
        if (code == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return find(dictCode, code).map(e -> e.label(locale)).orElse(code);
    }

    /** Finds the code whose Chinese or English label (or code) is {@code text}: for imports. */
    public Optional<String> codeOf(String dictCode, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        return dictionary(dictCode).values().stream()
                .filter(e -> e.active() && (e.code().equals(t) || e.labelZh().equals(t) || e.labelEn().equalsIgnoreCase(t)))
                .map(DictionaryEntry::code).findFirst();
    }

    /** Adds a validation problem unless {@code code} is an active entry (blank passes; required is checked apart). */
    public void check(Problems problems, String field, String dictCode, String code) {
        if (code != null && !code.isBlank() && !isValid(dictCode, code)) {
            problems.add(field, "validation.dictionary", code);
        }
    }

    @Transactional
    public void save(DictionaryEntry e) {
        Problems p = new Problems().require(e.dictCode(), "dictCode").require(e.code(), "code")
                .require(e.labelZh(), "labelZh").require(e.labelEn(), "labelEn");
        if (e.code() != null && !e.code().matches("[A-Za-z0-9_]{1,40}")) {
            p.add("code", "dictionary.code.format");
        }
        p.throwIfAny();
        Optional<DictionaryEntry> before = find(e.dictCode(), e.code());
        if (before.isPresent()) {
            jdbc.update("update dictionary_entry set label_zh=?, label_en=?, sort_order=?, active=? where dict_code=? and code=?",
                    e.labelZh(), e.labelEn(), e.sortOrder(), e.active(), e.dictCode(), e.code());
        } else {
            jdbc.update("insert into dictionary_entry (dict_code, code, label_zh, label_en, sort_order, active) values (?,?,?,?,?,?)",
                    e.dictCode(), e.code(), e.labelZh(), e.labelEn(), e.sortOrder(), e.active());
        }
        audit.record(new AuditEvent(before.isPresent() ? "dictionary.update" : "dictionary.add", "DictionaryEntry",
                e.dictCode() + "/" + e.code(), e.labelZh(), before.map(Dictionaries::snapshot).orElse(null), snapshot(e)));
        cache.remove(e.dictCode());
    }

    private static Map<String, Object> snapshot(DictionaryEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labelZh", e.labelZh());
        m.put("labelEn", e.labelEn());
        m.put("sortOrder", e.sortOrder());
        m.put("active", e.active());
        return m;
    }

    private Map<String, DictionaryEntry> dictionary(String dictCode) {
        return cache.computeIfAbsent(dictCode, code -> {
            Map<String, DictionaryEntry> m = new LinkedHashMap<>();
            jdbc.query("select * from dictionary_entry where dict_code = ? order by sort_order, code", rs -> {
                m.put(rs.getString("code"), new DictionaryEntry(code, rs.getString("code"), rs.getString("label_zh"),
                        rs.getString("label_en"), rs.getInt("sort_order"), rs.getBoolean("active")));
            }, code);
            return m;
        });
    }
}
