package cn.zhishi.excel;

import cn.zhishi.cadre.CadreFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** 导出Excel on the cadre list: the list page links here with its own query string. */
@Controller
@PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','UNIT_REVIEWER')")
class CadreExportController {

    private final CadreListExport export;
    private final Clock clock;

    CadreExportController(CadreListExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/cadres/export.xlsx")
    void export(@ModelAttribute CadreFilter filter, HttpServletResponse response) throws IOException {
        export.download(filter, response, LocalDate.now(clock));
    }
}
