package cn.zhishi.report;

import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evidence attachments on the report page: upload (author, editable report), download (whoever sees it), remove (draft). */
@Controller
class ReportAttachmentController {

    private final ReportAttachments attachments;

    ReportAttachmentController(ReportAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/reports/{id}/attachments")
    @PreAuthorize("hasRole('CADRE')")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Integer item, RedirectAttributes flash) {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "attachment.required");
            }
            if (file.getSize() > EvidenceFiles.MAX_BYTES) {
                throw InvalidInputException.of("file", "attachment.tooLarge", EvidenceFiles.MAX_BYTES / (1024 * 1024));
            }
            attachments.add(id, item, file.getOriginalFilename(), file.getBytes());
            flash.addFlashAttribute("message", "attachment.added");
        } catch (InvalidInputException e) {
            FieldProblem p = e.problems().get(0);
            flash.addFlashAttribute("error", p.code());
            flash.addFlashAttribute("errorArgs", p.args());
        } catch (DomainRuleException e) {
            flash.addFlashAttribute("error", e.code());
            flash.addFlashAttribute("errorArgs", e.args());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/reports/" + id + "#attachments";
    }

    @GetMapping("/reports/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        ReportAttachments.Download d = attachments.download(id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.attachment().originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(d.content());
    }

    @PostMapping("/reports/{id}/attachments/{attachmentId}/delete")
    @PreAuthorize("hasRole('CADRE')")
    String remove(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes flash) {
        try {
            attachments.remove(id, attachmentId);
            flash.addFlashAttribute("message", "attachment.removed");
        } catch (DomainRuleException e) {
            flash.addFlashAttribute("error", e.code());
            flash.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/reports/" + id + "#attachments";
    }
}
