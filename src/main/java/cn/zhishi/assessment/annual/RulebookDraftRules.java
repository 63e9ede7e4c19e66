package cn.zhishi.assessment.annual;

import cn.zhishi.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a new rulebook version must satisfy, and what changed between two versions (pure). A draft is
 * refused with every problem at once:
 * <ul>
 * <li>name (≤ 100), the document it comes from ({@code basis}, ≤ 400) and the effective date are required;
 * the date may not precede the newest version's (versions take effect in order, so the newest in effect
 * is always the one new assessments pin);</li>
 * <li>weights 0–1000 with at most two decimals, not all zero (they are relative: {@link CompositeScore});</li>
 * <li>score thresholds 0–100, at most two decimals, strictly falling: 优秀 &gt; 称职 &gt; 基本称职 for cadres,
 * 优秀 &gt; 良好 &gt; 一般 for teams ({@link Rulebook#proposeCadre}: "score at least");</li>
 * <li>优秀 quota per team grade a whole 0–100 %, never larger for a worse team grade ([003]: 30 → 10 → 0);</li>
 * <li>a rounding convention ({@link QuotaRounding});</li>
 * <li>each rule known ({@link #RULES} or held by the newest version); an applied rule needs its source text
 * (≤ 2000): every violation cites it;</li>
 * <li>something other than the effective date differs from the version it is based on.</li>
 * </ul>
 */
final class RulebookDraftRules {

    /**
     * The grading rules every rulebook lists, in the order the page shows them. A version may hold further
     * rules (rows of annual_rule_source that other steps of the procedure read, e.g. who holds which talk):
     * they are kept, shown after these, and may be switched or re-worded like these.
     */
    public static final List<String> RULES = Stream.concat(AnnualRules.ALL.stream().map(AnnualRule::name),
            Stream.of(FaultTolerance.NAME)).toList();

    /** {@link #RULES}, then every other rule the drafts name, in their order. */
    public static List<String> rulesOf(RulebookDraft... drafts) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(RULES);
        for (RulebookDraft d : drafts) {
            if (d != null && d.rules() != null) {
                out.addAll(d.rules().keySet());
            }
        }
        return List.copyOf(out);
    }

    static final int MAX_NAME = 100;
    static final int MAX_BASIS = 400;
    static final int MAX_SOURCE = 2000;
    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RulebookDraftRules() {
    }

    /** The draft a version would be if re-entered unchanged: the form's starting point and one side of a diff. */
    public static RulebookDraft draftOf(RulebookVersion v) {
        Rulebook b = v.book();
        return new RulebookDraft(b.version(), b.name(), new EnumMap<>(b.weights()), b.cadreExcellentMin(),
                b.cadreCompetentMin(), b.cadreBasicMin(), b.teamExcellentMin(), b.teamGoodMin(), b.teamAverageMin(),
                new EnumMap<>(b.quotaPercent()), b.rounding(), new LinkedHashMap<>(v.rules()), b.basis(), v.effectiveFrom());
    }

    /** Every problem with {@code d} as the version after {@code latest}; empty when it may be saved. */
    public static List<FieldProblem> check(RulebookDraft d, RulebookVersion latest) {
        List<FieldProblem> p = new ArrayList<>();
        text(p, d.name(), "name", MAX_NAME);
        text(p, d.basis(), "basis", MAX_BASIS);
        if (d.basedOnVersion() == null) {
            p.add(new FieldProblem("basedOnVersion", "validation.required"));
        }
        if (d.effectiveFrom() == null) {
            p.add(new FieldProblem("effectiveFrom", "validation.required"));
        } else if (d.effectiveFrom().isBefore(latest.effectiveFrom())) {
            p.add(new FieldProblem("effectiveFrom", "rulebook.effectiveFrom.beforeLatest", latest.effectiveFrom().toString(),
                    latest.version()));
        }
        Map<CompositeSource, BigDecimal> w = d.weights() == null ? Map.of() : d.weights();
        BigDecimal sum = BigDecimal.ZERO;
        for (CompositeSource s : CompositeSource.values()) {
            BigDecimal v = w.get(s);
            String f = "weights[" + s + "]";
            if (v == null) {
                p.add(new FieldProblem(f, "validation.required"));
            } else if (v.signum() < 0 || v.compareTo(MAX_WEIGHT) > 0 || decimals(v) > 2) {
                p.add(new FieldProblem(f, "rulebook.weight.range", MAX_WEIGHT.intValue()));
            } else {
                sum = sum.add(v);
            }
        }
        if (w.size() == CompositeSource.values().length && sum.signum() == 0 && p.stream().noneMatch(x -> x.field().startsWith("weights"))) {
            p.add(new FieldProblem("weights[" + CompositeSource.values()[0] + "]", "rulebook.weights.allZero"));
        }
        falling(p, java.util.Arrays.asList(d.cadreExcellentMin(), d.cadreCompetentMin(), d.cadreBasicMin()),
                List.of("cadreExcellentMin", "cadreCompetentMin", "cadreBasicMin"), "rulebook.thresholds.cadreOrder");
        falling(p, java.util.Arrays.asList(d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin()),
                List.of("teamExcellentMin", "teamGoodMin", "teamAverageMin"), "rulebook.thresholds.teamOrder");
        Map<TeamGrade, Integer> q = d.quotaPercent() == null ? Map.of() : d.quotaPercent();
        Integer better = null;
        for (TeamGrade g : TeamGrade.values()) {
            Integer v = q.get(g);
            String f = "quotaPercent[" + g + "]";
            if (v == null) {
                p.add(new FieldProblem(f, "validation.required"));
            } else if (v < 0 || v > 100) {
                p.add(new FieldProblem(f, "rulebook.quota.range"));
            } else if (better != null && v > better) {
                p.add(new FieldProblem(f, "rulebook.quota.order"));
            }
            if (v != null) {
                better = better == null ? v : Math.min(better, v);
            }
        }
        if (d.rounding() == null) {
            p.add(new FieldProblem("rounding", "validation.required"));
        }
        Map<String, RulebookDraft.RuleText> rules = d.rules() == null ? Map.of() : d.rules();
        for (Map.Entry<String, RulebookDraft.RuleText> e : rules.entrySet()) {
            if (!RULES.contains(e.getKey()) && !latest.rules().containsKey(e.getKey())) {
                p.add(new FieldProblem("rules", "rulebook.rule.unknown", e.getKey()));
                continue;
            }
            RulebookDraft.RuleText r = e.getValue();
            String f = "rules[" + e.getKey() + "].source";
            String source = r == null || r.source() == null ? "" : r.source().trim();
            if (r != null && r.enabled() && source.isEmpty()) {
                p.add(new FieldProblem(f, "rulebook.rule.sourceRequired"));
            } else if (source.length() > MAX_SOURCE) {
                p.add(new FieldProblem(f, "validation.tooLong", MAX_SOURCE));
            }
        }
        if (p.isEmpty() && changes(draftOf(latest), d).stream().allMatch(c -> c.field().equals("effectiveFrom"))) {
            p.add(new FieldProblem("", "rulebook.unchanged", latest.version()));
        }
        return p;
    }

    /**
     * What differs from {@code from} to {@code to}, parameter by parameter, in the page's order. Text is
     * compared trimmed; numbers by value (30 = 30.00); a rule left out counts as not applied, without text.
     */
    public static List<RulebookChange> changes(RulebookDraft from, RulebookDraft to) {
        List<RulebookChange> out = new ArrayList<>();
        textChange(out, "name", "rulebook.field.name", trim(from.name()), trim(to.name()));
        for (CompositeSource s : CompositeSource.values()) {
            number(out, "weights[" + s + "]", "rulebook.field.weight", "enum.CompositeSource." + s, RulebookChange.Kind.NUMBER,
                    get(from.weights(), s), get(to.weights(), s));
        }
        number(out, "cadreExcellentMin", "rulebook.field.cadreMin", "enum.Grade.EXCELLENT", RulebookChange.Kind.NUMBER,
                from.cadreExcellentMin(), to.cadreExcellentMin());
        number(out, "cadreCompetentMin", "rulebook.field.cadreMin", "enum.Grade.COMPETENT", RulebookChange.Kind.NUMBER,
                from.cadreCompetentMin(), to.cadreCompetentMin());
        number(out, "cadreBasicMin", "rulebook.field.cadreMin", "enum.Grade.BASIC", RulebookChange.Kind.NUMBER,
                from.cadreBasicMin(), to.cadreBasicMin());
        number(out, "teamExcellentMin", "rulebook.field.teamMin", "enum.TeamGrade.EXCELLENT", RulebookChange.Kind.NUMBER,
                from.teamExcellentMin(), to.teamExcellentMin());
        number(out, "teamGoodMin", "rulebook.field.teamMin", "enum.TeamGrade.GOOD", RulebookChange.Kind.NUMBER,
                from.teamGoodMin(), to.teamGoodMin());
        number(out, "teamAverageMin", "rulebook.field.teamMin", "enum.TeamGrade.AVERAGE", RulebookChange.Kind.NUMBER,
                from.teamAverageMin(), to.teamAverageMin());
        for (TeamGrade g : TeamGrade.values()) {
            Integer a = get(from.quotaPercent(), g);
            Integer b = get(to.quotaPercent(), g);
            number(out, "quotaPercent[" + g + "]", "rulebook.field.quota", "enum.TeamGrade." + g, RulebookChange.Kind.PERCENT,
                    a == null ? null : BigDecimal.valueOf(a), b == null ? null : BigDecimal.valueOf(b));
        }
        if (from.rounding() != to.rounding()) {
            out.add(new RulebookChange("rounding", "rulebook.field.rounding", null, RulebookChange.Kind.ROUNDING,
                    from.rounding() == null ? null : from.rounding().name(), to.rounding() == null ? null : to.rounding().name()));
        }
        for (String rule : rulesOf(from, to)) {
            RulebookDraft.RuleText a = get(from.rules(), rule);
            RulebookDraft.RuleText b = get(to.rules(), rule);
            boolean ea = a != null && a.enabled();
            boolean eb = b != null && b.enabled();
            if (ea != eb) {
                out.add(new RulebookChange("rules[" + rule + "].enabled", "rulebook.field.ruleEnabled", "rulebook.rule." + rule,
                        RulebookChange.Kind.ENABLED, String.valueOf(ea), String.valueOf(eb)));
            }
            textChange(out, "rules[" + rule + "].source", "rulebook.field.ruleSource", "rulebook.rule." + rule,
                    a == null ? "" : trim(a.source()), b == null ? "" : trim(b.source()));
        }
        textChange(out, "basis", "rulebook.field.basis", trim(from.basis()), trim(to.basis()));
        if (!Objects.equals(from.effectiveFrom(), to.effectiveFrom())) {
            out.add(new RulebookChange("effectiveFrom", "rulebook.field.effectiveFrom", null, RulebookChange.Kind.TEXT,
                    Objects.toString(from.effectiveFrom(), null), Objects.toString(to.effectiveFrom(), null)));
        }
        return out;
    }

    private static void text(List<FieldProblem> p, String value, String field, int max) {
        if (value == null || value.isBlank()) {
            p.add(new FieldProblem(field, "validation.required"));
        } else if (value.trim().length() > max) {
            p.add(new FieldProblem(field, "validation.tooLong", max));
        }
    }

    /** Each value required, 0–100 with at most two decimals, and each lower than the one before it. */
    private static void falling(List<FieldProblem> p, List<BigDecimal> values, List<String> fields, String order) {
        BigDecimal previous = null;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                p.add(new FieldProblem(fields.get(i), "validation.required"));
                continue;
            }
            if (v.signum() < 0 || v.compareTo(HUNDRED) > 0 || decimals(v) > 2) {
                p.add(new FieldProblem(fields.get(i), "rulebook.threshold.range"));
            } else if (previous != null && v.compareTo(previous) >= 0) {
                p.add(new FieldProblem(fields.get(i), order));
            }
            previous = previous == null ? v : previous.min(v);
        }
    }

    private static int decimals(BigDecimal v) {
        return Math.max(0, v.stripTrailingZeros().scale());
    }

    private static void textChange(List<RulebookChange> out, String field, String label, String a, String b) {
        textChange(out, field, label, null, a, b);
    }

    private static void textChange(List<RulebookChange> out, String field, String label, String arg, String a, String b) {
        if (!Objects.equals(a, b)) {
            out.add(new RulebookChange(field, label, arg, RulebookChange.Kind.TEXT, a, b));
        }
    }

    private static void number(List<RulebookChange> out, String field, String label, String arg, RulebookChange.Kind kind,
            BigDecimal a, BigDecimal b) {
        boolean same = a == null ? b == null : b != null && a.compareTo(b) == 0;
        if (!same) {
            out.add(new RulebookChange(field, label, arg, kind, plain(a), plain(b)));
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static <K, V> V get(Map<K, V> m, K k) {
        return m == null ? null : m.get(k);
    }

    /** For callers that need the effective date the next version may take at the earliest. */
    public static LocalDate earliestEffectiveFrom(RulebookVersion latest, LocalDate today) {
        return today.isBefore(latest.effectiveFrom()) ? latest.effectiveFrom() : today;
    }
}
