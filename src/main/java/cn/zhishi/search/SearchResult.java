package cn.zhishi.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search: the hits in order, how many matched in all, the facet counts over all matches
 * (facet → value → count, most frequent first) and the time taken.
 */
public record SearchResult(long total, int page, int pageSize, List<Hit> hits, Map<String, List<FacetValue>> facets,
        long tookMillis) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** A found cadre with up to two records that contain the first word, newest first. */
    public record Hit(long id, String name, String gender, int age, String unitName, String postTitle, String postLevel,
            String education, float score, List<Snippet> snippets) {
    }

    /**
     * A piece of a record: {@code source} says which record, by kind and date ("2024年3月 月度纪实",
     * "谈话记录 2023-05-01", "简历 2019-03"); {@code html} is the escaped text with the matches in {@code <mark>}.
     */
    public record Snippet(String source, String html) {
    }

    /** A facet value: its code (what the condition takes), its label and the number of matches. */
    public record FacetValue(String code, String label, long count) {
    }
}
