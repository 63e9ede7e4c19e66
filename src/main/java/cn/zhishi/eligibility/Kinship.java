package cn.zhishi.eligibility;

import cn.zhishi.cadre.AppointmentCheck;
import cn.zhishi.cadre.DateRange;
import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.dictionary.DictionaryEntry;
import cn.zhishi.eligibility.kinship.AvoidanceCheck;
import cn.zhishi.eligibility.kinship.AvoidanceRules;
import cn.zhishi.eligibility.kinship.KinshipGraph;
import cn.zhishi.eligibility.policy.CandidateFacts;
import cn.zhishi.shared.Problems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 任职回避 across the registry: relatives from recorded relations ({@link KinshipGraph}), the three
 * checks ({@link AvoidanceRules}) against the posts they hold, the refusal of a new conflicting tenure
 * (as the cadre module's {@link AppointmentCheck}), and the conflicts that exist today.
 */
@Service
@Transactional(readOnly = true)
public class Kinship implements AppointmentCheck {

    private final EligibilityData data;
    private final Dictionaries dictionaries;
    private final MessageSource messages;

    Kinship(EligibilityData data, Dictionaries dictionaries, MessageSource messages) {
        this.data = data;
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    KinshipGraph graph() {
        Map<String, String> labels = dictionaries.allEntries(Dictionaries.FAMILY_RELATION).stream()
                .collect(Collectors.toMap(DictionaryEntry::code, DictionaryEntry::labelZh, (a, b) -> a));
        return new KinshipGraph(data.edges(), labels);
    }

    /** Refuses a tenure of {@code cadreId} in {@code postId} over {@code range} that a relative's post conflicts with. */
    @Override
    public void check(long cadreId, long postId, DateRange range, String field, Problems problems) {
        for (CandidateFacts.KinshipConflict k : conflictsFor(cadreId, postId, range.start(), range.end())) {
            var locale = LocaleContextHolder.getLocale();
            problems.add(field, "kinship.appointment.refused", k.relativeName(),
                    messages.getMessage("enum.KinshipCategory." + k.category(), null, k.category(), locale),
                    k.relativePost(), messages.getMessage("enum.AvoidanceCheck." + k.check(), null, k.check(), locale));
        }
    }

    /** The relatives whose posts (held at some day of the range) conflict with {@code postId}. */
    List<CandidateFacts.KinshipConflict> conflictsFor(long cadreId, long postId, LocalDate from, LocalDate to) {
        Map<Long, KinshipGraph.Relative> relatives = graph().relativesOf(cadreId);
        if (relatives.isEmpty()) {
            return List.of();
        }
        Optional<AvoidanceRules.PostFacts> target = postFacts(postId);
        if (target.isEmpty()) {
            return List.of();
        }
        List<CandidateFacts.KinshipConflict> out = new ArrayList<>();
        for (EligibilityData.HeldPostFacts h : data.postsHeld(relatives.keySet(), from, to)) {
            AvoidanceRules.conflict(target.get(), h.facts()).ifPresent(check -> {
                KinshipGraph.Relative r = relatives.get(h.cadreId());
                out.add(new CandidateFacts.KinshipConflict(r.cadreId(), r.name(), r.category().name(), check.name(),
                        h.label(), String.join("；", r.chain())));
            });
        }
        return out;
    }

    /**
     * Conflicts with {@code postId} for many candidates at once: starts from the few people who hold
     * posts in the post's unit on the day and searches their relatives (no query per candidate).
     */
    Map<Long, List<CandidateFacts.KinshipConflict>> conflictsWithPost(long postId, LocalDate day) {
        Map<Long, List<CandidateFacts.KinshipConflict>> out = new HashMap<>();
        Optional<AvoidanceRules.PostFacts> target = postFacts(postId);
        if (target.isEmpty()) {
            return out;
        }
        List<Long> holders = data.holdersInUnit(target.get().unitId(), day, day);
        if (holders.isEmpty()) {
            return out;
        }
        KinshipGraph g = graph();
        for (EligibilityData.HeldPostFacts h : data.postsHeld(holders, day, day)) {
            Optional<AvoidanceCheck> check = AvoidanceRules.conflict(target.get(), h.facts());
            if (check.isEmpty()) {
                continue;
            }
            for (KinshipGraph.Relative r : g.relativesOf(h.cadreId()).values()) {
                out.computeIfAbsent(r.cadreId(), k -> new ArrayList<>()).add(new CandidateFacts.KinshipConflict(
                        h.cadreId(), holderName(g, h.cadreId(), r), r.category().name(), check.get().name(), h.label(),
                        String.join("；", r.chain())));
            }
        }
        return out;
    }

    private static String holderName(KinshipGraph g, long holderId, KinshipGraph.Relative seenFromHolder) {
        // the chain was found from the holder's side; its first label starts with the holder's name
        String first = seenFromHolder.chain().isEmpty() ? "" : seenFromHolder.chain().get(0);
        int arrow = first.indexOf('→');
        return arrow > 0 ? first.substring(0, arrow) : String.valueOf(holderId);
    }

    /** A conflict that exists on {@code day} between two cadres of the given ones. */
    public record ExistingConflict(long cadreId, String cadreName, String cadrePost, long relativeId, String relativeName,
            String relativePost, String category, String check, String path) {
    }

    /** Every pair of relatives among {@code cadreIds} whose posts held on {@code day} conflict. */
    List<ExistingConflict> existingConflicts(Collection<Long> cadreIds, LocalDate day) {
        List<ExistingConflict> out = new ArrayList<>();
        if (cadreIds.isEmpty()) {
            return out;
        }
        KinshipGraph g = graph();
        java.util.Set<Long> linked = data.linkedAmong(cadreIds);
        Map<Long, List<EligibilityData.HeldPostFacts>> held = data.postsHeld(linked, day, day).stream()
                .collect(Collectors.groupingBy(EligibilityData.HeldPostFacts::cadreId));
        for (Long a : linked) {
            if (!held.containsKey(a)) {
                continue;
            }
            Map<Long, KinshipGraph.Relative> rel = g.relativesOf(a);
            List<Long> others = rel.keySet().stream().filter(b -> b > a).toList();
            Map<Long, List<EligibilityData.HeldPostFacts>> otherPosts = others.isEmpty() ? Map.of()
                    : data.postsHeld(others, day, day).stream().collect(Collectors.groupingBy(EligibilityData.HeldPostFacts::cadreId));
            for (EligibilityData.HeldPostFacts pa : held.get(a)) {
                for (Map.Entry<Long, List<EligibilityData.HeldPostFacts>> e : otherPosts.entrySet()) {
                    for (EligibilityData.HeldPostFacts pb : e.getValue()) {
                        Optional<AvoidanceCheck> c = AvoidanceRules.conflict(pa.facts(), pb.facts());
                        if (c.isPresent()) {
                            KinshipGraph.Relative r = rel.get(e.getKey());
                            String first = r.chain().get(0);
                            out.add(new ExistingConflict(a, first.substring(0, Math.max(0, first.indexOf('→'))), pa.label(),
                                    r.cadreId(), r.name(), pb.label(), r.category().name(), c.get().name(),
                                    String.join("；", r.chain())));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Existing conflicts among the cadres of a jurisdiction on {@code day}. */
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public List<ExistingConflict> existingConflictsIn(cn.zhishi.org.Jurisdiction j, LocalDate day) {
        return existingConflicts(data.cadresUnder(j.paths()), day);
    }

    private Optional<AvoidanceRules.PostFacts> postFacts(long postId) {
        return data.postFactsOf(postId);
    }
}
