package cn.zhishi.eligibility;

import cn.zhishi.eligibility.policy.RuleResult;
import cn.zhishi.eligibility.policy.Verdict;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The screening page for a vacancy, and its Excel export. */
@Controller
class ScreeningController {

    /** Per group on the page; the export holds everyone. */
    static final int SHOWN_PER_GROUP = 100;

    private final Eligibility eligibility;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final ReasonTexts texts;
    private final MessageSource messages;
    private final Clock clock;
    private final cn.zhishi.dictionary.Dictionaries dictionaries;

    ScreeningController(Eligibility eligibility, OrgDirectory org, Jurisdictions jurisdictions, ReasonTexts texts,
            MessageSource messages, Clock clock, cn.zhishi.dictionary.Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.eligibility = eligibility;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.texts = texts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/eligibility/screening")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    String page(@RequestParam(required = false) Long postId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        var j = jurisdictions.current();
        model.addAttribute("posts", org.postsIn(j));
        model.addAttribute("units", org.tree(j));
        model.addAttribute("postId", postId);
        model.addAttribute("unitId", unitId);
        model.addAttribute("asOf", day);
        model.addAttribute("texts", texts);
        model.addAttribute("shownPerGroup", SHOWN_PER_GROUP);
        model.addAttribute("dict", dictionaries);
        if (postId != null) {
            try {
                model.addAttribute("result", eligibility.screen(postId, unitId, day));
            } catch (InvalidInputException e) {
                model.addAttribute("targetError", e.problems().get(0).code());
            }
        }
        return "eligibility/screening";
    }

    @GetMapping("/eligibility/screening.xlsx")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    void export(@RequestParam long postId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            HttpServletResponse response) throws IOException {
        Eligibility.Screening s = eligibility.screen(postId, unitId, asOf == null ? LocalDate.now(clock) : asOf);
        var locale = LocaleContextHolder.getLocale();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet ok = wb.createSheet(messages.getMessage("screening.sheet.eligible", null, locale));
            header(ok, msg("screening.col.rank"), msg("screening.col.name"), msg("screening.col.unit"),
                    msg("screening.col.level"));
            int r = 1;
            for (Verdict v : s.eligible()) {
                row(ok, r, String.valueOf(r), v.cadreName(), v.unitName(), v.currentLevel());
                r++;
            }
            Sheet no = wb.createSheet(messages.getMessage("screening.sheet.ineligible", null, locale));
            header(no, msg("screening.col.name"), msg("screening.col.unit"), msg("screening.col.rule"),
                    msg("screening.col.reasons"), msg("screening.col.cures"), msg("screening.col.basis"));
            r = 1;
            for (Map.Entry<String, List<Verdict>> e : s.ineligibleByRule().entrySet()) {
                for (Verdict v : e.getValue()) {
                    RuleResult rr = v.failures().stream().filter(x -> x.rule().equals(e.getKey())).findFirst().orElseThrow();
                    row(no, r++, v.cadreName(), v.unitName(), texts.rule(e.getKey()), texts.all(rr),
                            rr.curesOn() == null ? "" : rr.curesOn().toString(), rr.basis());
                }
            }
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            String name = "screening-" + postId + "-" + s.asOf() + ".xlsx";
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8));
            wb.write(response.getOutputStream());
        }
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static void header(Sheet sheet, String... titles) {
        row(sheet, 0, titles);
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
    }
}
