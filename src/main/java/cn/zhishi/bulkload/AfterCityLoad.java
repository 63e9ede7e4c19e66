package cn.zhishi.bulkload;

/**
 * A step that runs after a city load has committed, with its own progress — the search index's
 * rebuild. Implemented outside this module (the search module already depends on this one, so this
 * one cannot call it directly).
 */
public interface AfterCityLoad {

    /** What the step does, for the progress line (e.g. {@code search-index}). */
    String name();

    /** Runs the step; answers how many items it processed. */
    long run(LongProgress progress);
}
