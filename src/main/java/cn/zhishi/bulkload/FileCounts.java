package cn.zhishi.bulkload;

/**
 * What became of one file's rows: every row read is inserted, already present (same natural key)
 * or rejected — {@code read = inserted + present + rejected}, nothing is dropped silently.
 */
public record FileCounts(String file, long read, long inserted, long present, long rejected) {
}
