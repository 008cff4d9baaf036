package org.vietlao.linkage.promotion;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.BusinessException.FieldError;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The promotion programmes for analysts and ministry officials: each programme's activities with their budget
 * (converted through the one conversion service) and results, and the same table as XLSX in the reader's language
 * for the yearly conference.
 */
@Controller
class ProgrammePageController {

    private final Programmes programmes;
    private final ProgrammeResults results;
    private final ProgrammePdf pdf;
    private final MessageSource messages;

    ProgrammePageController(Programmes programmes, ProgrammeResults results, ProgrammePdf pdf, MessageSource messages) {
        this.programmes = programmes;
        this.results = results;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/promotion/programmes/{id}/results.pdf")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN')")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id, Locale locale) {
        byte[] body = pdf.pdf(results.of(id), locale);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("promotion-programme-" + id + "-" + locale.getLanguage() + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/promotion/programmes")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN')")
    String list(Actor actor, Model model, Locale locale) {
        return list(actor, Map.of(), Map.of(), model);
    }

    private String list(Actor actor, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("mayEdit", mayEdit(actor));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("organiserKinds", Programmes.OrganiserKind.values());
        return "promotion/programmes";
    }

    @PostMapping("/promotion/programmes")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    String create(
            Actor actor,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<FieldError> unreadable = new ArrayList<>();
        Integer year = whole(form.get("year"), "year", 2000, 2100, unreadable);
        Programmes.ProgrammeDraft draft = new Programmes.ProgrammeDraft(
                year,
                form.get("organiserKind"),
                form.get("organiser"),
                form.get("provinceCode"),
                new ProductDraft.Texts(
                        blank(form.get("titleEn")), blank(form.get("titleVi")), blank(form.get("titleLo"))),
                form.get("currency"));
        try {
            if (!unreadable.isEmpty()) {
                throw new BusinessException(ErrorCode.PRM_012, unreadable);
            }
            Programmes.Programme created = programmes.create(draft, actor.username());
            return "redirect:/promotion/programmes/" + created.id() + "?saved";
        } catch (BusinessException ex) {
            response.setStatus(ex.errorCode().status().value());
            return list(actor, form, errors(ex, locale), model);
        }
    }

    @GetMapping("/promotion/programmes/{id}")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN')")
    String programme(Actor actor, @PathVariable long id, Model model, Locale locale) {
        return programme(actor, id, null, Map.of(), Map.of(), model, locale);
    }

    private String programme(
            Actor actor,
            long id,
            String failedForm,
            Map<String, String> values,
            Map<String, String> errors,
            Model model,
            Locale locale) {
        ProgrammeResults.Result result = results.of(id);
        model.addAttribute("result", result);
        model.addAttribute("title", result.programme().title().in(locale));
        model.addAttribute("mayEdit", mayEdit(actor));
        model.addAttribute("activityKinds", Programmes.ActivityKind.values());
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "promotion/programme";
    }

    @PostMapping("/promotion/programmes/{id}/activities")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    String addActivity(
            Actor actor,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        programmes.require(id);
        List<FieldError> unreadable = new ArrayList<>();
        List<Long> participants = new ArrayList<>();
        for (String item : ProductInput.items(form.get("participants"))) {
            Long participant = ProductInput.id(item);
            if (participant == null) {
                unreadable.add(new FieldError("participants", "promotion.rule.enterprise"));
                break;
            }
            participants.add(participant);
        }
        Programmes.ActivityDraft draft = new Programmes.ActivityDraft(
                form.get("kind"),
                form.get("title"),
                ProductInput.day(form.get("startsOn"), "startsOn", unreadable),
                ProductInput.day(form.get("endsOn"), "endsOn", unreadable),
                form.get("place"),
                ProductInput.amount(form.get("budget"), "budget", unreadable),
                form.get("budgetCurrency"),
                optionalId(form.get("expoEventId"), "expoEventId", unreadable),
                optionalId(form.get("channelId"), "channelId", unreadable),
                participants);
        try {
            if (!unreadable.isEmpty()) {
                throw new BusinessException(ErrorCode.PRM_012, unreadable);
            }
            programmes.addActivity(id, draft, actor.username());
            return "redirect:/promotion/programmes/" + id + "?activityAdded#prm-results-table";
        } catch (BusinessException ex) {
            response.setStatus(ex.errorCode().status().value());
            return programme(actor, id, "activity", form, errors(ex, locale), model, locale);
        }
    }

    @PostMapping("/promotion/activities/{id}/results")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    String report(
            Actor actor,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Programmes.Activity activity = programmes.requireActivity(id);
        List<FieldError> unreadable = new ArrayList<>();
        Programmes.ResultsDraft draft = new Programmes.ResultsDraft(
                whole(form.get("contracts"), "contracts", 0, 100_000, unreadable),
                whole(form.get("mous"), "mous", 0, 100_000, unreadable),
                ProductInput.amount(form.get("sales"), "sales", unreadable),
                blank(form.get("salesCurrency")));
        try {
            if (!unreadable.isEmpty()) {
                throw new BusinessException(ErrorCode.PRM_012, unreadable);
            }
            programmes.report(id, draft, actor.username());
            return "redirect:/promotion/programmes/" + activity.programmeId() + "?reported#prm-results-table";
        } catch (BusinessException ex) {
            response.setStatus(ex.errorCode().status().value());
            return programme(actor, activity.programmeId(), "results-" + id, form, errors(ex, locale), model, locale);
        }
    }

    private static boolean mayEdit(Actor actor) {
        return actor.has(Role.ANALYST) || actor.has(Role.MINISTRY);
    }

    /** A whole number typed in a form; {@code null} when blank; the rule's range when unreadable. */
    static Integer whole(String text, String field, int min, int max, List<FieldError> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String compact = text.strip().replace(",", "").replace(" ", "");
        if (!compact.matches("\\d{1,9}")) {
            unreadable.add(new FieldError(field, "promotion.rule.range", min, max));
            return null;
        }
        return Integer.parseInt(compact);
    }

    private static Long optionalId(String text, String field, List<FieldError> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Long id = ProductInput.id(text);
        if (id == null) {
            unreadable.add(new FieldError(
                    field,
                    "promotion.rule.code",
                    text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip()));
        }
        return id;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Each rule the refusal names, in the reader's language, by field; the refusal itself when it names none. */
    private Map<String, String> errors(BusinessException ex, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : ex.errors()) {
            String field = error.field().startsWith("title.")
                    ? "title" + Character.toUpperCase(error.field().charAt(6))
                            + error.field().substring(7)
                    : error.field();
            errors.merge(
                    field,
                    messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale),
                    (a, b) -> a.equals(b) ? a : a + " " + b);
        }
        if (errors.isEmpty()) {
            ErrorCode code = ex.errorCode();
            errors.put(
                    "form",
                    messages.getMessage(code.messageKey() + ".detail", ex.args(), code.code(), locale) + " ("
                            + code.code() + ")");
        }
        return errors;
    }

    @GetMapping("/promotion/programmes/{id}/results.xlsx")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN')")
    ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable long id, Locale locale) {
        ProgrammeResults.Result result = results.of(id);
        List<String> headers = List.of(
                text("promotion.results.activity", locale),
                text("promotion.results.kind", locale),
                text("promotion.results.dates", locale),
                text("promotion.results.budget", locale) + " ("
                        + result.programme().currency() + ")",
                text("promotion.results.budgetUsd", locale),
                text("promotion.results.newListings", locale),
                text("promotion.results.contracts", locale),
                text("promotion.results.mous", locale),
                text("promotion.results.sales", locale) + " ("
                        + result.programme().currency() + ")",
                text("promotion.results.listingsPer10k", locale),
                text("promotion.results.contractsPer10k", locale),
                text("promotion.results.newlyVN", locale),
                text("promotion.results.newlyLA", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (ProgrammeResults.ActivityResult a : result.activities()) {
            rows.add(java.util.Arrays.asList(
                    a.activity().title(),
                    text("promotion.activity." + a.activity().kind().name(), locale),
                    a.activity().startsOn() + " – " + a.activity().endsOn(),
                    a.budget().amount(),
                    a.budgetUsd().amount(),
                    a.newListings(),
                    a.contracts(),
                    a.mous(),
                    a.sales() == null ? null : a.sales().amount(),
                    a.listingsPer10kUsd(),
                    a.contractsPer10kUsd(),
                    a.newlySold().get("VN"),
                    a.newlySold().get("LA")));
        }
        rows.add(java.util.Arrays.asList(
                text("promotion.results.total", locale),
                null,
                String.valueOf(result.programme().year()),
                result.budget().amount(),
                result.budgetUsd().amount(),
                result.newListings(),
                result.contracts(),
                result.mous(),
                result.sales() == null ? null : result.sales().amount(),
                result.listingsPer10kUsd(),
                result.contractsPer10kUsd(),
                result.newlySold().get("VN"),
                result.newlySold().get("LA")));
        rows.add(java.util.Arrays.asList(
                text("promotion.results.sources", locale) + " " + String.join("; ", result.rateSources()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        return new Spreadsheet("programme-" + id, headers, rows)
                .download(Spreadsheet.Format.XLSX, "promotion-programme-" + id);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
