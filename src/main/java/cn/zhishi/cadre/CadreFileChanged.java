package cn.zhishi.cadre;

/**
 * Published by {@link CadreService} for every write to a cadre's file (with its audit record), so that
 * read models kept elsewhere — the search index — can follow after the transaction commits.
 */
public record CadreFileChanged(long cadreId) {
}
