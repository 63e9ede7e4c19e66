package cn.zhishi.assessment.keywork;

import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.cadre.CadreLookup;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key-work sheets (重点工作项目化考核) [004]: opened per cadre and year, within the caller's
 * jurisdiction (a cadre without a jurisdiction sees only their own); every step on the audit record.
 */
@Service
@Transactional
public class KeyWork {

    static final String ENTITY = "KeyWorkSheet";

    private final KeyWorkSheetRepository sheets;
    private final CadreLookup cadres;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    KeyWork(KeyWorkSheetRepository sheets, CadreLookup cadres, OrgDirectory org, Jurisdictions jurisdictions,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.sheets = sheets;
        this.cadres = cadres;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A cadre the caller may see: in the jurisdiction, or the caller themself. */
    record CadreInView(long id, String name, String unitName) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','CADRE')")
    public CadreInView cadre(long cadreId) {
        CadreLookup.CadreRef ref = cadres.find(cadreId).orElseThrow(() -> new NotFoundException("cadre", cadreId));
        UnitSummary unit = org.unitsById(List.of(ref.unitId())).get(ref.unitId());
        boolean own = actor().owns(cadreId);
        if (!own && (unit == null || !jurisdictions.current().covers(unit.path()))) {
            throw new NotFoundException("cadre", cadreId);
        }
        return new CadreInView(ref.id(), ref.name(), unit == null ? "" : unit.name());
    }

    /** The sheet of that year, if one was opened. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','CADRE')")
    public Optional<KeyWorkSheet> sheet(long cadreId, int year) {
        return view(cadreId, year).sheet();
    }

    /** A cadre the caller may see, with the sheet of that year if one was opened (checks loaded). */
    record SheetView(CadreInView cadre, Optional<KeyWorkSheet> sheet) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','CADRE')")
    public SheetView view(long cadreId, int year) {
        CadreInView cadre = cadre(cadreId);
        Optional<KeyWorkSheet> s = sheets.findByCadreIdAndWorkYear(cadreId, year);
        s.ifPresent(x -> x.getChecks().size());
        return new SheetView(cadre, s);
    }

    /** Every sheet of the cadre, newest year first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','CADRE','UNIT_REVIEWER')")
    public List<KeyWorkSheet> sheetsOf(long cadreId) {
        return sheets.findByCadreIdOrderByWorkYearDesc(cadreId);
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','CADRE')")
    public void addProject(long cadreId, int year, String title, String target) {
        change(cadreId, year, true, "assessment.keyWork.addProject", s -> s.addProject(actor(), title, target));
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','CADRE')")
    public void removeProject(long cadreId, int year, long projectId) {
        change(cadreId, year, false, "assessment.keyWork.removeProject", s -> s.removeProject(actor(), projectId));
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void recordCheck(long cadreId, int year, long projectId, LocalDate checkedOn, CheckMethod method, Progress progress,
            String note) {
        change(cadreId, year, false, "assessment.keyWork.check", s -> s.recordCheck(actor(), projectId, checkedOn, method,
                progress, note, LocalDate.now(clock), now()));
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','CADRE')")
    public void submit(long cadreId, int year, String completion, String mostSatisfied, String regretted) {
        change(cadreId, year, false, "assessment.keyWork.submit", s -> s.submit(actor(), completion, mostSatisfied, regretted,
                now()));
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void returnForRevision(long cadreId, int year, String reason) {
        change(cadreId, year, false, "assessment.keyWork.return", s -> s.returnForRevision(actor(), reason));
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void rate(long cadreId, int year, Rating rating, String comment) {
        change(cadreId, year, false, "assessment.keyWork.rate", s -> s.rate(actor(), rating, comment, now()));
    }

    /** One row per cadre of the list: the sheet's state, if any. */
    public record Row(long cadreId, String name, String unitName, KeyWorkSheet sheet) {
    }

    /** The sheets of a year for the cadres of a unit subtree (or the whole jurisdiction), by unit and name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public List<Row> overview(int year, Long unitId) {
        Jurisdiction j = jurisdictions.current();
        List<UnitSummary> units;
        if (unitId != null) {
            UnitSummary u = org.findUnit(unitId, j).orElseThrow(() -> new NotFoundException("unit", unitId));
            units = org.tree(j).stream().filter(x -> x.path().startsWith(u.path())).toList();
        } else {
            units = org.tree(j);
        }
        Map<Long, UnitSummary> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        List<CadreLookup.CadreRef> people = cadres.activeIn(byId.keySet());
        Map<Long, KeyWorkSheet> found = new HashMap<>();
        for (List<Long> chunk : chunks(people.stream().map(CadreLookup.CadreRef::id).toList())) {
            sheets.findByWorkYearAndCadreIdIn(year, chunk).forEach(s -> found.put(s.getCadreId(), s));
        }
        return people.stream().map(c -> new Row(c.id(), c.name(), byId.get(c.unitId()).name(), found.get(c.id())))
                .sorted(java.util.Comparator.comparing(Row::unitName).thenComparing(Row::name)).toList();
    }

    /**
     * The ratings of a year for the given cadres: one of the sources of the annual composite
     * (重点工作项目化考核结果). Only rated sheets count; the others are missing, not zero.
     */
    @Transactional(readOnly = true)
    public Map<Long, Rating> ratings(int year, Collection<Long> cadreIds) {
        Map<Long, Rating> out = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(cadreIds))) {
            for (KeyWorkSheet s : sheets.findByWorkYearAndCadreIdIn(year, chunk)) {
                if (s.getStatus() == KeyWorkStatus.RATED) {
                    out.put(s.getCadreId(), s.getRating());
                }
            }
        }
        return out;
    }

    private void change(long cadreId, int year, boolean openIfMissing, String action,
            java.util.function.Consumer<KeyWorkSheet> step) {
        CadreInView c = cadre(cadreId);
        int thisYear = LocalDate.now(clock).getYear();
        if (year < thisYear - 1 || year > thisYear + 1) {
            new Problems().add("year", "keyWork.year.outOfRange", thisYear - 1, thisYear + 1).throwIfAny();
        }
        Optional<KeyWorkSheet> found = sheets.findByCadreIdAndWorkYear(cadreId, year);
        boolean created = found.isEmpty();
        if (created && !openIfMissing) {
            throw new DomainRuleException("keyWork.refused.noSheet", year);
        }
        KeyWorkSheet s = found.orElseGet(() -> new KeyWorkSheet(cadreId, year, now()));
        Map<String, Object> before = created ? null : s.snapshot();
        step.accept(s);
        sheets.saveAndFlush(s);
        String summary = c.name() + " " + year;
        audit.record(created ? AuditEvent.created(action, ENTITY, s.getId(), summary, s.snapshot())
                : AuditEvent.changed(action, ENTITY, s.getId(), summary, before, s.snapshot()));
    }

    private KeyWorkActor actor() {
        return KeyWorkActor.of(currentUser.get());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            out.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return out;
    }
}
