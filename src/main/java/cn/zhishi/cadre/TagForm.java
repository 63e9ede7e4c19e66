package cn.zhishi.cadre;

/** One positive or negative tag with its reason, as entered. */
public class TagForm {
    private TagPolarity polarity;
    private String label;
    private String reason;

    public TagPolarity getPolarity() { return polarity; }
    public void setPolarity(TagPolarity polarity) { this.polarity = polarity; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
