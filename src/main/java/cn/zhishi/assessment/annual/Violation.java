package cn.zhishi.assessment.annual;

import java.util.List;

/**
 * A broken constraint: the rule's name, the text it is taken from, a message key with its arguments,
 * and the cadre concerned (null for the team).
 */
public record Violation(String rule, String source, String messageKey, List<Object> args, Long cadreId) {
}
