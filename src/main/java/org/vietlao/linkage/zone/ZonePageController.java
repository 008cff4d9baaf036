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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;
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
    private final Interests interests;
    private final org.vietlao.linkage.enterprise.EnterpriseDirectory directory;
    private final org.springframework.context.MessageSource messages;
    private final InvestorCalculator calculator;

    ZonePageController(
            ZoneMap map,
            Zones zones,
            Tenants tenants,
            Regimes regimes,
            SideBySide sideBySide,
            ReferenceData reference,
            ReferenceNames names,
            Interests interests,
            org.vietlao.linkage.enterprise.EnterpriseDirectory directory,
            org.springframework.context.MessageSource messages,
            InvestorCalculator calculator) {
        this.map = map;
        this.zones = zones;
        this.tenants = tenants;
        this.regimes = regimes;
        this.sideBySide = sideBySide;
        this.reference = reference;
        this.names = names;
        this.interests = interests;
        this.directory = directory;
        this.messages = messages;
        this.calculator = calculator;
    }

    /**
     * The investor's calculator as a page: the same {@link InvestorCalculator} as the API. With no {@code years} in
     * the query the form is shown with defaults; otherwise the profile is read (text that does not read is reported
     * on its field with the calculator's own rules for the rest) and each candidate park's schedule is shown year by
     * year with what each figure rests on. A computation: changes nothing, so the form is a GET.
     */
    @GetMapping("/zones/calculator")
    @PreAuthorize("isAuthenticated()")
    String calculator(
            Actor actor,
            @RequestParam org.springframework.util.MultiValueMap<String, String> params,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        Map<String, String> form = new java.util.LinkedHashMap<>(params.toSingleValueMap());
        List<String> chosen = params.getOrDefault("zoneIds", List.of());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        LocalDate today = reference.today();
        if (params.containsKey("years")) {
            List<BusinessException.FieldError> unreadable = new java.util.ArrayList<>();
            List<Long> ids = new java.util.ArrayList<>();
            for (String id : chosen) {
                Long read = ZoneInput.id(id, "zoneIds", unreadable);
                if (read != null) {
                    ids.add(read);
                }
            }
            List<BigDecimal> profits = new java.util.ArrayList<>();
            List<String> profitTexts = form.get("profits") == null
                    ? List.of()
                    : java.util.Arrays.stream(form.get("profits").split("[;\\r\\n]+"))
                            .filter(t -> !t.isBlank())
                            .toList();
            for (int i = 0; i < profitTexts.size(); i++) {
                BigDecimal value = ZoneInput.decimal(profitTexts.get(i), "profits", unreadable);
                profits.add(value == null ? BigDecimal.ZERO : value);
            }
            InvestorCalculator.Profile profile = new InvestorCalculator.Profile(
                    ids,
                    ZoneInput.date(form.get("startsOn"), "startsOn", unreadable),
                    ZoneInput.whole(form.get("years"), "years", unreadable),
                    ZoneInput.decimal(form.get("revenue"), "revenue", unreadable),
                    ZoneInput.decimal(form.get("profit"), "profit", unreadable),
                    null,
                    profits.isEmpty() ? null : profits,
                    ZoneInput.decimal(form.get("investment"), "investment", unreadable),
                    ZoneInput.decimal(form.get("investmentUsd"), "investmentUsd", unreadable),
                    ZoneInput.whole(form.get("jobs"), "jobs", unreadable),
                    ZoneInput.blankToNull(form.get("isic")),
                    form.get("currency") == null
                            ? null
                            : form.get("currency").strip().toUpperCase(Locale.ROOT),
                    ZoneInput.decimal(form.get("discountRatePercent"), "discountRatePercent", unreadable));
            try {
                InvestorCalculator.Result result = calculator.calculate(profile, locale);
                if (unreadable.isEmpty()) {
                    model.addAttribute("result", result);
                } else {
                    errors.putAll(errorTexts(new BusinessException(ErrorCode.ZON_009, unreadable), locale));
                }
            } catch (BusinessException ex) {
                if (ex.errorCode() == ErrorCode.ZON_002) {
                    errors.put("zoneIds", messages.getMessage("zone.rule.zone", null, locale));
                } else if (ex.errorCode() == ErrorCode.ZON_009) {
                    errors.putAll(errorTexts(
                            new BusinessException(ErrorCode.ZON_009, merged(unreadable, ex.errors())), locale));
                } else {
                    throw ex;
                }
            }
            if (!errors.isEmpty()) {
                response.setStatus(ErrorCode.ZON_009.status().value());
            }
        } else {
            form.putIfAbsent("startsOn", today.toString());
            form.putIfAbsent("years", "15");
            form.putIfAbsent("currency", "USD");
            form.putIfAbsent("discountRatePercent", "10");
        }
        model.addAttribute("all", zones.all());
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("maxParks", InvestorCalculator.MAX_PARKS);
        return "zone/calculator";
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
        return zonePage(actor, id, Map.of(), Map.of(), model, locale);
    }

    private String zonePage(
            Actor actor,
            long id,
            Map<String, String> interestForm,
            Map<String, String> interestErrors,
            Model model,
            Locale locale) {
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
        model.addAttribute("mayEdit", actor.has(Role.ANALYST) || actor.has(Role.MINISTRY));
        model.addAttribute(
                "others", zones.all().stream().filter(z -> z.id() != id).toList());
        model.addAttribute("leads", interests.leads(id));
        model.addAttribute("interests", interests.visibleTo(id, actor));
        model.addAttribute(
                "ownEnterprises",
                actor.has(Role.ENTERPRISE)
                        ? actor.enterpriseIds().stream()
                                .sorted()
                                .map(e -> directory.find(new org.vietlao.linkage.enterprise.EnterpriseId(e)))
                                .flatMap(java.util.Optional::stream)
                                .toList()
                        : List.of());
        model.addAttribute("ownEnterpriseIds", actor.has(Role.ENTERPRISE) ? actor.enterpriseIds() : java.util.Set.of());
        model.addAttribute(
                "interestFormInvalid",
                interestErrors.keySet().stream()
                        .anyMatch(k -> !k.equals("form") && !k.startsWith("interest-") && !k.startsWith("tenant-")));
        if (!model.containsAttribute("tenantForm")) {
            model.addAttribute("tenantForm", Map.of());
        }
        model.addAttribute("interestForm", interestForm);
        model.addAttribute("interestErrors", interestErrors);
        model.addAttribute("thisYear", today.getYear());
        return "zone/zone";
    }

    /** The text fields of the park form, in the order shown. */
    static final List<String> PARK_TEXT_FIELDS = List.of(
            "nameEn",
            "nameVi",
            "nameLo",
            "gatePairId",
            "latitude",
            "longitude",
            "totalHa",
            "leasableHa",
            "operatorName",
            "operatorEnterpriseId",
            "isicCodes",
            "hsCodes",
            "roadRailLinks",
            "establishedOn",
            "source",
            "sourceDate");

    @GetMapping("/zones/new")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    String newPark(Actor actor, Model model, Locale locale) {
        Zones.requireMayEdit(actor);
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("kind", ZoneKind.INDUSTRIAL_PARK.name());
        form.put("status", ZoneStatus.PLANNED.name());
        form.put("sourceDate", reference.today().toString());
        return parkForm(null, form, Map.of(), model, locale);
    }

    @GetMapping("/zones/{id}/edit")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    String editPark(Actor actor, @PathVariable long id, Model model, Locale locale) {
        Zones.requireMayEdit(actor);
        Zones.Zone zone = zones.require(id);
        return parkForm(zone, formOf(zone), Map.of(), model, locale);
    }

    /** A new park or zone from the page form: the same service and rules as the API (ZON-001 on each field). */
    @PostMapping("/zones")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    String createPark(
            Actor actor,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        Zones.requireMayEdit(actor);
        List<BusinessException.FieldError> unreadable = new java.util.ArrayList<>();
        Zones.Draft draft = draftOf(form, unreadable);
        try {
            if (!unreadable.isEmpty()) {
                throw refusedWith(unreadable, () -> zones.check(0, draft, 0));
            }
            Zones.Zone created = zones.create(draft, actor);
            return "redirect:/zones/" + created.id() + "?saved";
        } catch (BusinessException ex) {
            if (ex.errorCode() != ErrorCode.ZON_001) {
                throw ex;
            }
            response.setStatus(ex.errorCode().status().value());
            return parkForm(null, form, errorTexts(ex, locale), model, locale);
        }
    }

    @PostMapping("/zones/{id}")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    String changePark(
            Actor actor,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        Zones.requireMayEdit(actor);
        Zones.Zone zone = zones.require(id);
        List<BusinessException.FieldError> unreadable = new java.util.ArrayList<>();
        Zones.Draft draft = draftOf(form, unreadable);
        Integer version = ZoneInput.whole(form.get("version"), "version", new java.util.ArrayList<>());
        try {
            if (!unreadable.isEmpty()) {
                throw refusedWith(unreadable, () -> zones.check(id, draft, zone.version()));
            }
            zones.change(id, version == null ? -1 : version, draft, actor);
            return "redirect:/zones/" + id + "?saved";
        } catch (BusinessException ex) {
            if (ex.errorCode() != ErrorCode.ZON_001 && ex.errorCode() != ErrorCode.PLT_009) {
                throw ex;
            }
            response.setStatus(ex.errorCode().status().value());
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            if (ex.errorCode() == ErrorCode.PLT_009) {
                errors.put("form", messages.getMessage("zone.form.stale", null, locale));
            } else {
                errors.putAll(errorTexts(ex, locale));
            }
            return parkForm(zone, form, errors, model, locale);
        }
    }

    /** A tenant added from the park's page by its operator, an analyst or a ministry official. */
    @PostMapping("/zones/{id}/tenants")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ENTERPRISE')")
    String addTenant(
            Actor actor,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        actor.require(zones.require(id).tenantsEditableBy(actor));
        List<BusinessException.FieldError> unreadable = new java.util.ArrayList<>();
        Tenants.Lease lease = new Tenants.Lease(
                ZoneInput.id(form.get("enterpriseId"), "enterpriseId", unreadable),
                ZoneInput.decimal(form.get("leasedHa"), "leasedHa", unreadable),
                ZoneInput.decimal(form.get("investment"), "investment", unreadable),
                form.get("currency") == null || form.get("currency").isBlank()
                        ? null
                        : form.get("currency").strip().toUpperCase(Locale.ROOT),
                ZoneInput.whole(form.get("jobs"), "jobs", unreadable),
                ZoneInput.date(form.get("startedOn"), "startedOn", unreadable));
        try {
            if (!unreadable.isEmpty()) {
                throw new BusinessException(ErrorCode.ZON_003, unreadable);
            }
            tenants.add(id, lease, actor);
            return "redirect:/zones/" + id + "?tenantSaved#zone-tenants-heading";
        } catch (BusinessException ex) {
            if (ex.errorCode() != ErrorCode.ZON_003
                    && ex.errorCode() != ErrorCode.ZON_005
                    && ex.errorCode() != ErrorCode.ZON_006) {
                throw ex;
            }
            response.setStatus(ex.errorCode().status().value());
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            errorTexts(ex, locale).forEach((field, text) -> errors.put("tenant-" + field, text));
            model.addAttribute("tenantForm", form);
            return zonePage(actor, id, Map.of(), errors, model, locale);
        }
    }

    @PostMapping("/zones/{id}/tenants/{tenantId}/delete")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ENTERPRISE')")
    String removeTenant(Actor actor, @PathVariable long id, @PathVariable long tenantId) {
        actor.require(zones.require(id).tenantsEditableBy(actor));
        tenants.remove(id, tenantId, actor);
        return "redirect:/zones/" + id + "?tenantRemoved#zone-tenants-heading";
    }

    /** The service's own rules on what did read, with the unreadable fields first (one message a field). */
    private static BusinessException refusedWith(List<BusinessException.FieldError> unreadable, Runnable check) {
        try {
            check.run();
        } catch (BusinessException ex) {
            if (ex.errorCode() == ErrorCode.ZON_001) {
                return new BusinessException(ErrorCode.ZON_001, merged(unreadable, ex.errors()));
            }
        }
        return new BusinessException(ErrorCode.ZON_001, unreadable);
    }

    private Zones.Draft draftOf(Map<String, String> f, List<BusinessException.FieldError> unreadable) {
        Map<String, Object> boundary = null;
        String boundaryText = ZoneInput.blankToNull(f.get("boundary"));
        if (boundaryText != null) {
            try {
                boundary = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readValue(
                                boundaryText,
                                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
            } catch (java.io.IOException | RuntimeException ex) {
                unreadable.add(Zones.field("boundary", "boundary"));
            }
        }
        return new Zones.Draft(
                f.get("kind"),
                f.get("nameEn"),
                f.get("nameVi"),
                f.get("nameLo"),
                f.get("country"),
                ZoneInput.lines(f.get("provinces")),
                ZoneInput.blankToNull(f.get("gatePairId")),
                ZoneInput.coordinate(f.get("latitude"), "latitude", unreadable),
                ZoneInput.coordinate(f.get("longitude"), "longitude", unreadable),
                boundary,
                ZoneInput.decimal(f.get("totalHa"), "totalHa", unreadable),
                ZoneInput.decimal(f.get("leasableHa"), "leasableHa", unreadable),
                f.get("status"),
                f.get("operatorName"),
                ZoneInput.id(f.get("operatorEnterpriseId"), "operatorEnterpriseId", unreadable),
                ZoneInput.codes(f.get("isicCodes")),
                ZoneInput.codes(f.get("hsCodes")),
                ZoneInput.blankToNull(f.get("power")),
                ZoneInput.blankToNull(f.get("water")),
                ZoneInput.blankToNull(f.get("wastewater")),
                f.get("roadRailLinks"),
                ZoneInput.blankToNull(f.get("regimeScope")),
                ZoneInput.id(f.get("jointPartnerId"), "jointPartnerId", unreadable),
                ZoneInput.date(f.get("establishedOn"), "establishedOn", unreadable),
                f.get("source"),
                ZoneInput.date(f.get("sourceDate"), "sourceDate", unreadable),
                f.containsKey("confirmed"));
    }

    private static Map<String, String> formOf(Zones.Zone z) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("kind", z.kind().name());
        f.put("nameEn", z.names().en());
        f.put("nameVi", z.names().vi());
        f.put("nameLo", z.names().lo());
        f.put("country", z.country());
        f.put(
                "provinces",
                String.join(
                        "\n",
                        z.provinces().stream()
                                .map(p -> p.code() + "@" + p.from() + (p.to() == null ? "" : ".." + p.to()))
                                .toList()));
        f.put("gatePairId", z.gatePairId());
        f.put("latitude", z.latitude() == null ? null : String.valueOf(z.latitude()));
        f.put("longitude", z.longitude() == null ? null : String.valueOf(z.longitude()));
        f.put("boundary", z.boundary());
        f.put("totalHa", z.totalHa() == null ? null : z.totalHa().toPlainString());
        f.put("leasableHa", z.leasableHa() == null ? null : z.leasableHa().toPlainString());
        f.put("status", z.status().name());
        f.put("operatorName", z.operatorName());
        f.put(
                "operatorEnterpriseId",
                z.operatorEnterpriseId() == null ? null : String.valueOf(z.operatorEnterpriseId()));
        f.put("isicCodes", String.join(", ", z.isicCodes()));
        f.put("hsCodes", String.join(", ", z.hsCodes()));
        f.put("power", z.power().name());
        f.put("water", z.water().name());
        f.put("wastewater", z.wastewater().name());
        f.put("roadRailLinks", z.roadRailLinks());
        f.put("regimeScope", z.regimeScope());
        f.put("jointPartnerId", z.jointPartnerId() == null ? null : String.valueOf(z.jointPartnerId()));
        f.put(
                "establishedOn",
                z.establishedOn() == null ? null : z.establishedOn().toString());
        f.put("source", z.source());
        f.put("sourceDate", z.sourceDate().toString());
        if (z.confirmed()) {
            f.put("confirmed", "on");
        }
        f.put("version", String.valueOf(z.version()));
        return f;
    }

    private String parkForm(
            Zones.Zone zone, Map<String, String> form, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("zone", zone);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("textFields", PARK_TEXT_FIELDS);
        model.addAttribute("kinds", ZoneKind.values());
        model.addAttribute("statuses", ZoneStatus.values());
        model.addAttribute("supplies", Supply.values());
        model.addAttribute(
                "scopes",
                regimes.all().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Regimes.Regime::scope,
                                r -> r.names().in(locale).text(),
                                (a, b) -> b,
                                java.util.TreeMap::new)));
        model.addAttribute(
                "partners",
                zones.all().stream()
                        .filter(z -> zone == null || z.id() != zone.id())
                        .toList());
        return "zone/form";
    }

    /** An enterprise's expression of interest, through the same service and rules as the API. */
    @PostMapping("/zones/{id}/interests")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String sendInterest(
            Actor actor,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        Interests.requireMaySend(actor);
        zones.require(id);
        List<BusinessException.FieldError> unreadable = new java.util.ArrayList<>();
        Interests.Draft draft = new Interests.Draft(
                ZoneInput.id(form.get("enterpriseId"), "enterpriseId", unreadable),
                form.get("isic"),
                ZoneInput.decimal(form.get("landHa"), "landHa", unreadable),
                ZoneInput.decimal(form.get("investment"), "investment", unreadable),
                form.get("currency"),
                ZoneInput.whole(form.get("jobs"), "jobs", unreadable),
                ZoneInput.whole(form.get("startYear"), "startYear", unreadable),
                form.get("message"));
        try {
            if (!unreadable.isEmpty()) {
                // Whose enterprise it is still comes first; then every field: unreadable ones and the service's rules.
                if (draft.enterpriseId() != null) {
                    actor.require(actor.actsFor(draft.enterpriseId()));
                }
                throw new BusinessException(ErrorCode.ZON_011, merged(unreadable, interests.problems(draft)));
            }
            interests.send(id, draft, actor);
            return "redirect:/zones/" + id + "?interestSent#zone-interests";
        } catch (BusinessException ex) {
            if (ex.errorCode() != ErrorCode.ZON_011 && ex.errorCode() != ErrorCode.ZON_013) {
                throw ex;
            }
            response.setStatus(ex.errorCode().status().value());
            Map<String, String> errors = errorTexts(ex, locale);
            return zonePage(actor, id, form, errors, model, locale);
        }
    }

    /** Acknowledge, decline, convert (keepers) or withdraw (the sender), with an optional answer. */
    @PostMapping("/zones/{id}/interests/{interestId}/{step}")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ENTERPRISE')")
    String stepInterest(
            Actor actor,
            @PathVariable long id,
            @PathVariable long interestId,
            @PathVariable String step,
            @RequestParam(required = false) String answer,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        interests.requireVisible(id, interestId, actor);
        try {
            interests.step(id, interestId, step, new Interests.Answer(answer), actor);
            return "redirect:/zones/" + id + "?interestAnswered#zone-interests";
        } catch (BusinessException ex) {
            if (ex.errorCode() != ErrorCode.ZON_011 && ex.errorCode() != ErrorCode.ZON_014) {
                throw ex;
            }
            response.setStatus(ex.errorCode().status().value());
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            errorTexts(ex, locale)
                    .forEach((field, text) -> errors.merge(
                            "interest-" + interestId + "-" + (field.equals("answer") ? "answer" : "form"),
                            text,
                            (a, b) -> a + "; " + b));
            return zonePage(actor, id, Map.of(), errors, model, locale);
        }
    }

    static List<BusinessException.FieldError> merged(
            List<BusinessException.FieldError> unreadable, List<BusinessException.FieldError> rules) {
        List<BusinessException.FieldError> all = new java.util.ArrayList<>(unreadable);
        // One message a field: a field whose text did not read is not also told its rule.
        rules.stream()
                .filter(e -> unreadable.stream().noneMatch(u -> u.field().equals(e.field())))
                .forEach(all::add);
        return all;
    }

    /** Each refused field's rule in the reader's language; the refusal's own title when no field is named. */
    Map<String, String> errorTexts(BusinessException ex, Locale locale) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (BusinessException.FieldError error : ex.errors()) {
            String field = error.field().replaceAll("\\[\\d+]$", "");
            errors.merge(
                    field,
                    messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale),
                    (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        if (ex.errors().isEmpty()) {
            errors.put(
                    "form",
                    messages.getMessage(
                            "error." + ex.errorCode().code() + ".detail",
                            ex.args(),
                            ex.errorCode().code(),
                            locale));
        }
        return errors;
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
