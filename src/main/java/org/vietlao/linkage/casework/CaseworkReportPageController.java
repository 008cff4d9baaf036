package org.vietlao.linkage.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ministries' compilation and the local-currency KPI as pages. */
@Controller
class CaseworkReportPageController {

    private final Compilation compilation;
    private final CurrencyKpi kpi;
    private final CaseworkPageController pages;
    private final Clock clock;

    private final CompilationPdf pdf;

    CaseworkReportPageController(
            Compilation compilation, CurrencyKpi kpi, CaseworkPageController pages, Clock clock, CompilationPdf pdf) {
        this.pdf = pdf;
        this.compilation = compilation;
        this.kpi = kpi;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/casework/compilation")
    @PreAuthorize(CaseworkApiController.OVERSIGHT)
    String compilation(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        int y = year == null ? Cases.today(clock).getYear() : CompilationApiController.year(year);
        model.addAttribute("year", y);
        model.addAttribute("report", compilation.of(y));
        model.addAttribute("gates", pages.gateNames(locale));
        model.addAttribute("bodies", pages.bodyNames(locale));
        return "casework/compilation";
    }

    /** The compilation as a PDF in the page's language (the API's answers in Accept-Language's). */
    @GetMapping("/casework/compilation.pdf")
    @PreAuthorize(CaseworkApiController.OVERSIGHT)
    org.springframework.http.ResponseEntity<byte[]> compilationPdf(
            @RequestParam(required = false) Integer year, Locale locale) {
        int y = year == null ? Cases.today(clock).getYear() : CompilationApiController.year(year);
        return CompilationApiController.download(pdf.pdf(y, locale), y);
    }

    @GetMapping("/casework/currency")
    @PreAuthorize(CaseworkApiController.OVERSIGHT)
    String currency(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model,
            Locale locale) {
        LocalDate[] period = CompilationApiController.period(from, to, Cases.today(clock));
        model.addAttribute("kpi", kpi.compute(period[0], period[1]));
        model.addAttribute("gates", pages.gateNames(locale));
        return "casework/currency";
    }
}
