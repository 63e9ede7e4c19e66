package cn.zhishi.search;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=…&conditions…}: the search as JSON, within the caller's jurisdiction. */
@RestController
@PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER')")
class SearchApiController {

    private final CadreSearch search;

    SearchApiController(CadreSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchResult search(@ModelAttribute SearchForm form, Locale locale) {
        return search.search(form, locale);
    }
}
