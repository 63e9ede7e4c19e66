package cn.zhishi.eligibility;

/** Input for choosing a jurisdiction unit's policy profile, and the reason when withdrawing a hit. */
public class ProfileChoiceForm {

    private Long unitId;
    private String profileCode;
    private String reason;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getProfileCode() { return profileCode; }
    public void setProfileCode(String profileCode) { this.profileCode = profileCode; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
