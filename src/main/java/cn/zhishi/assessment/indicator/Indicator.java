package cn.zhishi.assessment.indicator;

import java.math.BigDecimal;

/** One indicator of a set: its place, name, kind and relative weight (weights are normalised by their sum). */
public record Indicator(int position, String name, IndicatorKind kind, BigDecimal weight) {
}
