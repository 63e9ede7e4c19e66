package cn.zhishi.cadre;

import cn.zhishi.shared.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cadre's file (干部档案, one person one form): basic facts and the records that belong only to
 * this person. ID and phone numbers are held encrypted; the digest of the ID number finds a cadre
 * by it without decrypting. Tenures are a separate aggregate because posts constrain them.
 */
@Entity
@Table(name = "cadre")
public class Cadre {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    private Long unitId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String ethnicity;
    private LocalDate birthDate;
    private String nativePlace;
    private LocalDate partyJoinDate;
    private LocalDate workStartDate;
    private String idNumberCipher;
    private String idNumberDigest;
    private String phoneCipher;
    @Enumerated(EnumType.STRING)
    private CadreType cadreType;
    private String specialty;
    private String familiarFields;
    @Enumerated(EnumType.STRING)
    private CadreStatus status = CadreStatus.ACTIVE;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cadre_id", nullable = false)
    @OrderBy("startDate")
    private List<Education> educations = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cadre_id", nullable = false)
    @OrderBy("startDate")
    private List<ResumeEntry> resume = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cadre_id", nullable = false)
    @OrderBy("id")
    private List<FamilyMember> family = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cadre_id", nullable = false)
    @OrderBy("decisionDate")
    private List<Reward> rewards = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cadre_id", nullable = false)
    @OrderBy("decisionDate")
    private List<Sanction> sanctions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "cadre_id", nullable = false)
    @OrderBy("taggedOn")
    private List<Tag> tags = new ArrayList<>();

    protected Cadre() {
    }

    /** 录入: a new file from checked facts. */
    Cadre(CadreForm f, SealedIdentity identity, Instant now) {
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        describe(f, identity, now);
    }

    /** Corrects or updates the basic facts (the form has been checked). */
    void describe(CadreForm f, SealedIdentity identity, Instant now) {
        this.unitId = f.getUnitId();
        this.name = f.getName().trim();
        this.gender = f.getGender();
        this.ethnicity = f.getEthnicity();
        this.birthDate = f.getBirthDate();
        this.nativePlace = Text.orNull(f.getNativePlace());
        this.partyJoinDate = f.getPartyJoinDate();
        this.workStartDate = f.getWorkStartDate();
        this.idNumberCipher = identity.idNumberCipher();
        this.idNumberDigest = identity.idNumberDigest();
        this.phoneCipher = identity.phoneCipher();
        this.cadreType = f.getCadreType();
        this.specialty = Text.orNull(f.getSpecialty());
        this.familiarFields = Text.orNull(f.getFamiliarFields());
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    void touch(Instant now) {
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    Education addEducation(EducationForm f) {
        return add(educations, new Education(f));
    }

    ResumeEntry addResumeEntry(ResumeEntryForm f) {
        return add(resume, new ResumeEntry(f));
    }

    FamilyMember addFamilyMember(FamilyMemberForm f) {
        return add(family, new FamilyMember(f));
    }

    Reward addReward(RewardForm f) {
        return add(rewards, new Reward(f));
    }

    Sanction addSanction(SanctionForm f, int influenceMonths) {
        return add(sanctions, new Sanction(f, influenceMonths));
    }

    Tag addTag(TagForm f, LocalDate today, String by) {
        return add(tags, new Tag(f, today, by));
    }

    /** Removes one record of the file by kind and id; answers its last state for the audit record. */
    Map<String, Object> removeRecord(FileRecordKind kind, long recordId) {
        return switch (kind) {
            case EDUCATION -> remove(educations, recordId);
            case RESUME -> remove(resume, recordId);
            case FAMILY -> remove(family, recordId);
            case REWARD -> remove(rewards, recordId);
            case SANCTION -> remove(sanctions, recordId);
            case TAG -> remove(tags, recordId);
        };
    }

    private static <T> T add(List<T> list, T item) {
        list.add(item);
        return item;
    }

    private static <T extends FileRecord> Map<String, Object> remove(List<T> list, long recordId) {
        T found = list.stream().filter(x -> x.getId() == recordId).findFirst()
                .orElseThrow(() -> new NotFoundException("record", recordId));
        list.remove(found);
        return found.snapshot();
    }

    /** The basic facts for the audit record; the ID number appears masked, never in clear. */
    Map<String, Object> snapshot(String idNumberMasked, String phoneMasked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("name", name);
        m.put("gender", gender);
        m.put("ethnicity", ethnicity);
        m.put("birthDate", birthDate);
        m.put("nativePlace", nativePlace);
        m.put("partyJoinDate", partyJoinDate);
        m.put("workStartDate", workStartDate);
        m.put("idNumber", idNumberMasked);
        m.put("idNumberDigest", idNumberDigest == null ? null : idNumberDigest.substring(0, 12));
        m.put("phone", phoneMasked);
        m.put("cadreType", cadreType);
        m.put("specialty", specialty);
        m.put("familiarFields", familiarFields);
        m.put("status", status);
        return m;
    }

    /** Whether the family on file makes this cadre a 裸官 ({@link NakedOfficial}). */
    public boolean isNakedOfficial() {
        return NakedOfficial.applies(family.stream()
                .map(m -> new NakedOfficial.Kin(m.getRelation(), m.isSettledAbroad())).toList());
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Long getUnitId() { return unitId; }
    public String getName() { return name; }
    public Gender getGender() { return gender; }
    public String getEthnicity() { return ethnicity; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getNativePlace() { return nativePlace; }
    public LocalDate getPartyJoinDate() { return partyJoinDate; }
    public LocalDate getWorkStartDate() { return workStartDate; }
    String getIdNumberCipher() { return idNumberCipher; }
    String getIdNumberDigest() { return idNumberDigest; }
    String getPhoneCipher() { return phoneCipher; }
    public CadreType getCadreType() { return cadreType; }
    public String getSpecialty() { return specialty; }
    public String getFamiliarFields() { return familiarFields; }
    public CadreStatus getStatus() { return status; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public List<Education> getEducations() { return Collections.unmodifiableList(educations); }
    public List<ResumeEntry> getResume() { return Collections.unmodifiableList(resume); }
    public List<FamilyMember> getFamily() { return Collections.unmodifiableList(family); }
    public List<Reward> getRewards() { return Collections.unmodifiableList(rewards); }
    public List<Sanction> getSanctions() { return Collections.unmodifiableList(sanctions); }
    public List<Tag> getTags() { return Collections.unmodifiableList(tags); }
}
