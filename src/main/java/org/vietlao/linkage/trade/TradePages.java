package org.vietlao.linkage.trade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The trade dashboard: turnover by year with every source's figure on the chart and in the table, growth against
 * the 10–15 % band, progress to each target, contradictions between sources, top products each way when a BACI
 * year has been imported, and CSV/XLSX downloads of each table. Every number links to its source.
 */
@Controller
class TradePages {

    /** The band most targets name (10–15 % a year), drawn on the growth column. */
    static final double BAND_MIN = 10;

    static final double BAND_MAX = 15;

    private final TradeMonitor monitor;
    private final TradeFigures figures;
    private final TradeSheets sheets;
    private final TopProducts topProducts;
    private final TradeReport report;
    private final GateFigures gates;
    private final MessageSource messages;
    private final ObjectMapper json;

    TradePages(
            TradeMonitor monitor,
            TradeFigures figures,
            TradeSheets sheets,
            TopProducts topProducts,
            TradeReport report,
            GateFigures gates,
            MessageSource messages,
            ObjectMapper json) {
        this.report = report;
        this.gates = gates;
        this.monitor = monitor;
        this.figures = figures;
        this.sheets = sheets;
        this.topProducts = topProducts;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/trade")
    @PreAuthorize("isAuthenticated()")
    String dashboard(Model model, Locale locale) throws JsonProcessingException {
        List<TradeMonitor.YearRow> years = monitor.turnover(Period.MIN_YEAR, Period.MAX_YEAR);
        List<TradeMonitor.YearRow> newestFirst = new ArrayList<>(years);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("years", newestFirst);
        model.addAttribute("targets", monitor.progress());
        model.addAttribute("bandMin", BAND_MIN);
        model.addAttribute("bandMax", BAND_MAX);
        model.addAttribute("chart", json.writeValueAsString(chart(years, locale)));
        model.addAttribute("top", topProducts.latest(locale));
        model.addAttribute("reportYear", report.newestYear().orElse(null));
        model.addAttribute("gates", gates.monthly(Period.MIN_YEAR, Period.MAX_YEAR, locale));
        return "trade/dashboard";
    }

    @GetMapping("/trade/export/turnover")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> turnover(@RequestParam(required = false) String format, Locale locale) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        return sheets.turnover(monitor.turnover(Period.MIN_YEAR, Period.MAX_YEAR), locale)
                .download(as, "trade-turnover");
    }

    @GetMapping("/trade/export/targets")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> targets(@RequestParam(required = false) String format, Locale locale) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        return sheets.targets(monitor.progress(), locale).download(as, "trade-targets");
    }

    @GetMapping("/trade/export/gates")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> gates(@RequestParam(required = false) String format, Locale locale) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        return sheets.gates(gates.monthly(Period.MIN_YEAR, Period.MAX_YEAR, locale), locale)
                .download(as, "trade-gates");
    }

    @GetMapping("/trade/export/figures")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> figures(@RequestParam(required = false) String format, Locale locale) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        return sheets.figures(figures.find(new TradeFigures.Filter(null, null, null, null, null)), locale)
                .download(as, "trade-figures");
    }

    /**
     * The yearly monitoring report (decision 0038) for {@code year} (the newest year with a two-way total when
     * none is given) as PDF or XLSX, in the reader's language, every figure with its source.
     */
    @GetMapping("/trade/report")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> yearlyReport(
            @RequestParam(required = false) String year, @RequestParam(required = false) String format, Locale locale) {
        String as = format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
        if (!as.equals("pdf") && !as.equals("xlsx")) {
            throw BusinessException.onField(ErrorCode.PLT_002, "format", "format");
        }
        int reportYear;
        if (year == null || year.isBlank()) {
            reportYear = report.newestYear().orElse(Period.MAX_YEAR);
        } else {
            try {
                reportYear = Integer.parseInt(year.strip());
            } catch (NumberFormatException ex) {
                throw BusinessException.onField(ErrorCode.TRD_009, "year", "year");
            }
            if (reportYear < Period.MIN_YEAR || reportYear > Period.MAX_YEAR) {
                throw BusinessException.onField(ErrorCode.TRD_009, "year", "year");
            }
        }
        TradeReport.Content content = report.content(reportYear);
        boolean pdf = as.equals("pdf");
        byte[] body = pdf ? report.pdf(content, locale) : report.xlsx(content, locale);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : Spreadsheet.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("trade-report-" + reportYear + "-" + locale.getLanguage() + "." + as)
                                .build()
                                .toString())
                .body(body);
    }

    /** The chart's data: the chosen total per year as bars, every published full-year total as a point. */
    private Map<String, Object> chart(List<TradeMonitor.YearRow> years, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Double> chosen = new ArrayList<>();
        List<Map<String, Object>> points = new ArrayList<>();
        for (TradeMonitor.YearRow row : years) {
            if (row.total() == null) {
                continue;
            }
            String year = String.valueOf(row.year());
            labels.add(year);
            chosen.add(millions(row.total().preferred()));
            for (TradeFigure f : row.total().figures()) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("x", year);
                point.put("y", millions(f));
                point.put("source", f.source().publisher() + " (" + f.side() + ")");
                points.add(point);
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("chosen", chosen);
        chart.put("points", points);
        chart.put("chosenLabel", messages.getMessage("trade.chart.chosen", null, locale));
        chart.put("pointsLabel", messages.getMessage("trade.chart.published", null, locale));
        chart.put("axisLabel", messages.getMessage("trade.chart.axis", null, locale));
        return chart;
    }

    static double millions(TradeFigure figure) {
        return Math.round(figure.value() / 100_000.0) / 10.0;
    }
}
