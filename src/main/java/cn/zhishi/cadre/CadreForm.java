package cn.zhishi.cadre;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A cadre's basic facts as entered in a page, the API or an import row. Mutable so that a page can
 * bind it and show it back with messages next to each field.
 */
public class CadreForm {

    private Long unitId;
    private String name;
    private Gender gender;
    private String ethnicity;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private String nativePlace;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate partyJoinDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate workStartDate;
    private String idNumber;
    private String phone;
    private CadreType cadreType;
    private String specialty;
    private String familiarFields;
    /** The version the user edited, for optimistic locking; null on creation. */
    private Integer version;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getNativePlace() { return nativePlace; }
    public void setNativePlace(String nativePlace) { this.nativePlace = nativePlace; }
    public LocalDate getPartyJoinDate() { return partyJoinDate; }
    public void setPartyJoinDate(LocalDate partyJoinDate) { this.partyJoinDate = partyJoinDate; }
    public LocalDate getWorkStartDate() { return workStartDate; }
    public void setWorkStartDate(LocalDate workStartDate) { this.workStartDate = workStartDate; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public CadreType getCadreType() { return cadreType; }
    public void setCadreType(CadreType cadreType) { this.cadreType = cadreType; }
    public String getSpecialty() { return specialty; }
    public void setSpecialty(String specialty) { this.specialty = specialty; }
    public String getFamiliarFields() { return familiarFields; }
    public void setFamiliarFields(String familiarFields) { this.familiarFields = familiarFields; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
