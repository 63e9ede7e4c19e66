package cn.zhishi.demo;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.org.KeyPostKind;
import cn.zhishi.sensitive.SensitiveDataCipher;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a {@link SyntheticCity} into an empty registry with JDBC batches, in one transaction with
 * one audit record ({@code demo.load}) for the whole load. Meant for demo sizes (hundreds to a few
 * thousand cadres); a city-sized load wants PostgreSQL COPY.
 * <p>Ids are assigned here, in generation order, so that children can point at parents without
 * reading keys back; afterwards each identity column is restarted past the highest id (the SQL runs
 * on PostgreSQL and H2). ID and phone numbers are stored encrypted, the ID number also as a keyed
 * digest — the same forms the cadre module writes.
 */
@Component
public class DemoDataLoader {

    private static final int CHUNK = 500;
    private static final List<String> TABLES = List.of("org_unit", "leadership_team", "post", "cadre", "cadre_education",
            "cadre_resume_entry", "cadre_family_member", "cadre_reward", "cadre_sanction", "cadre_tag", "tenure");

    private final JdbcTemplate jdbc;
    private final SensitiveDataCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    DemoDataLoader(JdbcTemplate jdbc, SensitiveDataCipher cipher, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the registry has no units yet: the only state the demo may be loaded into. */
    @Transactional(readOnly = true)
    public boolean registryIsEmpty() {
        Long units = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        return units == null || units == 0;
    }

    @Transactional
    public LoadedCity load(SyntheticCity city) {
        if (!registryIsEmpty()) {
            throw new IllegalStateException("the registry already holds units; the demo loads into an empty one only");
        }
        Map<String, Long> next = new HashMap<>();
        for (String table : TABLES) {
            Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
            next.put(table, (max == null ? 0 : max) + 1);
        }
        Rows rows = new Rows(next);
        Map<String, Long> unitIds = new LinkedHashMap<>();
        for (UnitRecord u : city.units()) {
            long id = rows.add(UNIT, u.parentCode() == null ? null : unitIds.get(u.parentCode()), u.code(), u.name(),
                    u.nodeType().name(), name(u.domain()), name(u.unitClass()), u.unitLevel(), u.path(), u.depth(),
                    u.sortOrder());
            unitIds.put(u.code(), id);
        }
        for (TeamRecord t : city.teams()) {
            rows.add(TEAM, unitIds.get(t.unitCode()), t.name());
        }
        Map<String, Long> postIds = new HashMap<>();
        for (PostRecord p : city.posts()) {
            postIds.put(p.code(), rows.add(POST, unitIds.get(p.unitCode()), p.code(), p.title(), p.postLevel(),
                    p.rankTitle(), name(p.teamRole()), p.maxHolders(), p.has(KeyPostKind.LAW_ENFORCEMENT),
                    p.has(KeyPostKind.PERSONNEL), p.has(KeyPostKind.PROJECT_APPROVAL), p.has(KeyPostKind.FINANCE),
                    p.has(KeyPostKind.AUDIT), p.sortOrder()));
        }
        rows.flushAll();

        long firstCadreId = next.get("cadre");
        OffsetDateTime now = OffsetDateTime.now(clock);
        Iterator<CadreRecord> cadres = city.cadres().iterator();
        while (cadres.hasNext()) {
            CadreRecord c = cadres.next();
            long id = rows.add(CADRE, unitIds.get(c.unitCode()), c.name(), c.gender().name(), c.ethnicity(),
                    c.birthDate(), c.nativePlace(), c.partyJoinDate(), c.workStartDate(), cipher.encrypt(c.idNumber()),
                    cipher.digest(c.idNumber()), cipher.encrypt(c.phone()), c.cadreType().name(), c.specialty(),
                    c.familiarFields(), "ACTIVE", now, now);
            for (EducationRecord e : c.educations()) {
                rows.add(EDUCATION, id, e.studyMode().name(), e.educationLevel(), e.degree(), e.school(), e.major(),
                        e.startDate(), e.endDate());
            }
            for (ResumeRecord r : c.resume()) {
                rows.add(RESUME, id, r.startDate(), r.endDate(), r.description());
            }
            for (FamilyRecord f : c.family()) {
                rows.add(FAMILY, id, f.relation(), f.name(), f.birthDate(), f.politicalStatus(), f.workUnit(),
                        f.postTitle(), f.settledAbroad(), f.abroadCountry(), f.settledSince());
            }
            for (RewardRecord r : c.rewards()) {
                rows.add(REWARD, id, r.rewardType(), r.title(), r.decisionDate(), r.issuer());
            }
            for (SanctionRecord s : c.sanctions()) {
                rows.add(SANCTION, id, s.sanctionType(), s.decisionDate(), s.issuer(), s.reason(), s.influenceEndsOn());
            }
            for (TagRecord t : c.tags()) {
                rows.add(TAG, id, t.polarity().name(), t.label(), t.reason(), t.taggedOn(), t.taggedBy());
            }
            for (TenureRecord t : c.tenures()) {
                rows.add(TENURE, id, postIds.get(t.postCode()), t.startDate(), t.endDate(), t.documentNo());
            }
            rows.flushFull();
        }
        rows.flushAll();

        long rootId = unitIds.get(city.root().code());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("seed", city.spec().seed());
        summary.put("today", city.spec().today().toString());
        summary.put("counties", city.counties().size());
        summary.putAll(rows.counts());
        audit.record(AuditEvent.created("demo.load", "Jurisdiction", rootId, city.root().name(), summary));
        // Last, because H2 commits on DDL: everything above is then already in one piece.
        for (String table : TABLES) {
            jdbc.execute("alter table " + table + " alter column id restart with " + rows.nextId(table));
        }
        return new LoadedCity(rootId, unitIds, firstCadreId, rows.counts());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** One insert statement: its table, the label its count goes under, columns after id and their SQL types. */
    private record Insert(String table, String label, String columns, int... types) {

        String sql() {
            int n = columns.split(",").length + 1;
            return "insert into " + table + " (id, " + columns + ") values (" + "?, ".repeat(n - 1) + "?)";
        }

        int[] allTypes() {
            int[] all = new int[types.length + 1];
            all[0] = Types.BIGINT;
            System.arraycopy(types, 0, all, 1, types.length);
            return all;
        }
    }

    private static final int ID = Types.BIGINT;
    private static final int TEXT = Types.VARCHAR;
    private static final int INT = Types.INTEGER;
    private static final int DATE = Types.DATE;
    private static final int BOOL = Types.BOOLEAN;

    private static final Insert UNIT = new Insert("org_unit", "units",
            "parent_id, code, name, node_type, domain, unit_class, unit_level, path, depth, sort_order",
            ID, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, INT, INT);
    private static final Insert TEAM = new Insert("leadership_team", "teams", "unit_id, name", ID, TEXT);
    private static final Insert POST = new Insert("post", "posts",
            "unit_id, code, title, post_level, rank_title, team_role, max_holders, key_law_enforcement, key_personnel, "
                    + "key_project_approval, key_finance, key_audit, sort_order",
            ID, TEXT, TEXT, TEXT, TEXT, TEXT, INT, BOOL, BOOL, BOOL, BOOL, BOOL, INT);
    private static final Insert CADRE = new Insert("cadre", "cadres",
            "unit_id, name, gender, ethnicity, birth_date, native_place, party_join_date, work_start_date, "
                    + "id_number_cipher, id_number_digest, phone_cipher, cadre_type, specialty, familiar_fields, status, "
                    + "created_at, updated_at",
            ID, TEXT, TEXT, TEXT, DATE, TEXT, DATE, DATE, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);
    private static final Insert EDUCATION = new Insert("cadre_education", "educations",
            "cadre_id, study_mode, education_level, degree, school, major, start_date, end_date",
            ID, TEXT, TEXT, TEXT, TEXT, TEXT, DATE, DATE);
    private static final Insert RESUME = new Insert("cadre_resume_entry", "resumeEntries",
            "cadre_id, start_date, end_date, description", ID, DATE, DATE, TEXT);
    private static final Insert FAMILY = new Insert("cadre_family_member", "familyMembers",
            "cadre_id, relation, name, birth_date, political_status, work_unit, post_title, settled_abroad, "
                    + "abroad_country, settled_since",
            ID, TEXT, TEXT, DATE, TEXT, TEXT, TEXT, BOOL, TEXT, DATE);
    private static final Insert REWARD = new Insert("cadre_reward", "rewards",
            "cadre_id, reward_type, title, decision_date, issuer", ID, TEXT, TEXT, DATE, TEXT);
    private static final Insert SANCTION = new Insert("cadre_sanction", "sanctions",
            "cadre_id, sanction_type, decision_date, issuer, reason, influence_ends_on", ID, TEXT, DATE, TEXT, TEXT, DATE);
    private static final Insert TAG = new Insert("cadre_tag", "tags",
            "cadre_id, polarity, label, reason, tagged_on, tagged_by", ID, TEXT, TEXT, TEXT, DATE, TEXT);
    private static final Insert TENURE = new Insert("tenure", "tenures",
            "cadre_id, post_id, start_date, end_date, document_no", ID, ID, DATE, DATE, TEXT);
    /** Parents before children, so a flush never writes a row whose parent is still waiting. */
    private static final List<Insert> IN_ORDER = List.of(UNIT, TEAM, POST, CADRE, EDUCATION, RESUME, FAMILY, REWARD,
            SANCTION, TAG, TENURE);

    /** Rows waiting to be written, with the next id of each table and the counts so far. */
    private final class Rows {

        private final Map<String, Long> next;
        private final Map<Insert, List<Object[]>> pending = new HashMap<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();

        Rows(Map<String, Long> next) {
            this.next = next;
            IN_ORDER.forEach(i -> counts.put(i.label(), 0));
        }

        long add(Insert insert, Object... values) {
            long id = next.merge(insert.table(), 1L, Long::sum) - 1;
            Object[] row = new Object[values.length + 1];
            row[0] = id;
            System.arraycopy(values, 0, row, 1, values.length);
            pending.computeIfAbsent(insert, k -> new ArrayList<>()).add(row);
            counts.merge(insert.label(), 1, Integer::sum);
            return id;
        }

        /** Writes everything once a batch of cadres has piled up. */
        void flushFull() {
            if (pending.getOrDefault(CADRE, List.of()).size() >= CHUNK) {
                flushAll();
            }
        }

        void flushAll() {
            for (Insert insert : IN_ORDER) {
                List<Object[]> batch = pending.remove(insert);
                if (batch != null && !batch.isEmpty()) {
                    jdbc.batchUpdate(insert.sql(), batch, insert.allTypes());
                }
            }
        }

        long nextId(String table) {
            return next.get(table);
        }

        Map<String, Integer> counts() {
            return counts;
        }
    }
}
