package cn.zhishi.cadre;

import cn.zhishi.audit.AuditHistory;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.PostSummary;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.sensitive.Masking;
import cn.zhishi.sensitive.SensitiveDataCipher;
import cn.zhishi.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a cadre's one-person-one-form profile with a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class CadreProfiles {

    private static final int HISTORY_LIMIT = 50;

    private final CadreRepository cadres;
    private final TenureRepository tenures;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final SanctionTypes sanctionTypes;
    private final SensitiveDataCipher cipher;
    private final AuditHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;

    CadreProfiles(CadreRepository cadres, TenureRepository tenures, OrgDirectory org, Jurisdictions jurisdictions,
            SanctionTypes sanctionTypes, SensitiveDataCipher cipher, AuditHistory history, CurrentUser currentUser,
            Clock clock) {
        this.cadres = cadres;
        this.tenures = tenures;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.sanctionTypes = sanctionTypes;
        this.cipher = cipher;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The profile, if the cadre exists within the current user's jurisdiction (or is the user themself). */
    public CadreProfile profile(long cadreId) {
        ZhishiPrincipal viewer = currentUser.get();
        Jurisdiction j = jurisdictions.of(viewer);
        Cadre c = cadres.findById(cadreId).orElseThrow(() -> new NotFoundException("cadre", cadreId));
        UnitSummary unit = org.unitsById(List.of(c.getUnitId())).get(c.getUnitId());
        boolean own = viewer.cadreId() != null && viewer.cadreId() == cadreId;
        if (!own && (unit == null || !j.covers(unit.path()))) {
            throw new NotFoundException("cadre", cadreId);
        }
        LocalDate today = LocalDate.now(clock);
        boolean full = viewer.maySeeSensitiveData();
        String id = cipher.decrypt(c.getIdNumberCipher());
        String phone = cipher.decrypt(c.getPhoneCipher());

        List<Tenure> ts = tenures.findByCadreIdOrderByStartDateDesc(cadreId);
        Map<Long, PostSummary> posts = org.postsById(ts.stream().map(Tenure::getPostId).distinct().toList());
        List<CadreProfile.TenureView> tenureViews = ts.stream().map(t -> {
            PostSummary p = posts.get(t.getPostId());
            return new CadreProfile.TenureView(t.getId(), t.getPostId(), p.title(), p.postLevel(), p.unitName(),
                    p.unitId(), t.getStartDate(), t.getEndDate(), t.getDocumentNo(), t.isHeldOn(today));
        }).toList();

        Locale locale = LocaleContextHolder.getLocale();
        Map<String, SanctionTypes.SanctionType> types = sanctionTypes.all().stream()
                .collect(Collectors.toMap(SanctionTypes.SanctionType::code, Function.identity()));
        List<CadreProfile.SanctionView> sanctions = c.getSanctions().stream().map(s -> {
            SanctionTypes.SanctionType type = types.get(s.getSanctionType());
            return new CadreProfile.SanctionView(s.getId(), s.getSanctionType(),
                    type == null ? s.getSanctionType() : type.label(locale), type == null ? null : type.basis(),
                    s.getDecisionDate(), s.getIssuer(), s.getReason(), s.getInfluenceEndsOn(),
                    s.influencePeriod().contains(today));
        }).toList();

        return new CadreProfile(c.getId(), c.getVersion(), c.getName(), c.getGender(), c.getEthnicity(),
                c.getBirthDate(), c.ageOn(today), c.getNativePlace(), c.getPartyJoinDate(), c.getWorkStartDate(),
                full ? id : Masking.idNumber(id), full ? phone : Masking.phone(phone), full, c.getCadreType(),
                c.getSpecialty(), c.getFamiliarFields(), c.getStatus(), unit,
                own && !j.covers(unit.path()) ? List.of(unit) : org.ancestry(unit.id(), j), tenureViews,
                List.copyOf(c.getEducations()), List.copyOf(c.getResume()), List.copyOf(c.getFamily()),
                List.copyOf(c.getRewards()), sanctions, List.copyOf(c.getTags()),
                history.of(CadreService.ENTITY, cadreId, HISTORY_LIMIT), c.isNakedOfficial());
    }

    /** The basic facts as an editable form (ID and phone in full: only editors, who may see them, edit). */
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('ORG_ADMIN')")
    public CadreForm form(long cadreId) {
        Jurisdiction j = jurisdictions.current();
        Cadre c = cadres.findById(cadreId).orElseThrow(() -> new NotFoundException("cadre", cadreId));
        UnitSummary unit = org.unitsById(List.of(c.getUnitId())).get(c.getUnitId());
        if (unit == null || !j.covers(unit.path())) {
            throw new NotFoundException("cadre", cadreId);
        }
        CadreForm f = new CadreForm();
        f.setUnitId(c.getUnitId());
        f.setName(c.getName());
        f.setGender(c.getGender());
        f.setEthnicity(c.getEthnicity());
        f.setBirthDate(c.getBirthDate());
        f.setNativePlace(c.getNativePlace());
        f.setPartyJoinDate(c.getPartyJoinDate());
        f.setWorkStartDate(c.getWorkStartDate());
        f.setIdNumber(cipher.decrypt(c.getIdNumberCipher()));
        f.setPhone(cipher.decrypt(c.getPhoneCipher()));
        f.setCadreType(c.getCadreType());
        f.setSpecialty(c.getSpecialty());
        f.setFamiliarFields(c.getFamiliarFields());
        f.setVersion(c.getVersion());
        return f;
    }
}
