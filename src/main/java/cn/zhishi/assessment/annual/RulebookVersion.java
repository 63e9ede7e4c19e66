package cn.zhishi.assessment.annual;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A rulebook version as the versions page shows it: the parameters ({@code book}; its {@code sources}
 * hold the applied rules only), every rule with its text ({@code rules}, also those switched off), when
 * it takes effect, who made it, whether new assessments pin it, and the assessments (within the viewer's
 * jurisdiction) that pinned it.
 */
record RulebookVersion(Rulebook book, LocalDate effectiveFrom, String createdBy, LocalDateTime createdAt,
        Map<String, RulebookDraft.RuleText> rules, State state, List<Use> usedBy) {

    /** IN_FORCE: what a new assessment pins today; PENDING: takes effect later; SUPERSEDED: an in-force version is newer. */
    public enum State {
        IN_FORCE, PENDING, SUPERSEDED
    }

    /** An annual assessment that pinned the version; {@code status}: an {@link AssessmentStatus} name. */
    public record Use(long assessmentId, String unitName, int year, String status) {
    }

    public long id() {
        return book.id();
    }

    public int version() {
        return book.version();
    }
}
