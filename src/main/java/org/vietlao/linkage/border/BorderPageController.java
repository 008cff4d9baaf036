package org.vietlao.linkage.border;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The border pages: the officer's (or enterprise's) queue of open declarations, one declaration with its history
 * and the officer's actions, and the Time Release Study figures of a gate pair with their source.
 */
@Controller
class BorderPageController {

    private final DeclarationViews views;
    private final Declarations declarations;
    private final TimeReleaseFigures figures;
    private final BorderAccess access;
    private final ReferenceNames names;
    private final ReferenceData referenceData;
    private final BorderSheets sheets;
    private final Clock clock;

    BorderPageController(
            DeclarationViews views,
            Declarations declarations,
            TimeReleaseFigures figures,
            BorderAccess access,
            ReferenceNames names,
            ReferenceData referenceData,
            BorderSheets sheets,
            Clock clock) {
        this.views = views;
        this.declarations = declarations;
        this.figures = figures;
        this.access = access;
        this.names = names;
        this.referenceData = referenceData;
        this.sheets = sheets;
        this.clock = clock;
    }

    /** A gate pair's two names in the reader's language. */
    record GateName(String id, LocalizedText.Shown vn, LocalizedText.Shown lao) {}

    GateName gateName(String id, Locale locale) {
        return names.gatePair(GatePairId.parse(id))
                .map(n -> new GateName(id, n.vnGate().in(locale), n.laoGate().in(locale)))
                .orElse(new GateName(
                        id,
                        LocalizedText.same(id).in(locale),
                        LocalizedText.same(id).in(locale)));
    }

    @GetMapping("/border")
    @PreAuthorize("hasAnyRole('BORDER_OFFICER', 'ENTERPRISE')")
    String queue(Model model, Locale locale, Actor actor) {
        List<DeclarationViews.QueueLine> lines = views.queue(actor, null, 500);
        Map<String, GateName> gates = new TreeMap<>();
        lines.forEach(line -> gates.computeIfAbsent(line.gatePairId(), id -> gateName(id, locale)));
        actor.gatePairIds().forEach(id -> gates.computeIfAbsent(id, g -> gateName(g, locale)));
        Map<String, List<TimeReleaseFigures.QueueEntry>> vehicles = new TreeMap<>();
        if (actor.has(Role.BORDER_OFFICER)) {
            actor.gatePairIds().forEach(id -> vehicles.put(id, figures.queue(id)));
        }
        model.addAttribute("lines", lines);
        model.addAttribute("gates", gates);
        model.addAttribute("vehicles", vehicles);
        model.addAttribute("officer", actor.has(Role.BORDER_OFFICER));
        model.addAttribute("zone", BorderParameters.BORDER_ZONE);
        return "border/queue";
    }

    @GetMapping("/border/export")
    @PreAuthorize("hasAnyRole('BORDER_OFFICER', 'ENTERPRISE')")
    ResponseEntity<byte[]> exportQueue(@RequestParam(required = false) String format, Locale locale, Actor actor) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        return sheets.queue(views.queue(actor, null, Spreadsheet.MAX_ROWS), locale)
                .download(as, "declarations");
    }

    @GetMapping("/border/declarations/{id}")
    @PreAuthorize("hasAnyRole('BORDER_OFFICER', 'ENTERPRISE')")
    String declaration(@PathVariable long id, Model model, Locale locale, Actor actor) {
        DeclarationViews.DeclarationView view = views.visible(id, actor);
        model.addAttribute("d", view);
        model.addAttribute("gate", gateName(view.gatePairId(), locale));
        model.addAttribute("officer", actor.guardsGate(view.gatePairId()));
        model.addAttribute("declarant", actor.actsFor(view.traderId()));
        model.addAttribute("zone", BorderParameters.BORDER_ZONE);
        return "border/declaration";
    }

    /** The status machine's actions from the page, with the same rules as the API. */
    @PostMapping("/border/declarations/{id}/{action}")
    @PreAuthorize("hasAnyRole('BORDER_OFFICER', 'ENTERPRISE')")
    String act(@PathVariable long id, @PathVariable String action, Actor actor) {
        if (!declarations.visible(id, actor)) {
            throw new BusinessException(ErrorCode.BRD_001, id);
        }
        Declarations.Action chosen;
        try {
            chosen = Declarations.Action.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException ex) {
            throw new BusinessException(ErrorCode.PLT_005);
        }
        declarations.act(id, chosen, actor);
        return "redirect:/border/declarations/" + id;
    }

    @GetMapping("/border/kpis")
    @PreAuthorize("hasAnyRole('BORDER_OFFICER', 'MINISTRY', 'ANALYST', 'ADMIN')")
    String kpis(
            @RequestParam(required = false) String gate,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model,
            Locale locale,
            Actor actor) {
        boolean overseer = BorderAccess.readsEveryGate(actor);
        List<GateName> choices = new ArrayList<>();
        for (var pair : referenceData.borderGates()) {
            if (overseer || actor.gatePairIds().contains(pair.pairId())) {
                choices.add(gateName(pair.pairId(), locale));
            }
        }
        String chosen = gate == null || gate.isBlank()
                ? figures.latestVisited(choices.stream().map(GateName::id).toList())
                        .orElse(choices.isEmpty() ? null : choices.get(0).id())
                : GatePairId.parse(gate, "gate").value();
        if (chosen != null && !overseer) {
            BorderAccess.requireOfficerAt(actor, chosen);
        }
        LocalDate today = LocalDate.now(clock.withZone(BorderParameters.BORDER_ZONE));
        LocalDate end = date(to, today);
        LocalDate start = date(from, end.minusDays(29));
        if (end.isBefore(start) || start.plusDays(366).isBefore(end)) {
            throw new BusinessException(ErrorCode.BRD_015);
        }
        model.addAttribute("choices", choices);
        model.addAttribute("gate", chosen == null ? null : gateName(chosen, locale));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("report", chosen == null ? null : figures.of(chosen, start, end));
        return "border/kpis";
    }

    @GetMapping("/border/kpis/export")
    @PreAuthorize("hasAnyRole('BORDER_OFFICER', 'MINISTRY', 'ANALYST', 'ADMIN')")
    ResponseEntity<byte[]> exportKpis(
            @RequestParam String gate,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String format,
            Locale locale,
            Actor actor) {
        String chosen = GatePairId.parse(gate, "gate").value();
        if (!(BorderAccess.readsEveryGate(actor))) {
            BorderAccess.requireOfficerAt(actor, chosen);
        }
        LocalDate today = LocalDate.now(clock.withZone(BorderParameters.BORDER_ZONE));
        LocalDate end = date(to, today);
        LocalDate start = date(from, end.minusDays(29));
        if (end.isBefore(start) || start.plusDays(366).isBefore(end)) {
            throw new BusinessException(ErrorCode.BRD_015);
        }
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        return sheets.kpis(figures.of(chosen, start, end), locale).download(as, "time-release-" + chosen);
    }

    private static LocalDate date(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                throw new BusinessException(ErrorCode.BRD_015);
            }
            return date;
        } catch (DateTimeParseException ex) {
            throw new BusinessException(ErrorCode.BRD_015);
        }
    }
}
