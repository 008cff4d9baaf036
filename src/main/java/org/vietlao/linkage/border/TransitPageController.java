package org.vietlao.linkage.border;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.Role;

/**
 * The transit pages: the movements the reader may see, and one movement with its route, guarantee, seals, time
 * limit and history, with the actions of the offices of departure (release) and destination (arrival with the
 * seals checked, discharge), under the same rules as the API.
 */
@Controller
class TransitPageController {

    private final TransitViews views;
    private final Transits transits;
    private final ReferenceNames names;
    private final Gates gates;

    TransitPageController(TransitViews views, Transits transits, ReferenceNames names, Gates gates) {
        this.views = views;
        this.transits = transits;
        this.names = names;
        this.gates = gates;
    }

    /** An office's name in the reader's language: a gate pair's two gates, or a seaport. */
    String officeName(String code, Locale locale) {
        for (Gates.Seaport port : gates.seaports()) {
            if (port.code().equals(code)) {
                return port.name(locale);
            }
        }
        try {
            return names.gatePair(GatePairId.parse(code))
                    .map(n -> n.vnGate().in(locale).text() + " – "
                            + n.laoGate().in(locale).text())
                    .orElse(code);
        } catch (BusinessException ex) {
            return code;
        }
    }

    @GetMapping("/border/transits")
    @PreAuthorize("hasAnyRole('BORDER_OFFICER', 'ENTERPRISE')")
    String list(Model model, Locale locale, Actor actor) {
        List<TransitViews.Line> lines = views.list(actor, 500);
        Map<String, String> offices = new LinkedHashMap<>();
        for (TransitViews.Line line : lines) {
            offices.computeIfAbsent(line.departureOffice(), code -> officeName(code, locale));
            offices.computeIfAbsent(line.destinationOffice(), code -> officeName(code, locale));
        }
        model.addAttribute("lines", lines);
        model.addAttribute("offices", offices);
        model.addAttribute("zone", BorderParameters.BORDER_ZONE);
        return "border/transits";
    }

    @GetMapping("/border/transits/{id}")
    @PreAuthorize("hasAnyRole('BORDER_OFFICER', 'ENTERPRISE')")
    String one(@PathVariable long id, Model model, Locale locale, Actor actor) {
        TransitViews.TransitView view = views.visible(id, actor);
        List<String> route = new ArrayList<>();
        route.add(officeName(view.departureOffice(), locale));
        view.transitOffices().forEach(code -> route.add(officeName(code, locale)));
        route.add(officeName(view.destinationOffice(), locale));
        model.addAttribute("t", view);
        model.addAttribute("route", route);
        model.addAttribute("departureOfficer", actor.guardsGate(view.departureOffice()));
        model.addAttribute("destinationOfficer", actor.guardsGate(view.destinationOffice()));
        model.addAttribute("principal", actor.actsFor(view.traderId()));
        model.addAttribute("zone", BorderParameters.BORDER_ZONE);
        model.addAttribute(
                "now",
                OffsetDateTime.now(ZoneOffset.ofHours(7))
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toLocalDateTime());
        return "border/transit";
    }

    /**
     * The actions from the page. The arrival form sends {@code at} (local time, UTC+7), {@code lateReason} and one
     * {@code seal.<id>} per seal, checked when intact.
     */
    @PostMapping("/border/transits/{id}/{action}")
    @PreAuthorize("hasAnyRole('BORDER_OFFICER', 'ENTERPRISE')")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form,
            Actor actor) {
        TransitViews.TransitView view = views.visible(id, actor);
        switch (action) {
            case "release" -> transits.release(id, actor);
            case "discharge" -> transits.discharge(id, actor);
            case "cancel" -> transits.cancel(id, actor);
            case "arrive" -> {
                actor.require(actor.has(Role.BORDER_OFFICER) && actor.guardsGate(view.destinationOffice()));
                List<TransitApiController.SealCheck> seals = new ArrayList<>();
                for (TransitViews.SealView seal : view.seals()) {
                    seals.add(new TransitApiController.SealCheck(
                            seal.id(), "on".equals(form.getFirst("seal." + seal.id()))));
                }
                String at = form.getFirst("at");
                String offset = at == null || at.isBlank()
                        ? null
                        : at.strip() + (at.strip().length() == 16 ? ":00" : "") + "+07:00";
                transits.arrive(
                        id,
                        TransitApiController.arrival(
                                new TransitApiController.ArrivalForm(offset, seals, form.getFirst("lateReason"))),
                        actor);
            }
            default -> throw new BusinessException(ErrorCode.PLT_005);
        }
        return "redirect:/border/transits/" + id;
    }
}
