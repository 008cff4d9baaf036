package org.vietlao.linkage.expo;

import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public exhibitor list and floor plan of an event (issue 14): open to everyone, signed in or not, in the
 * reader's language, searchable by HS product and province. It shows what an exhibitor list at the venue shows
 * (approved booths: the enterprise, its province, its booth, the products it exhibits) and nothing else: no
 * applications, meetings or agreements.
 */
@Controller
class ExhibitorListPageController {

    private final Events events;
    private final ExhibitorCatalogue catalogue;

    ExhibitorListPageController(Events events, ExhibitorCatalogue catalogue) {
        this.events = events;
        this.catalogue = catalogue;
    }

    @GetMapping("/expo/events/{id}/exhibitors")
    @PermitAll
    String exhibitors(
            @PathVariable long id,
            @RequestParam(required = false) String hs,
            @RequestParam(required = false) String province,
            Model model,
            Locale locale) {
        Events.Event event = events.require(id);
        ExhibitorCatalogue.Listing listing = catalogue.list(event, hs, province, new HashMap<>(), locale);
        model.addAttribute("event", event);
        model.addAttribute("eventName", event.name().in(locale));
        model.addAttribute(
                "venueProvince",
                event.venueProvince() == null ? null : catalogue.provinceName(event.venueProvince(), locale));
        model.addAttribute("exhibitors", listing.exhibitors());
        model.addAttribute("floor", listing.floor());
        model.addAttribute("hs", listing.hs());
        model.addAttribute("province", listing.province());
        model.addAttribute("provinces", listing.provinces());
        return "expo/exhibitors";
    }
}
