package cn.zhishi.dictionary;

import java.util.Locale;

/** One value of a managed dictionary. */
public record DictionaryEntry(String dictCode, String code, String labelZh, String labelEn, int sortOrder, boolean active) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }
}
