package org.vietlao.linkage.trade;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.IdempotentRequests;

/**
 * The import page (decision 0037): the same four formats and the same all-or-nothing rule as
 * {@code POST /api/v1/trade/imports}, for analysts who do not use the API. A refused file shows every bad row with
 * its field and reason in the reader's language; the form carries its CSRF token and an Idempotency-Key made when
 * the form was shown, so a form sent twice imports once and shows the first report.
 */
@Controller
class TradeImportPage {

    static final String PAGE_IMPORT_OPERATION = "trade-import-page";

    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(.+)");

    private final UploadedImports uploads;
    private final ImportProgress progress;
    private final MessageSource messages;

    TradeImportPage(UploadedImports uploads, ImportProgress progress, MessageSource messages) {
        this.uploads = uploads;
        this.progress = progress;
        this.messages = messages;
    }

    /** One line of the refusal report: the file's row (the header is row 1), the column, why. */
    record RowReport(long row, String field, String message) {}

    @GetMapping("/trade/import")
    @PreAuthorize("hasRole('ANALYST')")
    String page(Model model) {
        addModel(model, "platform", null, null);
        return "trade/import";
    }

    @PostMapping("/trade/import")
    @PreAuthorize("hasRole('ANALYST')")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "classification", required = false) String classification,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        addModel(model, format, year, classification);
        try {
            TradeImports.Format chosen = TradeImports.Format.of(format);
            Integer yearNumber = year(year);
            String scheme = classification == null || classification.isBlank() ? null : classification;
            TradeImports.checkParameters(chosen, yearNumber, scheme);
            IdempotentRequests.Answer<TradeImports.Report> answer = uploads.run(
                    PAGE_IMPORT_OPERATION,
                    HttpServletResponse.SC_OK,
                    chosen,
                    file,
                    yearNumber,
                    scheme,
                    idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip(),
                    actor);
            model.addAttribute("done", answer.body());
            model.addAttribute("replayed", answer.replayed());
        } catch (ImportRefused ex) {
            response.setStatus(ex.errorCode().status().value());
            model.addAttribute("rejectedRows", ex.args()[0]);
            model.addAttribute("report", report(ex, locale));
        } catch (BusinessException ex) {
            response.setStatus(ex.errorCode().status().value());
            model.addAttribute(
                    "fileError", messages.getMessage(ex.errorCode().messageKey() + ".detail", ex.args(), locale));
            model.addAttribute(
                    "fileErrorFields",
                    ex.errors().stream()
                            .map(BusinessException.FieldError::field)
                            .toList());
        }
        return "trade/import";
    }

    /** What the page shows while its import runs: the percentage and a line in the reader's language. */
    record ProgressLine(String phase, int percent, long rows, String text) {}

    /**
     * The progress of the import sent with this form's key (polled by the page's script while the file is checked;
     * decision 0099); 404 with an empty body before the import has started.
     */
    @GetMapping(path = "/trade/import/progress", produces = "application/json")
    @PreAuthorize("hasRole('ANALYST')")
    @ResponseBody
    org.springframework.http.ResponseEntity<ProgressLine> progress(
            @RequestParam(name = "key", required = false) String key, Actor actor, Locale locale) {
        return progress.of(actor.username(), key)
                .map(v -> org.springframework.http.ResponseEntity.ok(new ProgressLine(
                        v.phase().name(),
                        v.percent(),
                        v.rows(),
                        messages.getMessage(
                                "trade.import.phase." + v.phase().name(),
                                new Object[] {v.percent(), v.rows()},
                                locale))))
                .orElseGet(
                        () -> org.springframework.http.ResponseEntity.notFound().build());
    }

    private List<RowReport> report(ImportRefused refused, Locale locale) {
        return refused.errors().stream()
                .map(e -> {
                    Matcher m = ROW_FIELD.matcher(e.field());
                    long row = m.matches() ? Long.parseLong(m.group(1)) : 0;
                    String field = m.matches() ? m.group(2) : e.field();
                    return new RowReport(
                            row, field, messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
                })
                .toList();
    }

    /** A year typed in the form; anything but a whole number is TRD-007 on {@code year} like a missing one. */
    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException ex) {
            throw BusinessException.onField(ErrorCode.TRD_007, "year");
        }
    }

    private static void addModel(Model model, String format, String year, String classification) {
        model.addAttribute("formats", List.of("platform", "comtrade", "baci", "exports"));
        model.addAttribute("format", format == null ? "platform" : format);
        model.addAttribute("year", year);
        model.addAttribute("classification", classification == null ? "HS" : classification);
        model.addAttribute("maxFigureRows", TradeImports.MAX_FIGURE_ROWS);
        // A new key for the next file: each form shown is one import.
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    }
}
