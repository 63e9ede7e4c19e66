package cn.zhishi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AuditDiffTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void keys_are_compared_one_by_one_and_differences_marked() {
        List<AuditDiff.Change> changes = AuditDiff.of(json,
                "{\"displayName\":\"张三\",\"enabled\":true,\"roles\":[\"CADRE\"]}",
                "{\"displayName\":\"张三丰\",\"enabled\":true,\"roles\":[\"CADRE\",\"LEADER\"],\"cadreId\":9}");
        assertThat(changes).containsExactly(
                new AuditDiff.Change("cadreId", null, "9", true),
                new AuditDiff.Change("displayName", "张三", "张三丰", true),
                new AuditDiff.Change("enabled", "true", "true", false),
                new AuditDiff.Change("roles", "[\"CADRE\"]", "[\"CADRE\",\"LEADER\"]", true));
        assertThat(AuditDiff.changedCount(changes)).isEqualTo(3);
    }

    @Test
    void a_creation_shows_every_key_as_new() {
        assertThat(AuditDiff.of(json, null, "{\"name\":\"x\"}"))
                .containsExactly(new AuditDiff.Change("name", null, "x", true));
    }

    @Test
    void text_that_is_not_a_json_object_is_shown_whole() {
        assertThat(AuditDiff.of(json, "{broken", "[1,2]")).containsExactly(
                new AuditDiff.Change(AuditDiff.WHOLE, "{broken", "[1,2]", true));
    }

    @Test
    void no_states_no_rows() {
        assertThat(AuditDiff.of(json, null, null)).isEmpty();
    }
}
