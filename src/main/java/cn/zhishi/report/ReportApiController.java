package cn.zhishi.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The monthly report workflow over REST: the same service methods, role and jurisdiction checks as the pages. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final ReportService service;
    private final ReportQueries queries;

    ReportApiController(ReportService service, ReportQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    record ReportJson(long id, int version, long cadreId, String cadreName, long unitId, String unitName, int year,
            int month, ReportStatus status, LocalDate dueDate, boolean late, Grade selfGrade, String selfAppraisal,
            String returnReason, Grade reviewGrade, String reviewComment, LocalDate postedFrom, LocalDate postedUntil,
            boolean correctionRequired, List<ItemJson> items) {

        static ReportJson of(ReportView v) {
            MonthlyReport r = v.report();
            return new ReportJson(r.getId(), r.getVersion(), r.getCadreId(), v.cadreName(), r.getUnitId(), v.unitName(),
                    r.getYear(), r.getMonth(), r.getStatus(), r.getDueDate(), r.isLate(), r.getSelfGrade(),
                    r.getSelfAppraisal(), r.getReturnReason(), r.getReviewGrade(), r.getReviewComment(), r.getPostedFrom(),
                    r.getPostedUntil(), r.isCorrectionRequired(),
                    v.items().stream().map(i -> new ItemJson(i.getKind(), i.getTitle(), i.getDone(), i.getCompletion(),
                            i.getEvidence())).toList());
        }
    }

    record ItemJson(ItemKind kind, String title, String done, Completion completion, String evidence) {
    }

    record DraftJson(Grade selfGrade, String selfAppraisal, List<ItemJson> items) {
    }

    record OpenJson(String month) {
    }

    record ReviewJson(int version, boolean truthful, Grade grade, String comment) {
    }

    record ReturnJson(int version, String reason, boolean emptyOrUnrealistic) {
    }

    record VersionJson(int version) {
    }

    @GetMapping("/mine")
    List<ReportJson> mine() {
        return queries.mine().stream().map(ReportJson::of).toList();
    }

    @GetMapping("/queue")
    List<ReportJson> queue() {
        return queries.queue().stream().map(ReportJson::of).toList();
    }

    @GetMapping("/posted")
    List<ReportJson> postedAndArchived() {
        return queries.postedAndArchived().stream().map(ReportJson::of).toList();
    }

    @GetMapping("/{id}")
    ReportJson one(@PathVariable long id) {
        return ReportJson.of(queries.view(id));
    }

    @PostMapping
    ReportJson open(@RequestBody OpenJson body) {
        YearMonth m;
        try {
            m = YearMonth.parse(body.month());
        } catch (RuntimeException e) {
            throw cn.zhishi.shared.InvalidInputException.of("month", "validation.required");
        }
        return one(service.openMonth(m));
    }

    @PutMapping("/{id}/draft")
    ReportJson draft(@PathVariable long id, @RequestBody DraftJson body) {
        service.saveDraft(id, body.selfGrade(), body.selfAppraisal(), body.items() == null ? List.of()
                : body.items().stream().map(i -> new ItemDraft(i.kind(), i.title(), i.done(), i.completion(), i.evidence()))
                        .toList());
        return one(id);
    }

    @PostMapping("/{id}/carry-over")
    ReportJson carryOver(@PathVariable long id) {
        service.copyUnfinished(id);
        return one(id);
    }

    @PostMapping("/{id}/submit")
    ReportJson submit(@PathVariable long id) {
        service.submit(id);
        return one(id);
    }

    @PostMapping("/{id}/return")
    ReportJson returnIt(@PathVariable long id, @RequestBody ReturnJson body) {
        service.returnForRevision(id, body.version(), body.reason(), body.emptyOrUnrealistic());
        return one(id);
    }

    @PostMapping("/{id}/review")
    ReportJson review(@PathVariable long id, @RequestBody ReviewJson body) {
        service.review(id, body.version(), body.truthful(), body.grade(), body.comment());
        return one(id);
    }

    @PostMapping("/{id}/sign")
    ReportJson sign(@PathVariable long id, @RequestBody VersionJson body) {
        service.sign(id, body.version());
        return one(id);
    }

    @PostMapping("/{id}/post")
    ReportJson post(@PathVariable long id, @RequestBody VersionJson body) {
        service.post(id, body.version());
        return one(id);
    }

    @PostMapping("/{id}/archive")
    ReportJson archive(@PathVariable long id) {
        service.archive(id);
        return one(id);
    }
}
