package cn.zhishi.dictionary;

/** Add or edit one entry. {@code existing} tells an edit from an add, so an add never overwrites. */
class DictionaryEntryForm {

    private String code;
    private String labelZh;
    private String labelEn;
    private Integer sortOrder = 0;
    private boolean active = true;
    private boolean existing;

    static DictionaryEntryForm of(DictionaryEntry e) {
        DictionaryEntryForm f = new DictionaryEntryForm();
        f.code = e.code();
        f.labelZh = e.labelZh();
        f.labelEn = e.labelEn();
        f.sortOrder = e.sortOrder();
        f.active = e.active();
        f.existing = true;
        return f;
    }

    DictionaryEntry toEntry(String dictCode) {
        return new DictionaryEntry(dictCode, trim(code), trim(labelZh), trim(labelEn), sortOrder == null ? 0 : sortOrder,
                active);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getLabelZh() { return labelZh; }
    public void setLabelZh(String labelZh) { this.labelZh = labelZh; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public boolean isExisting() { return existing; }
    public void setExisting(boolean existing) { this.existing = existing; }
}
