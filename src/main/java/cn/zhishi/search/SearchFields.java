package cn.zhishi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import java.util.Map;

/**
 * The fields of a cadre's search document and their analysis. Free text goes into two fields:
 * {@link #TEXT_WORDS} (smartcn: 经济管理 → 经济 / 管理, ranks by words) and {@link #TEXT_BIGRAMS}
 * (overlapping character pairs: a phrase query over them is an exact substring match, so 乡村振兴 is
 * found in 桃源乡乡村振兴 even where smartcn segments it differently). Each record is its own value,
 * with a position gap, so a phrase never spans two records.
 */
final class SearchFields {

    static final String ID = "id";
    static final String STATUS = "status";
    static final String UNIT_PREFIX = "unit_prefix";
    static final String UNIT = "unit";
    static final String UNIT_NAME = "unit_name";
    static final String DOMAIN = "domain";
    static final String UNIT_CLASS = "unit_class";
    static final String NAME = "name";
    static final String GENDER = "gender";
    static final String ETHNICITY = "ethnicity";
    static final String CADRE_TYPE = "cadre_type";
    static final String BIRTH = "birth";
    static final String WORK_START = "work_start";
    /** Best education rank (0 = highest), any study mode / full-time / in-service. */
    static final String EDU_RANK = "edu_rank";
    static final String EDU_RANK_FULL_TIME = "edu_rank_ft";
    static final String EDU_RANK_IN_SERVICE = "edu_rank_is";
    static final String EDU_TOP = "edu_top";
    static final String MAJOR = "major";
    static final String POST_TITLE = "post_title";
    static final String POST_LEVEL = "post_level";
    static final String TEAM_ROLE = "team_role";
    static final String POST_SINCE = "post_since";
    /** Tokens GRADE@YEAR, e.g. EXCELLENT@2025. */
    static final String GRADE = "grade";
    static final String GRADE_LATEST = "grade_latest";
    static final String TAG = "tag";
    static final String INFLUENCE_END = "influence_end";
    /** "true" while the cadre is an active member of the reserve pool (stage RESERVE or CANDIDATE). */
    static final String RESERVE = "reserve";
    static final String TEXT_WORDS = "text_sc";
    static final String TEXT_BIGRAMS = "text_bg";

    private SearchFields() {
    }

    static Analyzer analyzer() {
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new HMMChineseTokenizer();
                TokenStream s = new LowerCaseFilter(t);
                s = new StopFilter(s, SmartChineseAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(t, s);
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return 100;
            }
        };
        Analyzer bigrams = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new CJKWidthFilter(t);
                s = new LowerCaseFilter(s);
                s = new CJKBigramFilter(s);
                return new TokenStreamComponents(t, s);
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return 100;
            }
        };
        return new PerFieldAnalyzerWrapper(bigrams, Map.of(TEXT_WORDS, words, TEXT_BIGRAMS, bigrams, MAJOR, bigrams));
    }
}
