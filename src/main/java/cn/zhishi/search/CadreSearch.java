package cn.zhishi.search;

import static cn.zhishi.search.SearchFields.*;

import cn.zhishi.cadre.CadreRow;
import cn.zhishi.cadre.CadreType;
import cn.zhishi.cadre.Gender;
import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.shared.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 智能搜索: runs a {@link SearchForm} against the index within a jurisdiction (a filter on the unit
 * path prefixes, always applied), with facets over all matches and highlighted snippets for the page.
 * Free-text words (separated by spaces) must all occur, each as an exact substring (bigram phrase);
 * smartcn words add to the score.
 */
@Service
@PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER')")
public class CadreSearch {

    static final int PAGE_SIZE = 20;
    static final List<String> FACETS = List.of("unit", "ageBand", "education", "postLevel", "grade");
    private static final int[] AGE_BANDS = {35, 40, 45, 50, 55};
    private static final int MAX_UNIT_SLOTS = 1 << 20;
    private static final Set<String> LOW_GRADES = Set.of("BASIC", "INCOMPETENT");

    private final SearchIndex index;
    private final Jurisdictions jurisdictions;
    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final QueryBuilder builder = new QueryBuilder(SearchFields.analyzer());

    CadreSearch(SearchIndex index, Jurisdictions jurisdictions, Dictionaries dictionaries, MessageSource messages,
            JdbcTemplate jdbc, Clock clock) {
        this.index = index;
        this.jurisdictions = jurisdictions;
        this.dictionaries = dictionaries;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Searches within the current user's jurisdiction. */
    public SearchResult search(SearchForm f, Locale locale) {
        return search(f, jurisdictions.current(), locale);
    }

    /**
     * At most one search per core matches and counts at a time, the others wait their turn in order:
     * the matching is pure CPU, and eight searches sliced over two cores all finish late (each takes
     * four times its own time), while in turn most finish early — measured at 8 clients on 2 cores,
     * p95 168 → 110–121 ms (docs/benchmarks.md).
     */
    private static final java.util.concurrent.Semaphore MATCHING =
            new java.util.concurrent.Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public SearchResult search(SearchForm f, Jurisdiction j, Locale locale) {
        long started = System.nanoTime();
        Query query = query(f, j);
        try {
            IndexSearcher s = index.acquire();
            try {
                int from = f.getPage() * PAGE_SIZE;
                // one pass over the matches: the page's top documents and every facet count together
                @SuppressWarnings("deprecation")
                TopFieldCollector topCollector = TopFieldCollector.create(sort(f), from + PAGE_SIZE, Integer.MAX_VALUE);
                Facets facets = new Facets(LocalDate.now(clock));
                MATCHING.acquireUninterruptibly();
                try {
                    s.search(query, MultiCollector.wrap(topCollector, facets));
                } finally {
                    MATCHING.release();
                }
                facets.tally();
                TopDocs top = topCollector.topDocs();
                List<Document> docs = new ArrayList<>();
                List<Float> scores = new ArrayList<>();
                for (int i = from; i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    docs.add(s.storedFields().document(sd.doc));
                    Object first = sd instanceof FieldDoc fd && fd.fields.length > 0 ? fd.fields[0] : null;
                    scores.add(first instanceof Float score ? score : 0f);
                }
                Map<Long, List<SearchResult.Snippet>> snippets = snippets(docs, f.getQ(), locale);
                List<SearchResult.Hit> hits = new ArrayList<>();
                LocalDate today = LocalDate.now(clock);
                for (int i = 0; i < docs.size(); i++) {
                    Document d = docs.get(i);
                    long id = Long.parseLong(d.get(ID));
                    hits.add(new SearchResult.Hit(id, d.get(NAME), d.get(GENDER), age(d, today), d.get(UNIT_NAME),
                            d.get(POST_TITLE), label(Dictionaries.POST_LEVEL, d.get(POST_LEVEL), locale),
                            label(Dictionaries.EDUCATION_LEVEL, d.get(EDU_TOP), locale), scores.get(i),
                            snippets.getOrDefault(id, List.of())));
                }
                return new SearchResult(facets.total, f.getPage(), PAGE_SIZE, hits, facets.labelled(locale),
                        (System.nanoTime() - started) / 1_000_000);
            } finally {
                index.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Feeds up to {@code max} matches, in the search's order, as cadre-list rows (for the Excel export); answers the total. */
    public int forEachRow(SearchForm f, int max, Consumer<CadreRow> sink) {
        Query query = query(f, jurisdictions.current());
        LocalDate today = LocalDate.now(clock);
        try {
            IndexSearcher s = index.acquire();
            try {
                TopDocs top = s.search(query, Math.max(1, max), sort(f), false);
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = s.storedFields().document(sd.doc);
                    LocalDate birth = date(d, BIRTH);
                    sink.accept(new CadreRow(Long.parseLong(d.get(ID)), d.get(NAME), Gender.valueOf(d.get(GENDER)),
                            d.get(ETHNICITY), birth, age(d, today), CadreType.valueOf(d.get(CADRE_TYPE)),
                            d.getField(UNIT).numericValue().longValue(), d.get(UNIT_NAME), d.get(EDU_TOP),
                            d.get(POST_TITLE), d.get(POST_LEVEL), date(d, WORK_START)));
                }
                return (int) Math.min(Integer.MAX_VALUE, top.totalHits.value);
            } finally {
                index.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of every match, ascending (the benchmark's correctness check compares them with SQL). */
    long[] matchingIds(SearchForm f, Jurisdiction j) {
        Query query = query(f, j);
        try {
            IndexSearcher s = index.acquire();
            try {
                long[][] buf = {new long[1024]};
                int[] n = {0};
                s.search(query, new SimpleCollector() {
                    NumericDocValues ids;

                    @Override
                    protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                        ids = DocValues.getNumeric(ctx.reader(), ID);
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (ids.advanceExact(doc)) {
                            if (n[0] == buf[0].length) {
                                buf[0] = java.util.Arrays.copyOf(buf[0], buf[0].length * 2);
                            }
                            buf[0][n[0]++] = ids.longValue();
                        }
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                });
                long[] out = java.util.Arrays.copyOf(buf[0], n[0]);
                java.util.Arrays.sort(out);
                return out;
            } finally {
                index.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Lucene query of a search: free text, every condition and the jurisdiction, all required. */
    Query query(SearchForm f, Jurisdiction j) {
        Problems p = new Problems();
        if (f.getAgeMin() != null && f.getAgeMax() != null && f.getAgeMin() > f.getAgeMax()) {
            p.add("ageMax", "search.invalid.ageRange");
        }
        if (f.getMinYearsInPost() != null && (f.getMinYearsInPost() < 0 || f.getMinYearsInPost() > 50)) {
            p.add("minYearsInPost", "search.invalid.years");
        }
        if (f.getQ() != null && f.getQ().length() > 200) {
            p.add("q", "search.invalid.tooLong");
        }
        p.throwIfAny();
        if (j.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        LocalDate today = LocalDate.now(clock);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanQuery.Builder within = new BooleanQuery.Builder();
        for (String path : j.paths()) {
            within.add(new TermQuery(new Term(UNIT_PREFIX, path)), Occur.SHOULD);
        }
        b.add(within.build(), Occur.FILTER);
        b.add(new TermQuery(new Term(STATUS, "ACTIVE")), Occur.FILTER);
        boolean anyText = false;
        String q = SearchForm.blankToNull(f.getQ());
        if (q != null) {
            for (String word : q.split("\\s+")) {
                Query exact = builder.createPhraseQuery(TEXT_BIGRAMS, word);
                if (exact == null) {
                    continue; // nothing searchable in it (punctuation only)
                }
                // the exact substring decides (a filter: not scored, cached as a bitset once it is asked
                // again); the smartcn words of the cadre's own file rank (optional)
                b.add(exact, Occur.FILTER);
                Query words = builder.createPhraseQuery(TEXT_WORDS, word);
                if (words != null) {
                    b.add(words, Occur.SHOULD);
                }
                anyText = true;
            }
        }
        if (!anyText) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (f.getUnitId() != null) {
            String path = jdbc.query("select path from org_unit where id = ?", rs -> rs.next() ? rs.getString(1) : null,
                    f.getUnitId());
            b.add(path == null ? new MatchNoDocsQuery() : new TermQuery(new Term(UNIT_PREFIX, path)), Occur.FILTER);
        }
        keyword(b, DOMAIN, f.getDomain());
        keyword(b, UNIT_CLASS, f.getUnitClass());
        keyword(b, GENDER, f.getGender());
        keyword(b, ETHNICITY, f.getEthnicity());
        keyword(b, POST_LEVEL, f.getPostLevel());
        keyword(b, TEAM_ROLE, f.getTeamRole());
        keyword(b, TAG, f.getTag());
        if (f.getAgeMin() != null || f.getAgeMax() != null) {
            // age ≥ min ⇔ born on or before today − min years; age ≤ max ⇔ born after today − (max+1) years
            long latest = f.getAgeMin() == null ? Long.MAX_VALUE : today.minusYears(f.getAgeMin()).toEpochDay();
            long earliest = f.getAgeMax() == null ? Long.MIN_VALUE
                    : today.minusYears(f.getAgeMax() + 1L).plusDays(1).toEpochDay();
            b.add(LongPoint.newRangeQuery(BIRTH, earliest, latest), Occur.FILTER);
        }
        String education = SearchForm.blankToNull(f.getEducation());
        if (education != null) {
            int rank = dictionaries.find(Dictionaries.EDUCATION_LEVEL, education).map(e -> e.sortOrder()).orElse(-1);
            String field = "FULL_TIME".equals(f.getStudyMode()) ? EDU_RANK_FULL_TIME
                    : "IN_SERVICE".equals(f.getStudyMode()) ? EDU_RANK_IN_SERVICE : EDU_RANK;
            b.add(IntPoint.newRangeQuery(field, 0, rank), Occur.FILTER);
        }
        String major = SearchForm.blankToNull(f.getMajor());
        if (major != null) {
            Query m = builder.createPhraseQuery(MAJOR, major);
            b.add(m == null ? new MatchNoDocsQuery() : m, Occur.FILTER);
        }
        if (f.getMinYearsInPost() != null) {
            b.add(LongPoint.newRangeQuery(POST_SINCE, Long.MIN_VALUE,
                    today.minusYears(f.getMinYearsInPost()).toEpochDay()), Occur.FILTER);
        }
        int year = today.getYear();
        if (f.isExcellentInThreeYears()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (int y = year - 3; y < year; y++) {
                any.add(new TermQuery(new Term(GRADE, "EXCELLENT@" + y)), Occur.SHOULD);
            }
            b.add(any.build(), Occur.FILTER);
        }
        if (f.isNoGradeBelowCompetent()) {
            for (int y = year - 3; y < year; y++) {
                for (String low : LOW_GRADES) {
                    b.add(new TermQuery(new Term(GRADE, low + "@" + y)), Occur.MUST_NOT);
                }
            }
        }
        if (f.isReserve()) {
            b.add(new TermQuery(new Term(RESERVE, "true")), Occur.FILTER);
        }
        if ("IN".equals(f.getInfluence())) {
            b.add(LongPoint.newRangeQuery(INFLUENCE_END, today.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        } else if ("OUT".equals(f.getInfluence())) {
            b.add(LongPoint.newRangeQuery(INFLUENCE_END, Long.MIN_VALUE, today.toEpochDay() - 1), Occur.FILTER);
        }
        return b.build();
    }

    private static void keyword(BooleanQuery.Builder b, String field, String value) {
        String v = SearchForm.blankToNull(value);
        if (v != null) {
            b.add(new TermQuery(new Term(field, v)), Occur.FILTER);
        }
    }

    private static Sort sort(SearchForm f) {
        return switch (f.getSort()) {
            case AGE_ASC -> new Sort(new SortField(BIRTH, SortField.Type.LONG, true), new SortField(ID, SortField.Type.LONG));
            case AGE_DESC -> new Sort(new SortField(BIRTH, SortField.Type.LONG), new SortField(ID, SortField.Type.LONG));
            case YEARS_IN_POST_DESC -> new Sort(new SortField(POST_SINCE, SortField.Type.LONG),
                    new SortField(ID, SortField.Type.LONG));
            default -> new Sort(SortField.FIELD_SCORE, new SortField(ID, SortField.Type.LONG));
        };
    }

    private static LocalDate date(Document d, String field) {
        var f = d.getField(field);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }

    private static int age(Document d, LocalDate today) {
        LocalDate birth = date(d, BIRTH);
        return birth == null ? 0 : Period.between(birth, today).getYears();
    }

    private String label(String dict, String code, Locale locale) {
        return code == null ? "" : dictionaries.find(dict, code).map(e -> e.label(locale)).orElse(code);
    }

    /** Up to two records per shown cadre that contain the first word, newest first, the words marked. */
    private Map<Long, List<SearchResult.Snippet>> snippets(List<Document> docs, String q, Locale locale) {
        String text = SearchForm.blankToNull(q);
        if (text == null || docs.isEmpty()) {
            return Map.of();
        }
        List<String> words = List.of(text.split("\\s+"));
        String ids = docs.stream().map(d -> d.get(ID)).collect(Collectors.joining(","));
        String like = "%" + words.get(0).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Map<Long, List<SearchResult.Snippet>> found = new HashMap<>();
        jdbc.query("select cadre_id, t, k, d, sub from ("
                + "select cadre_id, description as t, 'RESUME' as k, start_date as d, '' as sub from cadre_resume_entry"
                + " union all select cadre_id, text as t, 'MONTHLY' as k, report_month as d, '' as sub from performance_record"
                + " union all select cadre_id, text as t, 'NOTE' as k, noted_on as d, kind as sub from talk_note) x"
                + " where cadre_id in (" + ids + ") and t like ? escape '\\' order by cadre_id, d desc",
                (java.sql.ResultSet rs) -> {
                    List<SearchResult.Snippet> mine = found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    if (mine.size() < 2) {
                        mine.add(new SearchResult.Snippet(source(rs.getString(3), rs.getDate(4).toLocalDate(),
                                rs.getString(5), locale), Snippets.mark(rs.getString(2), words)));
                    }
                }, like);
        return found;
    }

    /** Which record a snippet comes from: its kind and its date, e.g. 2024年3月 月度纪实, 谈话记录 2023-05-01. */
    private String source(String kind, LocalDate date, String noteKind, Locale locale) {
        return switch (kind) {
            case "MONTHLY" -> messages.getMessage("search.snippet.monthly",
                    new Object[] {Integer.toString(date.getYear()), date.getMonthValue()}, locale);
            case "NOTE" -> messages.getMessage("search.snippet.note." + noteKind, new Object[] {date.toString()},
                    messages.getMessage("search.snippet.note", new Object[] {date.toString()}, locale), locale);
            default -> messages.getMessage("search.snippet.resume",
                    new Object[] {date.toString().substring(0, 7)}, locale);
        };
    }

    /** Counts of the facet values over every match, read from doc values. */
    private final class Facets extends SimpleCollector {
        final LocalDate today;
        final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        long total;
        NumericDocValues unit;
        NumericDocValues birth;
        SortedDocValues edu;
        SortedDocValues level;
        SortedDocValues grade;

        /** A band's lower age as the latest birth day still in it (age ≥ A ⇔ born on or before today − A years, as the age filter). */
        final long[] bandBirthLimits = new long[AGE_BANDS.length];
        final long[] bands = new long[AGE_BANDS.length + 1];
        /** Per segment: counts by ordinal, folded into {@link #counts} by value when the segment ends. */
        int[] eduOrds;
        int[] levelOrds;
        int[] gradeOrds;
        /** Matches per unit id (ids are dense from 1: an array, no boxing per match); larger ids in {@link #units}. */
        int[] unitCounts = new int[1024];
        final Map<Long, long[]> units = new HashMap<>();

        Facets(LocalDate today) {
            this.today = today;
            FACETS.forEach(k -> counts.put(k, new HashMap<>()));
            for (int b = 0; b < AGE_BANDS.length; b++) {
                bandBirthLimits[b] = today.minusYears(AGE_BANDS[b]).toEpochDay();
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
            foldSegment();
            unit = DocValues.getNumeric(ctx.reader(), UNIT);
            birth = DocValues.getNumeric(ctx.reader(), BIRTH);
            edu = DocValues.getSorted(ctx.reader(), EDU_TOP);
            level = DocValues.getSorted(ctx.reader(), POST_LEVEL);
            grade = DocValues.getSorted(ctx.reader(), GRADE_LATEST);
            eduOrds = new int[edu.getValueCount()];
            levelOrds = new int[level.getValueCount()];
            gradeOrds = new int[grade.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            if (unit.advanceExact(doc)) {
                long id = unit.longValue();
                if (id >= 0 && id < MAX_UNIT_SLOTS) {
                    if (id >= unitCounts.length) {
                        unitCounts = java.util.Arrays.copyOf(unitCounts, (int) Math.min(MAX_UNIT_SLOTS,
                                Math.max(id + 1, unitCounts.length * 2L)));
                    }
                    unitCounts[(int) id]++;
                } else {
                    units.computeIfAbsent(id, k -> new long[1])[0]++;
                }
            }
            if (birth.advanceExact(doc)) {
                long born = birth.longValue();
                int band = 0;
                while (band < AGE_BANDS.length && born <= bandBirthLimits[band]) {
                    band++;
                }
                bands[band]++;
            }
            if (edu.advanceExact(doc)) {
                eduOrds[edu.ordValue()]++;
            }
            if (level.advanceExact(doc)) {
                levelOrds[level.ordValue()]++;
            }
            if (grade.advanceExact(doc)) {
                gradeOrds[grade.ordValue()]++;
            }
        }

        private void foldSegment() throws IOException {
            if (eduOrds != null) {
                fold("education", edu, eduOrds);
                fold("postLevel", level, levelOrds);
                fold("grade", grade, gradeOrds);
                eduOrds = null;
            }
        }

        private void fold(String facet, SortedDocValues dv, int[] ords) throws IOException {
            for (int o = 0; o < ords.length; o++) {
                if (ords[o] > 0) {
                    counts.get(facet).merge(dv.lookupOrd(o).utf8ToString(), (long) ords[o], Long::sum);
                }
            }
        }

        /** Called once the search is over: the last segment's and the numeric facets' counts by value. */
        Facets tally() throws IOException {
            foldSegment();
            units.forEach((id, n) -> counts.get("unit").put(Long.toString(id), n[0]));
            for (int id = 0; id < unitCounts.length; id++) {
                if (unitCounts[id] > 0) {
                    counts.get("unit").put(Integer.toString(id), (long) unitCounts[id]);
                }
            }
            for (int b = 0; b < bands.length; b++) {
                if (bands[b] > 0) {
                    counts.get("ageBand").put(Integer.toString(b), bands[b]);
                }
            }
            return this;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        Map<String, List<SearchResult.FacetValue>> labelled(Locale locale) {
            Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
            Map<String, String> unitNames = new HashMap<>();
            Map<String, Long> units = counts.get("unit");
            if (!units.isEmpty()) {
                List<String> top = units.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(12).map(Map.Entry::getKey).toList();
                jdbc.query("select id, name from org_unit where id in (" + String.join(",", top) + ")",
                        (java.sql.ResultSet rs) -> {
                            unitNames.put(Long.toString(rs.getLong(1)), rs.getString(2));
                        });
            }
            for (var e : counts.entrySet()) {
                String facet = e.getKey();
                List<SearchResult.FacetValue> values = new ArrayList<>();
                for (var v : e.getValue().entrySet()) {
                    String label = switch (facet) {
                        case "unit" -> unitNames.get(v.getKey());
                        case "ageBand" -> messages.getMessage("search.ageBand." + v.getKey(), null, locale);
                        case "education" -> label(Dictionaries.EDUCATION_LEVEL, v.getKey(), locale);
                        case "postLevel" -> label(Dictionaries.POST_LEVEL, v.getKey(), locale);
                        default -> messages.getMessage("search.grade." + v.getKey(), null, locale);
                    };
                    if (label != null) {
                        values.add(new SearchResult.FacetValue(v.getKey(), label, v.getValue()));
                    }
                }
                Comparator<SearchResult.FacetValue> order = facet.equals("ageBand")
                        ? Comparator.comparing(SearchResult.FacetValue::code)
                        : Comparator.comparingLong(SearchResult.FacetValue::count).reversed()
                                .thenComparing(SearchResult.FacetValue::code);
                values.sort(order);
                out.put(facet, values);
            }
            return out;
        }
    }

    static Analyzer analyzerForTests() {
        return SearchFields.analyzer();
    }
}
