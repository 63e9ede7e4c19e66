package cn.zhishi.demo;

import static cn.zhishi.demo.DemoTable.ANNUAL_GRADE;
import static cn.zhishi.demo.DemoTable.CADRE;
import static cn.zhishi.demo.DemoTable.EDUCATION;
import static cn.zhishi.demo.DemoTable.FAMILY;
import static cn.zhishi.demo.DemoTable.POST;
import static cn.zhishi.demo.DemoTable.RESUME;
import static cn.zhishi.demo.DemoTable.REWARD;
import static cn.zhishi.demo.DemoTable.SANCTION;
import static cn.zhishi.demo.DemoTable.TAG;
import static cn.zhishi.demo.DemoTable.TEAM;
import static cn.zhishi.demo.DemoTable.TENURE;
import static cn.zhishi.demo.DemoTable.UNIT;
import static cn.zhishi.demo.DemoTable.PERFORMANCE;
import static cn.zhishi.demo.DemoTable.TALK_NOTE;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.calendar.WorkCalendar;
import cn.zhishi.org.KeyPostKind;
import cn.zhishi.sensitive.SensitiveDataCipher;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * <p>Ids are assigned here, in generation order, so that children point at parents without reading
 * keys back; afterwards each identity column is restarted past the highest id (SQL that runs on
 * PostgreSQL and H2). ID and phone numbers are stored encrypted and the ID number also as a keyed
 * digest — the forms the cadre module writes.
 */
@Component
public class DemoDataLoader {

    /** Cadres per batch: their rows and their records' rows are written together. */
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final SensitiveDataCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final WorkCalendar calendar;

    DemoDataLoader(JdbcTemplate jdbc, SensitiveDataCipher cipher, AuditTrail audit, Clock clock, WorkCalendar calendar) {
        this.calendar = calendar;
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
        Rows rows = new Rows();
        Map<String, Long> unitIds = writeOrganisation(city, rows);
        long firstCadreId = rows.nextId(CADRE);
        writeCadres(city, unitIds, rows);

        long rootId = unitIds.get(city.root().code());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("seed", city.spec().seed());
        summary.put("today", city.spec().today().toString());
        summary.put("counties", city.counties().size());
        summary.putAll(rows.counts);
        audit.record(AuditEvent.created("demo.load", "Jurisdiction", rootId, city.root().name(), summary));
        // Part of the transaction on PostgreSQL; on H2 a rollback leaves the restart in place, which
        // is harmless (the next ids merely skip the ones this load would have used).
        for (DemoTable t : DemoTable.values()) {
            jdbc.execute("alter table " + t.table + " alter column id restart with " + rows.nextId(t));
        }
        return new LoadedCity(rootId, unitIds, firstCadreId, rows.counts);
    }

    private Map<String, Long> writeOrganisation(SyntheticCity city, Rows rows) {
        Map<String, Long> unitIds = new LinkedHashMap<>();
        for (UnitRecord u : city.units()) {
            unitIds.put(u.code(), rows.add(UNIT, u.parentCode() == null ? null : unitIds.get(u.parentCode()), u.code(),
                    u.name(), u.nodeType().name(), name(u.domain()), name(u.unitClass()), u.unitLevel(), u.path(),
                    u.depth(), u.sortOrder()));
        }
        for (TeamRecord t : city.teams()) {
            rows.add(TEAM, unitIds.get(t.unitCode()), t.name());
        }
        for (PostRecord p : city.posts()) {
            rows.postIds.put(p.code(), rows.add(POST, unitIds.get(p.unitCode()), p.code(), p.title(), p.postLevel(),
                    p.rankTitle(), name(p.teamRole()), p.maxHolders(), p.has(KeyPostKind.LAW_ENFORCEMENT),
                    p.has(KeyPostKind.PERSONNEL), p.has(KeyPostKind.PROJECT_APPROVAL), p.has(KeyPostKind.FINANCE),
                    p.has(KeyPostKind.AUDIT), p.sortOrder()));
        }
        rows.flush();
        return unitIds;
    }

    private void writeCadres(SyntheticCity city, Map<String, Long> unitIds, Rows rows) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportHistory reports = new ReportHistory(city.spec(), calendar.workingDays(), rows, now);
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
                rows.add(TENURE, id, rows.postIds.get(t.postCode()), t.startDate(), t.endDate(), t.documentNo());
            }
            for (AnnualResults.GradeRecord g : AnnualResults.of(city.spec(), c)) {
                rows.add(ANNUAL_GRADE, id, g.year(), g.grade(), "DEMO", null, "demo", now);
            }
            WorkHistory h = WorkHistory.of(city.spec(), c);
            for (MonthlyRecord m : h.monthly()) {
                rows.add(PERFORMANCE, id, m.month().atDay(1), m.text(), m.grade());
            }
            for (TalkNoteRecord n : h.notes()) {
                rows.add(TALK_NOTE, id, n.notedOn(), n.kind(), n.author(), n.text());
            }
            reports.add(c, id, unitIds.get(c.unitCode()));
            if (rows.waiting(CADRE) >= CHUNK) {
                rows.flush();
            }
        }
        rows.flush();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** Rows waiting to be written, the next id of each table (after what is there) and the counts so far. */
    private final class Rows implements RowSink {

        final Map<DemoTable, Long> next = new EnumMap<>(DemoTable.class);
        final Map<DemoTable, List<Object[]>> pending = new EnumMap<>(DemoTable.class);
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final Map<String, Long> postIds = new HashMap<>();

        Rows() {
            for (DemoTable t : DemoTable.values()) {
                Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + t.table, Long.class);
                next.put(t, (max == null ? 0 : max) + 1);
                pending.put(t, new ArrayList<>());
                counts.put(t.label, 0);
            }
        }

        @Override
        public long add(DemoTable table, Object... values) {
            long id = next.get(table);
            next.put(table, id + 1);
            Object[] row = new Object[values.length + 1];
            row[0] = id;
            System.arraycopy(values, 0, row, 1, values.length);
            pending.get(table).add(row);
            counts.merge(table.label, 1, Integer::sum);
            return id;
        }

        int waiting(DemoTable table) {
            return pending.get(table).size();
        }

        /** Writes what waits, parents before children (the enum's order). */
        void flush() {
            for (DemoTable t : DemoTable.values()) {
                List<Object[]> batch = pending.get(t);
                if (!batch.isEmpty()) {
                    jdbc.batchUpdate(t.insertSql(), batch, t.parameterTypes());
                    batch.clear();
                }
            }
        }

        long nextId(DemoTable table) {
            return next.get(table);
        }
    }
}
