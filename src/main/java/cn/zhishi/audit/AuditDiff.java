package cn.zhishi.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's before and after states side by side, key by key, marking the keys whose values
 * differ. The states are JSON objects written by {@link AuditTrail}; anything else (a state
 * written by hand, or text that no longer parses after tampering) is shown whole under "*"
 * rather than hidden.
 */
final class AuditDiff {

    static final String WHOLE = "*";

    /**
     * @param before  the value before, null when the key was absent
     * @param after   the value after, null when the key was absent
     * @param changed whether they differ (a key added or removed counts as changed)
     */
    record Change(String key, String before, String after, boolean changed) {
    }

    private AuditDiff() {
    }

    static List<Change> of(JsonMapper json, String beforeState, String afterState) {
        Map<String, String> before = flatten(json, beforeState);
        Map<String, String> after = flatten(json, afterState);
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().map(k -> new Change(k, before.get(k), after.get(k),
                !Objects.equals(before.get(k), after.get(k)))).toList();
    }

    static long changedCount(List<Change> changes) {
        return changes.stream().filter(Change::changed).count();
    }

    private static Map<String, String> flatten(JsonMapper json, String state) {
        Map<String, String> values = new LinkedHashMap<>();
        if (state == null || state.isBlank()) {
            return values;
        }
        JsonNode node;
        try {
            node = json.readTree(state);
        } catch (JacksonException notJson) {
            values.put(WHOLE, state);
            return values;
        }
        if (node == null || !node.isObject()) {
            values.put(WHOLE, state);
            return values;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            values.put(e.getKey(), text(e.getValue()));
        }
        return values;
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }
}
