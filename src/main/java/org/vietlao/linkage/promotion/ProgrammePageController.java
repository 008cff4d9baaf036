package org.vietlao.linkage.promotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vietlao.linkage.shared.Actor;
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
    private final MessageSource messages;

    ProgrammePageController(Programmes programmes, ProgrammeResults results, MessageSource messages) {
        this.programmes = programmes;
        this.results = results;
        this.messages = messages;
    }

    @GetMapping("/promotion/programmes")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN')")
    String list(Actor actor, Model model, Locale locale) {
        model.addAttribute("programmes", programmes.all());
        return "promotion/programmes";
    }

    @GetMapping("/promotion/programmes/{id}")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN')")
    String programme(Actor actor, @PathVariable long id, Model model, Locale locale) {
        ProgrammeResults.Result result = results.of(id);
        model.addAttribute("result", result);
        model.addAttribute("title", result.programme().title().in(locale));
        return "promotion/programme";
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
