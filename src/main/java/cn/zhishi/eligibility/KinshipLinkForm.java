package cn.zhishi.eligibility;

/** Input for linking a cadre to another cadre: the relative's ID number (or id through the API) and the relation. */
public class KinshipLinkForm {

    private String relativeIdNumber;
    private Long relativeCadreId;
    private String relation;
    private String note;

    public String getRelativeIdNumber() { return relativeIdNumber; }
    public void setRelativeIdNumber(String relativeIdNumber) { this.relativeIdNumber = relativeIdNumber; }
    public Long getRelativeCadreId() { return relativeCadreId; }
    public void setRelativeCadreId(Long relativeCadreId) { this.relativeCadreId = relativeCadreId; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
