package cn.zhishi.excel;

/**
 * One column of an import sheet: its Chinese header (part of the file format, the same in every
 * language), the property of the form it fills (also the field name the cadre service uses in its
 * problems), how its cells are read, and whether the template marks it as required.
 */
record ImportColumn(String header, String field, Kind kind, String dictCode, Class<? extends Enum<?>> choices,
        boolean required) {

    /** How a cell is read. */
    enum Kind {
        TEXT,
        /** Citizen ID number: must be text, a number cell has lost its last digits. */
        ID_NUMBER,
        /** A real Excel date, or text yyyy-MM-dd (also yyyy.MM.dd, yyyy/MM/dd, yyyyMMdd, yyyy年M月d日). */
        DATE,
        /** A managed dictionary: its Chinese or English label, or its code. */
        DICTIONARY,
        /** An enum: its label in either language, or its constant name. */
        CHOICE,
        /** 是 / 否; blank is 否. */
        YES_NO,
        /** A unit code of the user's jurisdiction, stored as the unit's id. */
        UNIT_CODE,
        /** A post code of the user's jurisdiction, stored as the post's id. */
        POST_CODE
    }

    static ImportColumn text(String header, String field, boolean required) {
        return new ImportColumn(header, field, Kind.TEXT, null, null, required);
    }

    static ImportColumn idNumber(String header) {
        return new ImportColumn(header, "idNumber", Kind.ID_NUMBER, null, null, true);
    }

    static ImportColumn date(String header, String field, boolean required) {
        return new ImportColumn(header, field, Kind.DATE, null, null, required);
    }

    static ImportColumn dictionary(String header, String field, String dictCode, boolean required) {
        return new ImportColumn(header, field, Kind.DICTIONARY, dictCode, null, required);
    }

    static ImportColumn choice(String header, String field, Class<? extends Enum<?>> choices, boolean required) {
        return new ImportColumn(header, field, Kind.CHOICE, null, choices, required);
    }

    static ImportColumn yesNo(String header, String field) {
        return new ImportColumn(header, field, Kind.YES_NO, null, null, false);
    }

    static ImportColumn code(String header, String field, Kind kind) {
        return new ImportColumn(header, field, kind, null, null, true);
    }

    /** Whether the template offers a drop-down list for this column. */
    boolean hasList() {
        return kind == Kind.DICTIONARY || kind == Kind.CHOICE || kind == Kind.YES_NO;
    }
}
