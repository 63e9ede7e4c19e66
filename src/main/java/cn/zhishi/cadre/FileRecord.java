package cn.zhishi.cadre;

import java.util.Map;

/** A record in a cadre's file that is added and removed on its own (education, résumé line, …). */
interface FileRecord {

    Long getId();

    /** Its state for the audit record. */
    Map<String, Object> snapshot();
}
