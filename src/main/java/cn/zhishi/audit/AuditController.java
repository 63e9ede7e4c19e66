package cn.zhishi.audit;

import cn.zhishi.shared.NotFoundException;
import java.time.Clock;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditor's pages: search the record newest first, look at one record with its before/after
 * values, verify the chain. Only the auditor (审计管理员) may read them — not the system admin,
 * whose actions are among those recorded (三员分立).
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditRecords records;
    private final AuditChainVerifier verifier;
    private final JsonMapper json;
    private final Clock clock;

    AuditController(AuditRecords records, AuditChainVerifier verifier, JsonMapper json, Clock clock) {
        this.records = records;
        this.verifier = verifier;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    String search(@ModelAttribute("query") AuditQuery query, BindingResult binding,
            @RequestParam(defaultValue = "0") int page, Model model) {
        // a mistyped date is reported next to its field and left out of the search
        AuditQuery effective = binding.hasErrors() ? withoutBadDates(query, binding) : query;
        int number = Math.max(0, page);
        AuditPage found = records.search(effective, number, PAGE_SIZE);
        model.addAttribute("rows", found.rows().stream().map(r -> AuditRow.of(r, clock.getZone(), json)).toList());
        model.addAttribute("page", new PageImpl<>(found.rows(), PageRequest.of(number, PAGE_SIZE), found.total()));
        model.addAttribute("baseUrl", baseUrl(effective));
        model.addAttribute("entityTypes", records.distinctEntityTypes());
        return "audit/list";
    }

    @GetMapping("/records/{seq}")
    String record(@PathVariable long seq, Model model) {
        StoredAuditRecord r = records.bySeq(seq);
        if (r == null) {
            throw new NotFoundException("audit record", seq);
        }
        model.addAttribute("row", AuditRow.of(r, clock.getZone(), json));
        return "audit/record";
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", verifier.verify());
        return "redirect:/audit";
    }

    private static AuditQuery withoutBadDates(AuditQuery q, BindingResult binding) {
        return new AuditQuery(q.actor(), q.entityType(), q.entityId(), q.action(),
                binding.hasFieldErrors("from") ? null : q.from(), binding.hasFieldErrors("to") ? null : q.to());
    }

    /** The list URL with the current filters, for the pager to add the page number to. */
    private static String baseUrl(AuditQuery q) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/audit");
        add(b, "actor", q.actor());
        add(b, "entityType", q.entityType());
        add(b, "entityId", q.entityId());
        add(b, "action", q.action());
        add(b, "from", q.from() == null ? null : q.from().toString());
        add(b, "to", q.to() == null ? null : q.to().toString());
        return b.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value.trim());
        }
    }
}
