package org.vietlao.linkage.zone;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The zone pages for signed-in users: the list of parks and zones with its filters, one park with its tenants and
 * occupancy, and the side-by-side comparison of two parks with its PDF and XLSX downloads.
 */
@Controller
class ZonePageController {

    private final ZoneMap map;
    private final Zones zones;
    private final Tenants tenants;
    private final Regimes regimes;
    private final SideBySide sideBySide;
    private final ReferenceData reference;
    private final ReferenceNames names;

    ZonePageController(
            ZoneMap map,
            Zones zones,
            Tenants tenants,
            Regimes regimes,
            SideBySide sideBySide,
            ReferenceData reference,
            ReferenceNames names) {
        this.map = map;
        this.zones = zones;
        this.tenants = tenants;
        this.regimes = regimes;
        this.sideBySide = sideBySide;
        this.reference = reference;
        this.names = names;
    }

    @GetMapping("/zones")
    @PreAuthorize("isAuthenticated()")
    String list(
            Actor actor,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String isic,
            @RequestParam(required = false) String minAvailableHa,
            Model model,
            Locale locale) {
        ZoneKind chosenKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                chosenKind = ZoneKind.valueOf(kind);
            } catch (IllegalArgumentException ex) {
                throw BusinessException.onField(ErrorCode.PLT_002, "kind", "kind");
            }
        }
        BigDecimal minimum = null;
        if (minAvailableHa != null && !minAvailableHa.isBlank()) {
            try {
                minimum = new BigDecimal(minAvailableHa.strip());
            } catch (NumberFormatException ex) {
                throw BusinessException.onField(ErrorCode.PLT_002, "minAvailableHa", "minAvailableHa");
            }
        }
        LocalDate today = reference.today();
        model.addAttribute("zones", map.list(new Zones.Filter(country, province, chosenKind, isic, minimum), today));
        model.addAttribute("kinds", ZoneKind.values());
        model.addAttribute("provinces", names.currentProvinceNamesIn(locale));
        model.addAttribute("country", country);
        model.addAttribute("province", province);
        model.addAttribute("kind", kind);
        model.addAttribute("isic", isic);
        model.addAttribute("minAvailableHa", minAvailableHa);
        model.addAttribute("today", today);
        model.addAttribute(
                "mayEdit",
                actor.has(org.vietlao.linkage.shared.Role.ANALYST)
                        || actor.has(org.vietlao.linkage.shared.Role.MINISTRY));
        return "zone/list";
    }

    @GetMapping("/zones/{id}")
    @PreAuthorize("isAuthenticated()")
    String zone(Actor actor, @PathVariable long id, Model model, Locale locale) {
        Zones.Zone zone = zones.require(id);
        LocalDate today = reference.today();
        model.addAttribute("zone", zone);
        model.addAttribute("name", zone.names().in(locale));
        model.addAttribute("land", tenants.occupancy(zone));
        model.addAttribute("tenants", tenants.of(id));
        model.addAttribute("regime", regimes.on(zone.regimeScope(), today).orElse(null));
        model.addAttribute("terms", IncentiveTerm.values());
        model.addAttribute(
                "provinceName",
                zone.provinceOn(today)
                        .flatMap(code -> names.province(org.vietlao.linkage.shared.ProvinceCode.parse(code)))
                        .map(n -> n.in(locale))
                        .orElse(null));
        model.addAttribute(
                "partner",
                zone.jointPartnerId() == null
                        ? null
                        : zones.find(zone.jointPartnerId()).orElse(null));
        model.addAttribute("mayEditTenants", zone.tenantsEditableBy(actor));
        model.addAttribute(
                "others", zones.all().stream().filter(z -> z.id() != id).toList());
        return "zone/zone";
    }

    @GetMapping("/zones/compare")
    @PreAuthorize("isAuthenticated()")
    String compare(
            Actor actor,
            @RequestParam(required = false) Long left,
            @RequestParam(required = false) Long right,
            Model model,
            Locale locale) {
        List<Zones.Zone> all = zones.all();
        model.addAttribute("all", all);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        if (left != null && right != null) {
            model.addAttribute("comparison", sideBySide.compare(left, right, reference.today(), locale));
        }
        return "zone/compare";
    }

    @GetMapping("/zones/compare/export")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> export(
            Actor actor,
            @RequestParam long left,
            @RequestParam long right,
            @RequestParam(defaultValue = "pdf") String format,
            Locale locale) {
        return exportOf(sideBySide, left, right, reference.today(), format, locale);
    }

    static ResponseEntity<byte[]> exportOf(
            SideBySide sideBySide, long left, long right, LocalDate day, String format, Locale locale) {
        String base = "zone-comparison-" + left + "-" + right + "-" + day;
        if (format == null || format.isBlank() || format.strip().equalsIgnoreCase("pdf")) {
            SideBySide.Comparison comparison = sideBySide.compare(left, right, day, locale);
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(base + ".pdf", StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .body(sideBySide.pdf(comparison, locale));
        }
        Spreadsheet.Format chosen = Spreadsheet.Format.of(format);
        SideBySide.Comparison comparison = sideBySide.compare(left, right, day, locale);
        return sideBySide.spreadsheet(comparison, locale).download(chosen, base);
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
