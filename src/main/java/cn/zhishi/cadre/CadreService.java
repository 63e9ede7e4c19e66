package cn.zhishi.cadre;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.PostSummary;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.sensitive.Masking;
import cn.zhishi.sensitive.SensitiveDataCipher;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path into cadres' files, used by pages, the API and imports alike: it checks the
 * caller's role and jurisdiction, validates everything before saving anything, and records each
 * change on the audit record (entity {@code Cadre}, id = the cadre, so a file's history is one query).
 * <p>Every method validates completely before it writes anything, so a refused input
 * ({@link InvalidInputException}) leaves no trace and does not spoil a surrounding transaction — an
 * import can go on with its next row.
 */
@Service
@Transactional(noRollbackFor = InvalidInputException.class)
@PreAuthorize("hasRole('ORG_ADMIN')")
public class CadreService {

    static final String ENTITY = "Cadre";

    private final CadreRepository cadres;
    private final TenureRepository tenures;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final Dictionaries dictionaries;
    private final SanctionTypes sanctionTypes;
    private final SensitiveDataCipher cipher;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<AppointmentCheck> appointmentChecks;
    private final ApplicationEventPublisher events;

    CadreService(CadreRepository cadres, TenureRepository tenures, OrgDirectory org, Jurisdictions jurisdictions,
            Dictionaries dictionaries, SanctionTypes sanctionTypes, SensitiveDataCipher cipher, AuditTrail audit,
            CurrentUser currentUser, Clock clock, List<AppointmentCheck> appointmentChecks,
            ApplicationEventPublisher events) {
        this.appointmentChecks = List.copyOf(appointmentChecks);
        this.events = events;
        this.cadres = cadres;
        this.tenures = tenures;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.dictionaries = dictionaries;
        this.sanctionTypes = sanctionTypes;
        this.cipher = cipher;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** 录入: registers a new cadre. Refused when the ID number is already on file. */
    public long register(CadreForm f) {
        Jurisdiction j = jurisdictions.current();
        Problems p = checkFacts(f, j);
        String digest = validIdNumber(f).map(cipher::digest).orElse(null);
        if (digest != null && cadres.findByIdNumberDigest(digest).isPresent()) {
            p.add("idNumber", "cadre.idNumber.duplicate");
        }
        p.throwIfAny();
        Cadre c = cadres.save(new Cadre(f, seal(f, digest), clock.instant()));
        record(AuditEvent.created("cadre.register", ENTITY, c.getId(), c.getName(), snapshot(c)));
        return c.getId();
    }

    /** Corrects the basic facts. {@code f.version} must be the version the user saw. */
    public void describe(long cadreId, CadreForm f) {
        Jurisdiction j = jurisdictions.current();
        Cadre c = visible(cadreId, j);
        if (f.getVersion() != null && f.getVersion() != c.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Cadre.class, cadreId);
        }
        Problems p = checkFacts(f, j);
        String digest = validIdNumber(f).map(cipher::digest).orElse(null);
        if (digest != null && cadres.findByIdNumberDigest(digest).filter(o -> !o.getId().equals(cadreId)).isPresent()) {
            p.add("idNumber", "cadre.idNumber.duplicate");
        }
        p.throwIfAny();
        var before = snapshot(c);
        c.describe(f, seal(f, digest), clock.instant());
        record(AuditEvent.changed("cadre.describe", ENTITY, cadreId, c.getName(), before, snapshot(c)));
    }

    public long addEducation(long cadreId, EducationForm f) {
        return addRecord(cadreId, FileRecordKind.EDUCATION, p -> {
            FileRecordRules.check(f, today(), p);
            dictionaries.check(p, "educationLevel", Dictionaries.EDUCATION_LEVEL, f.getEducationLevel());
            dictionaries.check(p, "degree", Dictionaries.DEGREE, f.getDegree());
        }, c -> c.addEducation(f));
    }

    public long addResumeEntry(long cadreId, ResumeEntryForm f) {
        return addRecord(cadreId, FileRecordKind.RESUME, p -> FileRecordRules.check(f, today(), p),
                c -> c.addResumeEntry(f));
    }

    public long addFamilyMember(long cadreId, FamilyMemberForm f) {
        return addRecord(cadreId, FileRecordKind.FAMILY, p -> {
            FileRecordRules.check(f, today(), p);
            dictionaries.check(p, "relation", Dictionaries.FAMILY_RELATION, f.getRelation());
            dictionaries.check(p, "politicalStatus", Dictionaries.POLITICAL_STATUS, f.getPoliticalStatus());
        }, c -> c.addFamilyMember(f));
    }

    public long addReward(long cadreId, RewardForm f) {
        return addRecord(cadreId, FileRecordKind.REWARD, p -> {
            FileRecordRules.check(f, today(), p);
            dictionaries.check(p, "rewardType", Dictionaries.REWARD_TYPE, f.getRewardType());
        }, c -> c.addReward(f));
    }

    /** Records a sanction or handling; its influence period follows from the type (see {@link InfluencePeriod}). */
    public long addSanction(long cadreId, SanctionForm f) {
        Optional<SanctionTypes.SanctionType> type = f.getSanctionType() == null ? Optional.empty()
                : sanctionTypes.find(f.getSanctionType());
        return addRecord(cadreId, FileRecordKind.SANCTION, p -> {
            FileRecordRules.check(f, today(), p);
            if (f.getSanctionType() != null && type.isEmpty()) {
                p.add("sanctionType", "validation.dictionary", f.getSanctionType());
            }
        }, c -> c.addSanction(f, type.orElseThrow().influenceMonths()));
    }

    public long addTag(long cadreId, TagForm f) {
        return addRecord(cadreId, FileRecordKind.TAG, p -> FileRecordRules.check(f, p),
                c -> c.addTag(f, today(), currentUser.get().username()));
    }

    /** Checks the input completely, then adds the record to the visible cadre's file and audits it. */
    private long addRecord(long cadreId, FileRecordKind kind, java.util.function.Consumer<Problems> checks,
            java.util.function.Function<Cadre, FileRecord> addition) {
        Problems p = new Problems();
        checks.accept(p);
        p.throwIfAny();
        Cadre c = visible(cadreId, jurisdictions.current());
        return recordAdded(c, kind, addition.apply(c));
    }

    public void removeRecord(long cadreId, FileRecordKind kind, long recordId) {
        Cadre c = visible(cadreId, jurisdictions.current());
        var before = c.removeRecord(kind, recordId);
        c.touch(clock.instant());
        record(AuditEvent.removed("cadre." + kind.slug() + ".remove", ENTITY, cadreId,
                c.getName() + " #" + recordId, before));
    }

    /** 任职: appoints the cadre to a post from a date (and, for past tenures, until a date). */
    public long appoint(long cadreId, TenureForm f) {
        Jurisdiction j = jurisdictions.current();
        Cadre c = visible(cadreId, j);
        Problems p = new Problems().require(f.getPostId(), "postId").require(f.getStartDate(), "startDate");
        p.throwIfAny();
        PostSummary post = org.lockPostForAppointment(f.getPostId(), j)
                .orElseThrow(() -> InvalidInputException.of("postId", "tenure.post.unknown"));
        TenureRules.check(new DateRange(f.getStartDate(), f.getEndDate()), cadreId, c.getBirthDate(),
                c.getWorkStartDate(), post.maxHolders(), tenures.findByPostId(post.id()), today(), p);
        if (p.isEmpty()) {
            appointmentChecks.forEach(x -> x.check(cadreId, post.id(), new DateRange(f.getStartDate(), f.getEndDate()),
                    "postId", p));
        }
        p.throwIfAny();
        Tenure t = tenures.save(new Tenure(cadreId, f));
        c.touch(clock.instant());
        record(AuditEvent.created("cadre.tenure.appoint", ENTITY, cadreId,
                c.getName() + " → " + post.unitName() + post.title(), tenureSnapshot(t, post)));
        return t.getId();
    }

    /** 免职: the tenure ends on {@code lastDay}. */
    public void endTenure(long cadreId, long tenureId, LocalDate lastDay) {
        Jurisdiction j = jurisdictions.current();
        Cadre c = visible(cadreId, j);
        Tenure t = tenureOf(cadreId, tenureId);
        PostSummary post = org.lockPostForAppointment(t.getPostId(), j)
                .orElseThrow(() -> new NotFoundException("post", t.getPostId()));
        Problems p = new Problems().require(lastDay, "endDate");
        p.throwIfAny();
        List<Tenure> others = tenures.findByPostId(t.getPostId()).stream().filter(o -> !o.getId().equals(tenureId)).toList();
        TenureRules.check(new DateRange(t.getStartDate(), lastDay), cadreId, c.getBirthDate(), c.getWorkStartDate(),
                post.maxHolders(), others, today().plusYears(100), p);
        p.throwIfAny();
        var before = tenureSnapshot(t, post);
        t.end(lastDay);
        c.touch(clock.instant());
        record(AuditEvent.changed("cadre.tenure.end", ENTITY, cadreId,
                c.getName() + " ← " + post.unitName() + post.title(), before, tenureSnapshot(t, post)));
    }

    /** Removes a tenure entered by mistake. */
    public void removeTenure(long cadreId, long tenureId) {
        Jurisdiction j = jurisdictions.current();
        Cadre c = visible(cadreId, j);
        Tenure t = tenureOf(cadreId, tenureId);
        PostSummary post = org.postsById(List.of(t.getPostId())).get(t.getPostId());
        tenures.delete(t);
        c.touch(clock.instant());
        record(AuditEvent.removed("cadre.tenure.remove", ENTITY, cadreId, c.getName(), tenureSnapshot(t, post)));
    }

    /**
     * Imports one cadre's file, matched on ID number: a new person is registered; a known one has
     * the basic facts updated and gets only the records not already on file (same school and level,
     * same relative, same résumé period, same post and start), so importing a file twice changes
     * nothing the second time. Field names in problems are prefixed ({@code educations[1].school}).
     */
    public CadreImport.Result importCadre(CadreImport imp) {
        Jurisdiction j = jurisdictions.current();
        LocalDate today = today();
        CadreForm f = imp.facts();
        Problems p = checkFacts(f, j);
        String digest = validIdNumber(f).map(cipher::digest).orElse(null);
        Optional<Cadre> existing = digest == null ? Optional.empty() : cadres.findByIdNumberDigest(digest);
        if (existing.isPresent() && !isVisible(existing.get(), j)) {
            p.add("idNumber", "cadre.idNumber.outsideJurisdiction");
        }
        for (int i = 0; i < imp.educations().size(); i++) {
            Problems rp = new Problems();
            EducationForm e = imp.educations().get(i);
            FileRecordRules.check(e, today, rp);
            dictionaries.check(rp, "educationLevel", Dictionaries.EDUCATION_LEVEL, e.getEducationLevel());
            dictionaries.check(rp, "degree", Dictionaries.DEGREE, e.getDegree());
            prefixed(p, "educations[" + i + "].", rp);
        }
        for (int i = 0; i < imp.family().size(); i++) {
            Problems rp = new Problems();
            FamilyMemberForm m = imp.family().get(i);
            FileRecordRules.check(m, today, rp);
            dictionaries.check(rp, "relation", Dictionaries.FAMILY_RELATION, m.getRelation());
            dictionaries.check(rp, "politicalStatus", Dictionaries.POLITICAL_STATUS, m.getPoliticalStatus());
            prefixed(p, "family[" + i + "].", rp);
        }
        for (int i = 0; i < imp.resume().size(); i++) {
            Problems rp = new Problems();
            FileRecordRules.check(imp.resume().get(i), today, rp);
            prefixed(p, "resume[" + i + "].", rp);
        }
        Long cadreIdForChecks = existing.map(Cadre::getId).orElse(-1L);
        List<Tenure> existingTenures = existing.map(c -> tenures.findByCadreIdOrderByStartDateDesc(c.getId())).orElse(List.of());
        List<TenureForm> newTenures = new java.util.ArrayList<>();
        List<PostSummary> posts = new java.util.ArrayList<>();
        List<Tenure> pending = new java.util.ArrayList<>();
        // indexes in problems are those of imp.tenures(), so a caller can point at the row it sent
        for (int i = 0; i < imp.tenures().size(); i++) {
            TenureForm t = imp.tenures().get(i);
            if (existingTenures.stream().anyMatch(o -> o.getPostId().equals(t.getPostId())
                    && o.getStartDate().equals(t.getStartDate()))) {
                continue;
            }
            newTenures.add(t);
            Problems rp = new Problems().require(t.getPostId(), "postId").require(t.getStartDate(), "startDate");
            PostSummary post = t.getPostId() == null ? null : org.lockPostForAppointment(t.getPostId(), j).orElse(null);
            if (t.getPostId() != null && post == null) {
                rp.add("postId", "tenure.post.unknown");
            }
            if (rp.isEmpty()) {
                List<Tenure> others = new java.util.ArrayList<>(tenures.findByPostId(post.id()));
                pending.stream().filter(x -> x.getPostId().equals(t.getPostId())).forEach(others::add);
                TenureRules.check(new DateRange(t.getStartDate(), t.getEndDate()), cadreIdForChecks, f.getBirthDate(),
                        f.getWorkStartDate(), post.maxHolders(), others, today, rp);
                if (rp.isEmpty() && existing.isPresent()) {
                    appointmentChecks.forEach(x -> x.check(cadreIdForChecks, post.id(),
                            new DateRange(t.getStartDate(), t.getEndDate()), "postId", rp));
                }
                pending.add(new Tenure(cadreIdForChecks, t));
            }
            prefixed(p, "tenures[" + i + "].", rp);
            posts.add(post);
        }
        p.throwIfAny();

        long cadreId;
        CadreImport.Outcome outcome;
        Cadre c;
        if (existing.isEmpty()) {
            c = cadres.save(new Cadre(f, seal(f, digest), clock.instant()));
            record(AuditEvent.created("cadre.register", ENTITY, c.getId(), c.getName(), snapshot(c)));
            outcome = CadreImport.Outcome.REGISTERED;
        } else {
            c = existing.get();
            var before = snapshot(c);
            c.describe(f, seal(f, c.getIdNumberDigest()), clock.instant());
            var after = snapshot(c);
            boolean changed = !before.equals(after);
            if (changed) {
                record(AuditEvent.changed("cadre.describe", ENTITY, c.getId(), c.getName(), before, after));
            }
            outcome = changed ? CadreImport.Outcome.UPDATED : CadreImport.Outcome.UNCHANGED;
        }
        cadreId = c.getId();
        int added = 0;
        for (EducationForm e : imp.educations()) {
            if (c.getEducations().stream().noneMatch(x -> x.getSchool().equals(e.getSchool().trim())
                    && x.getEducationLevel().equals(e.getEducationLevel()))) {
                Education saved = c.addEducation(e);
                recordAdded(c, FileRecordKind.EDUCATION, saved);
                added++;
            }
        }
        for (FamilyMemberForm m : imp.family()) {
            if (c.getFamily().stream().noneMatch(x -> x.getRelation().equals(m.getRelation())
                    && x.getName().equals(m.getName().trim()))) {
                FamilyMember saved = c.addFamilyMember(m);
                recordAdded(c, FileRecordKind.FAMILY, saved);
                added++;
            }
        }
        for (ResumeEntryForm r : imp.resume()) {
            if (c.getResume().stream().noneMatch(x -> x.getStartDate().equals(r.getStartDate())
                    && x.getDescription().equals(r.getDescription().trim()))) {
                ResumeEntry saved = c.addResumeEntry(r);
                recordAdded(c, FileRecordKind.RESUME, saved);
                added++;
            }
        }
        for (int i = 0; i < newTenures.size(); i++) {
            Tenure t = tenures.save(new Tenure(cadreId, newTenures.get(i)));
            PostSummary post = posts.get(i);
            record(AuditEvent.created("cadre.tenure.appoint", ENTITY, cadreId,
                    c.getName() + " → " + post.unitName() + post.title(), tenureSnapshot(t, post)));
            added++;
        }
        if (outcome == CadreImport.Outcome.UNCHANGED && added > 0) {
            outcome = CadreImport.Outcome.UPDATED;
        }
        return new CadreImport.Result(cadreId, outcome, added);
    }

    private static void prefixed(Problems target, String prefix, Problems rowProblems) {
        rowProblems.list().forEach(x -> target.add(prefix + x.field(), x.code(), x.args()));
    }

    /** Finds a cadre by ID number within the jurisdiction (import matching). */
    @Transactional(readOnly = true)
    public Optional<Long> findByIdNumber(String idNumber) {
        Jurisdiction j = jurisdictions.current();
        return cadres.findByIdNumberDigest(cipher.digest(idNumber))
                .filter(c -> isVisible(c, j)).map(Cadre::getId);
    }

    private Problems checkFacts(CadreForm f, Jurisdiction j) {
        Problems p = new Problems();
        CadreFactsRules.check(f, today(), p);
        dictionaries.check(p, "ethnicity", Dictionaries.ETHNICITY, f.getEthnicity());
        if (f.getUnitId() != null && org.findUnit(f.getUnitId(), j).isEmpty()) {
            p.add("unitId", "cadre.unit.outside");
        }
        return p;
    }

    private static Optional<String> validIdNumber(CadreForm f) {
        return f.getIdNumber() != null && CitizenIdNumber.parse(f.getIdNumber()) instanceof CitizenIdNumber.Valid v
                ? Optional.of(v.id().value()) : Optional.empty();
    }

    private SealedIdentity seal(CadreForm f, String digest) {
        String id = validIdNumber(f).orElseThrow();
        String phone = f.getPhone() == null || f.getPhone().isBlank() ? null : f.getPhone().trim();
        return new SealedIdentity(cipher.encrypt(id), digest, cipher.encrypt(phone));
    }

    private Map<String, Object> snapshot(Cadre c) {
        return c.snapshot(Masking.idNumber(cipher.decrypt(c.getIdNumberCipher())),
                Masking.phone(cipher.decrypt(c.getPhoneCipher())));
    }

    private long recordAdded(Cadre c, FileRecordKind kind, FileRecord added) {
        c.touch(clock.instant());
        cadres.flush();
        Map<String, Object> state = new LinkedHashMap<>(added.snapshot());
        state.put("recordId", added.getId());
        record(AuditEvent.created("cadre." + kind.slug() + ".add", ENTITY, c.getId(), c.getName(), state));
        return added.getId();
    }

    private static Map<String, Object> tenureSnapshot(Tenure t, PostSummary post) {
        Map<String, Object> m = new LinkedHashMap<>(t.snapshot());
        m.put("tenureId", t.getId());
        if (post != null) {
            m.put("post", post.unitName() + " " + post.title());
        }
        return m;
    }

    private Tenure tenureOf(long cadreId, long tenureId) {
        return tenures.findById(tenureId).filter(t -> t.getCadreId() == cadreId)
                .orElseThrow(() -> new NotFoundException("tenure", tenureId));
    }

    Cadre visible(long cadreId, Jurisdiction j) {
        return cadres.findById(cadreId).filter(c -> isVisible(c, j))
                .orElseThrow(() -> new NotFoundException("cadre", cadreId));
    }

    private boolean isVisible(Cadre c, Jurisdiction j) {
        return org.unitsById(List.of(c.getUnitId())).values().stream().map(UnitSummary::path).anyMatch(j::covers);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Puts a write on the audit record and tells listeners (the search index) which file changed. */
    private void record(AuditEvent e) {
        audit.record(e);
        events.publishEvent(new CadreFileChanged(((Number) e.entityId()).longValue()));
    }
}
