package org.vietlao.linkage.energy;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;

/**
 * The energy pages: contracts and PPAs at a glance, one contract with its shipments, each price's breakdown and
 * the form to record a shipment with its certificate of analysis; the power dashboard with the price caps; and the
 * infrastructure projects, filterable by gate, kind, country and status.
 */
@Controller
class EnergyPageController {

    private final CoalContracts contracts;
    private final PowerPurchases power;
    private final PowerDashboard dashboard;
    private final InfrastructureProjects projects;
    private final EnergyReference reference;
    private final InfrastructureReport report;
    private final InfrastructureMap map;
    private final MessageSource messages;

    EnergyPageController(
            CoalContracts contracts,
            PowerPurchases power,
            PowerDashboard dashboard,
            InfrastructureProjects projects,
            EnergyReference reference,
            InfrastructureReport report,
            InfrastructureMap map,
            MessageSource messages) {
        this.contracts = contracts;
        this.power = power;
        this.dashboard = dashboard;
        this.projects = projects;
        this.reference = reference;
        this.report = report;
        this.map = map;
        this.messages = messages;
    }

    record ContractLine(CoalContracts.Contract contract, String seller, String buyer, String delivery) {}

    @GetMapping("/energy")
    @PreAuthorize(EnergyApiController.READERS)
    String overview(Model model, Locale locale, Actor actor) {
        List<ContractLine> lines =
                contracts.visibleTo(actor).stream().map(c -> line(c, locale)).toList();
        model.addAttribute("contracts", lines);
        model.addAttribute("ppas", power.list());
        model.addAttribute("provinces", provinceNames(locale));
        model.addAttribute("overseer", actor.overseesEveryEnterprise());
        model.addAttribute("mayEdit", actor.has(Role.ANALYST) || actor.has(Role.MINISTRY));
        return "energy/overview";
    }

    private Map<String, String> provinceNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        power.list()
                .forEach(p -> names.computeIfAbsent(
                        p.agreement().provinceCode(), code -> reference.provinceName(code, locale)));
        return names;
    }

    private ContractLine line(CoalContracts.Contract c, Locale locale) {
        CoalContracts.Terms t = c.terms();
        return new ContractLine(
                c,
                reference.enterpriseName(t.sellerId(), locale),
                reference.enterpriseName(t.buyerId(), locale),
                t.gatePairId() != null ? reference.gateName(t.gatePairId(), locale) : t.port());
    }

    @GetMapping("/energy/contracts/{id}")
    @PreAuthorize(EnergyApiController.READERS)
    String contract(@PathVariable long id, Model model, Locale locale, Actor actor) {
        fill(model, contracts.visible(id, actor), locale, actor);
        return "energy/contract";
    }

    private void fill(Model model, CoalContracts.Contract contract, Locale locale, Actor actor) {
        List<CoalContracts.Shipment> shipments = contracts.shipments(contract.id());
        model.addAttribute("c", line(contract, locale));
        model.addAttribute("shipments", shipments);
        model.addAttribute("years", CoalContracts.years(contract.terms(), shipments, projects.today()));
        model.addAttribute("mayRecord", actor.has(Role.ANALYST) || actor.has(Role.MINISTRY) || contract.partyIs(actor));
        model.addAttribute("bases", choices(CalorificBasis.values(), "energy.basis.", locale));
        model.addAttribute("mayEdit", actor.has(Role.ANALYST) || actor.has(Role.MINISTRY));
        blankForm(model, Map.of("quality.basis", contract.terms().basis().name()));
    }

    @PostMapping("/energy/contracts/{id}/shipments")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ENTERPRISE')")
    String recordShipment(
            @PathVariable long id,
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale,
            Actor actor,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CoalContracts.Contract contract = contracts.visible(id, actor);
        EnergyForm form = new EnergyForm(values);
        try {
            EnergyApiController.ShipmentBody body = new EnergyApiController.ShipmentBody(
                    form.text("lot", 60),
                    form.text("loadedOn", 10),
                    form.number("tonnes"),
                    new EnergyApiController.QualityBody(
                            form.text("quality.basis", 10),
                            form.number("quality.cv"),
                            form.number("quality.tm"),
                            form.number("quality.ash"),
                            form.number("quality.ts"),
                            form.number("quality.im"),
                            form.number("quality.h")));
            CoalContracts.Lot lot = EnergyApiController.lot(body);
            form.done(ErrorCode.ENR_006);
            CoalContracts.Shipment shipment = contracts.recordShipment(id, lot, actor, false);
            redirect.addFlashAttribute("recorded", shipment.lot());
            return "redirect:/energy/contracts/" + id + "#shipment-" + shipment.id();
        } catch (BusinessException ex) {
            refused(ex, form, SHIPMENT_FIELDS, model, locale, response);
            fill(model, contract, locale, actor);
            return "energy/contract";
        }
    }

    static final List<String> SHIPMENT_FIELDS = List.of(
            "lot",
            "loadedOn",
            "tonnes",
            "quality.basis",
            "quality.cv",
            "quality.tm",
            "quality.ash",
            "quality.ts",
            "quality.im",
            "quality.h");

    /**
     * A refused form: the status of the refusal, each field's message next to its input, and above the form the
     * refusal itself with whatever it names that has no input of its own.
     */
    private void refused(
            BusinessException ex,
            EnergyForm form,
            List<String> inputs,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(ex.errorCode().status().value());
        Map<String, String> errors = form.errors(ex, messages, locale);
        List<String> others = new ArrayList<>();
        errors.forEach((field, text) -> {
            if (!inputs.contains(field)) {
                others.add(text);
            }
        });
        model.addAttribute("errors", errors);
        model.addAttribute("otherErrors", others);
        model.addAttribute("formError", EnergyForm.refusal(ex, messages, locale));
        model.addAttribute("form", form.values());
    }

    private static void blankForm(Model model, Map<String, String> defaults) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", defaults);
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("otherErrors", List.of());
        }
    }

    private <E extends Enum<E>> Map<String, String> choices(E[] values, String prefix, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (E value : values) {
            choices.put(value.name(), messages.getMessage(prefix + value.name(), null, value.name(), locale));
        }
        return choices;
    }

    // ---- coal contract form ---------------------------------------------------------------------------------

    static final int FORMULA_COMPONENTS = 3;

    static final List<String> CONTRACT_FIELDS = contractFields();

    private static List<String> contractFields() {
        List<String> fields = new ArrayList<>(List.of(
                "reference",
                "sellerId",
                "buyerId",
                "startsOn",
                "endsOn",
                "annualTonnes",
                "quarterlyTonnes",
                "tolerancePct",
                "takeOrPayPct",
                "basis",
                "baseCv",
                "spec.tm",
                "spec.ash",
                "spec.ts",
                "limits.minCv",
                "limits.tm",
                "limits.ash",
                "limits.ts",
                "gatePairId",
                "port",
                "incoterm",
                "currency",
                "formula.kind",
                "formula.offsetMonths",
                "formula.months",
                "formula.premium",
                "formula.fixedPrice",
                "formula.hbaSeries"));
        for (int i = 0; i < FORMULA_COMPONENTS; i++) {
            fields.add("formula.components[" + i + "].series");
            fields.add("formula.components[" + i + "].weight");
        }
        return List.copyOf(fields);
    }

    @GetMapping("/energy/contracts/new")
    @PreAuthorize(EnergyApiController.EDITORS)
    String newContract(Model model, Locale locale) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("basis", "NAR");
        defaults.put("incoterm", "DAP");
        defaults.put("currency", "USD");
        defaults.put("formula.kind", "INDEXED");
        defaults.put("formula.offsetMonths", "1");
        defaults.put("formula.months", "1");
        blankForm(model, defaults);
        return contractForm(model, locale);
    }

    private String contractForm(Model model, Locale locale) {
        model.addAttribute("bases", choices(CalorificBasis.values(), "energy.basis.", locale));
        model.addAttribute("formulas", choices(PriceFormula.Kind.values(), "energy.formula.", locale));
        model.addAttribute("gates", reference.gateNames(locale));
        Map<String, String> incoterms = new LinkedHashMap<>();
        EnergyApiController.INCOTERMS.stream().sorted().forEach(t -> incoterms.put(t, t));
        model.addAttribute("incoterms", incoterms);
        model.addAttribute(
                "components",
                java.util.stream.IntStream.range(0, FORMULA_COMPONENTS).boxed().toList());
        return "energy/contract-form";
    }

    @PostMapping("/energy/contracts")
    @PreAuthorize(EnergyApiController.EDITORS)
    String createContract(
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale,
            Actor actor,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EnergyForm form = new EnergyForm(values);
        try {
            List<EnergyApiController.ComponentBody> components = new ArrayList<>();
            for (int i = 0; i < FORMULA_COMPONENTS; i++) {
                String series = form.text("formula.components[" + i + "].series", 20);
                BigDecimal weight = form.number("formula.components[" + i + "].weight");
                if ((series != null && !series.isBlank()) || weight != null) {
                    components.add(new EnergyApiController.ComponentBody(series, weight));
                }
            }
            EnergyApiController.ContractBody body = new EnergyApiController.ContractBody(
                    form.text("reference", 60),
                    form.id("sellerId"),
                    form.id("buyerId"),
                    form.text("startsOn", 10),
                    form.text("endsOn", 10),
                    form.number("annualTonnes"),
                    form.number("quarterlyTonnes"),
                    form.number("tolerancePct"),
                    form.number("takeOrPayPct"),
                    form.text("basis", 10),
                    form.number("baseCv"),
                    new EnergyApiController.SpecBody(
                            form.number("spec.tm"), form.number("spec.ash"), form.number("spec.ts")),
                    new EnergyApiController.LimitsBody(
                            form.number("limits.minCv"),
                            form.number("limits.tm"),
                            form.number("limits.ash"),
                            form.number("limits.ts")),
                    form.text("gatePairId", 20),
                    form.text("port", 100),
                    form.text("incoterm", 3),
                    form.text("currency", 3),
                    new EnergyApiController.FormulaBody(
                            form.text("formula.kind", 10),
                            components,
                            form.integer("formula.offsetMonths"),
                            form.integer("formula.months"),
                            form.number("formula.premium"),
                            form.number("formula.fixedPrice"),
                            form.text("formula.hbaSeries", 20)));
            CoalContracts.Terms terms = EnergyApiController.terms(body);
            form.done(ErrorCode.ENR_004);
            long id = contracts.create(terms, actor, false);
            redirect.addFlashAttribute("created", terms.reference());
            return "redirect:/energy/contracts/" + id;
        } catch (BusinessException ex) {
            refused(ex, form, CONTRACT_FIELDS, model, locale, response);
            return contractForm(model, locale);
        }
    }

    @GetMapping("/energy/power")
    @PreAuthorize(EnergyApiController.READERS)
    String power(Model model, Locale locale, Actor actor) {
        model.addAttribute("view", dashboard.view());
        model.addAttribute("caps", power.caps());
        model.addAttribute("ppas", power.list());
        model.addAttribute("provinces", provinceNames(locale));
        model.addAttribute("mayEdit", actor.has(Role.ANALYST) || actor.has(Role.MINISTRY));
        return "energy/power";
    }

    @GetMapping("/energy/power/{id}")
    @PreAuthorize(EnergyApiController.READERS)
    String ppa(@PathVariable long id, Model model, Locale locale, Actor actor) {
        blankForm(model, Map.of());
        model.addAttribute("mayEdit", actor.has(Role.ANALYST) || actor.has(Role.MINISTRY));
        PowerPurchases.Ppa ppa = power.find(id);
        List<PowerPurchases.Delivery> deliveries = power.deliveries(id);
        model.addAttribute("p", ppa);
        model.addAttribute("province", reference.provinceName(ppa.agreement().provinceCode(), locale));
        model.addAttribute("deliveries", deliveries);
        model.addAttribute("years", PowerPurchases.years(ppa.agreement(), deliveries));
        model.addAttribute(
                "caps",
                power.caps().stream()
                        .filter(c -> c.plantType() == ppa.agreement().plantType())
                        .toList());
        return "energy/ppa";
    }

    // ---- PPA and delivery forms ------------------------------------------------------------------------------

    static final List<String> PPA_FIELDS = List.of(
            "plantName",
            "plantType",
            "provinceCode",
            "capacityMw",
            "cod",
            "buyer",
            "startsOn",
            "termYears",
            "tariffCents",
            "escalationPct",
            "deliveryPoint",
            "takeOrPayPct",
            "annualContractedMwh");

    @GetMapping("/energy/power/new")
    @PreAuthorize(EnergyApiController.EDITORS)
    String newPpa(Model model, Locale locale) {
        blankForm(model, Map.of("plantType", "WIND", "buyer", "EVN", "escalationPct", "0"));
        return ppaForm(model, locale);
    }

    private String ppaForm(Model model, Locale locale) {
        model.addAttribute("types", choices(PowerPurchases.PlantType.values(), "energy.plantType.", locale));
        model.addAttribute("laoProvinces", reference.laoProvinceNames(locale));
        model.addAttribute("caps", power.caps());
        return "energy/ppa-form";
    }

    @PostMapping("/energy/power/ppas")
    @PreAuthorize(EnergyApiController.EDITORS)
    String createPpa(
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale,
            Actor actor,
            HttpServletResponse response) {
        EnergyForm form = new EnergyForm(values);
        try {
            EnergyApiController.PpaBody body = new EnergyApiController.PpaBody(
                    form.text("plantName", 200),
                    form.text("plantType", 10),
                    form.text("provinceCode", 10),
                    form.number("capacityMw"),
                    form.text("cod", 10),
                    form.text("buyer", 200),
                    form.text("startsOn", 10),
                    form.integer("termYears"),
                    form.number("tariffCents"),
                    form.number("escalationPct"),
                    form.text("deliveryPoint", 200),
                    form.number("takeOrPayPct"),
                    form.number("annualContractedMwh"));
            PowerPurchases.Agreement agreement = EnergyApiController.agreement(body, reference);
            form.done(ErrorCode.ENR_009);
            long id = power.create(agreement, actor, false);
            return "redirect:/energy/power/" + id + "?created";
        } catch (BusinessException ex) {
            refused(ex, form, PPA_FIELDS, model, locale, response);
            return ppaForm(model, locale);
        }
    }

    @PostMapping("/energy/power/{id}/deliveries")
    @PreAuthorize(EnergyApiController.EDITORS)
    String recordDelivery(
            @PathVariable long id,
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale,
            Actor actor,
            HttpServletResponse response) {
        power.find(id);
        EnergyForm form = new EnergyForm(values);
        try {
            EnergyApiController.Metered metered = EnergyApiController.metered(new EnergyApiController.DeliveryBody(
                    form.text("month", 7), form.number("mwh"), form.text("source", 300)));
            form.done(ErrorCode.ENR_012);
            power.recordDelivery(id, metered.month(), metered.mwh(), metered.source(), actor, false);
            return "redirect:/energy/power/" + id + "?recorded=" + metered.month() + "#ppa-deliveries";
        } catch (BusinessException ex) {
            refused(ex, form, List.of("month", "mwh", "source"), model, locale, response);
            return ppa(id, model, locale, actor);
        }
    }

    @GetMapping("/energy/infrastructure")
    @PreAuthorize(EnergyApiController.PROJECT_READERS)
    String infrastructure(
            @RequestParam(required = false) String gatePairId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String status,
            Model model,
            Locale locale,
            Actor actor) {
        EnergyInput in = new EnergyInput(ErrorCode.ENR_014, new ArrayList<>());
        String gate = gatePairId == null || gatePairId.isBlank() || gatePairId.length() > 20
                ? null
                : gatePairId.strip().toUpperCase(Locale.ROOT);
        String c = country == null || !country.strip().matches("(?i)VN|LA")
                ? null
                : country.strip().toUpperCase(Locale.ROOT);
        InfrastructureProjects.Filter filter = new InfrastructureProjects.Filter(
                gate,
                kind == null || kind.length() > 30
                        ? null
                        : in.optionalChoice(InfrastructureProjects.Kind.class, kind, "kind"),
                c,
                status == null || status.length() > 20
                        ? null
                        : in.optionalChoice(InfrastructureProjects.Status.class, status, "status"));
        List<InfrastructureProjects.Project> list = projects.list(filter, actor);
        Map<String, String> gates = reference.gateNames(locale);
        model.addAttribute("projects", list);
        model.addAttribute("gates", gates);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", InfrastructureProjects.Kind.values());
        model.addAttribute("statuses", InfrastructureProjects.Status.values());
        model.addAttribute("mayEdit", actor.has(Role.ANALYST) || actor.has(Role.MINISTRY));
        return "energy/infrastructure";
    }

    /**
     * The home map's layer of projects, for the signed-in reader's page (the API's copy, for tools with a token, is
     * {@code /api/v1/energy/infrastructure/projects.geojson}; the page cannot send a token).
     */
    @GetMapping(
            path = InfrastructureMap.URL,
            produces = {"application/geo+json", org.springframework.http.MediaType.APPLICATION_JSON_VALUE})
    @PreAuthorize(EnergyApiController.PROJECT_READERS)
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<Map<String, Object>> projectsGeoJson(Actor actor, Locale locale) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/geo+json"))
                .cacheControl(org.springframework.http.CacheControl.noCache())
                .body(map.collection(actor, locale));
    }

    // ---- conference report section ---------------------------------------------------------------------------

    @GetMapping("/energy/infrastructure/report")
    @PreAuthorize(EnergyApiController.PROJECT_READERS)
    String report(@RequestParam(required = false) String year, Model model, Locale locale, Actor actor) {
        InfrastructureReport.Content content = report.content(report.year(year), actor, locale);
        model.addAttribute("r", content);
        model.addAttribute(
                "source",
                messages.getMessage(
                        "energy.report.source.register",
                        new Object[] {content.total(), content.asOf().toString()},
                        locale));
        List<Integer> years = new ArrayList<>();
        for (int y = projects.today().getYear() + 1; y >= projects.today().getYear() - 5; y--) {
            years.add(y);
        }
        model.addAttribute("years", years);
        return "energy/report";
    }

    @GetMapping("/energy/infrastructure/report.xlsx")
    @PreAuthorize(EnergyApiController.PROJECT_READERS)
    org.springframework.http.ResponseEntity<byte[]> reportXlsx(
            @RequestParam(required = false) String year, Locale locale, Actor actor) {
        InfrastructureReport.Content content = report.content(report.year(year), actor, locale);
        return report.sheet(content, locale)
                .download(
                        org.vietlao.linkage.shared.Spreadsheet.Format.XLSX,
                        "infrastructure-" + content.year() + "-" + locale.getLanguage());
    }

    @GetMapping("/energy/infrastructure/report.pdf")
    @PreAuthorize(EnergyApiController.PROJECT_READERS)
    org.springframework.http.ResponseEntity<byte[]> reportPdf(
            @RequestParam(required = false) String year, Locale locale, Actor actor) {
        InfrastructureReport.Content content = report.content(report.year(year), actor, locale);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("infrastructure-" + content.year() + "-" + locale.getLanguage() + ".pdf")
                                .build()
                                .toString())
                .body(report.pdf(content, locale));
    }

    // ---- infrastructure forms -------------------------------------------------------------------------------

    static final int DOCUMENTS = 3;

    static final List<String> PROJECT_FIELDS = List.of(
            "nameEn",
            "nameVi",
            "nameLo",
            "kind",
            "gatePairId",
            "corridor",
            "country",
            "owner",
            "budget",
            "currency",
            "fundingSource",
            "progressPct",
            "status",
            "documents[0]",
            "documents[1]",
            "documents[2]",
            "source");

    @GetMapping("/energy/infrastructure/new")
    @PreAuthorize(EnergyApiController.EDITORS)
    String newProject(Model model, Locale locale) {
        blankForm(model, Map.of("status", "PLANNED", "progressPct", "0", "country", "VN"));
        return projectForm(model, locale);
    }

    private String projectForm(Model model, Locale locale) {
        model.addAttribute("kinds", choices(InfrastructureProjects.Kind.values(), "energy.infra.kind.", locale));
        model.addAttribute("statuses", choices(InfrastructureProjects.Status.values(), "energy.infra.status.", locale));
        model.addAttribute("gates", reference.gateNames(locale));
        model.addAttribute("countries", countries(locale));
        model.addAttribute(
                "documentRows",
                java.util.stream.IntStream.range(0, DOCUMENTS).boxed().toList());
        return "energy/project-form";
    }

    private Map<String, String> countries(Locale locale) {
        Map<String, String> countries = new LinkedHashMap<>();
        for (String code : List.of("VN", "LA")) {
            countries.put(code, messages.getMessage("energy.country." + code, null, code, locale));
        }
        return countries;
    }

    @PostMapping("/energy/infrastructure/projects")
    @PreAuthorize(EnergyApiController.EDITORS)
    String createProject(
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale,
            Actor actor,
            HttpServletResponse response) {
        EnergyForm form = new EnergyForm(values);
        try {
            List<String> documents = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                String d = form.text("documents[" + i + "]", 500);
                if (d != null && !d.isBlank()) {
                    documents.add(d);
                    rows.add(i);
                }
            }
            EnergyApiController.ProjectBody body = new EnergyApiController.ProjectBody(
                    form.text("nameEn", 200),
                    form.text("nameVi", 200),
                    form.text("nameLo", 200),
                    form.text("kind", 30),
                    form.text("gatePairId", 20),
                    form.text("corridor", 200),
                    form.text("country", 2),
                    form.text("owner", 200),
                    form.number("budget"),
                    form.text("currency", 3),
                    form.text("fundingSource", 300),
                    form.number("progressPct"),
                    form.text("status", 20),
                    documents,
                    form.text("source", 500));
            InfrastructureProjects.Plan plan;
            try {
                plan = EnergyApiController.plan(body, reference);
            } catch (BusinessException ex) {
                throw onRows(ex, rows);
            }
            form.done(ErrorCode.ENR_014);
            long id = projects.create(plan, actor, false);
            return "redirect:/energy/infrastructure/" + id + "?created";
        } catch (BusinessException ex) {
            refused(ex, form, PROJECT_FIELDS, model, locale, response);
            return projectForm(model, locale);
        }
    }

    /** The refusal with each {@code documents[i]} renamed to the form row the link was typed in. */
    private static BusinessException onRows(BusinessException ex, List<Integer> rows) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        for (BusinessException.FieldError e : ex.errors()) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("documents\\[(\\d+)]").matcher(e.field());
            errors.add(
                    m.matches() && Integer.parseInt(m.group(1)) < rows.size()
                            ? new BusinessException.FieldError(
                                    "documents[" + rows.get(Integer.parseInt(m.group(1))) + "]",
                                    e.messageKey(),
                                    e.args())
                            : e);
        }
        return new BusinessException(ex.errorCode(), errors, ex.args());
    }

    @GetMapping("/energy/infrastructure/{id}")
    @PreAuthorize(EnergyApiController.PROJECT_READERS)
    String project(@PathVariable long id, Model model, Locale locale, Actor actor) {
        InfrastructureProjects.Project project = projects.visible(id, actor);
        blankForm(model, Map.of());
        if (!model.containsAttribute("progressErrors")) {
            model.addAttribute("progressErrors", Map.of());
        }
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute(
                    "progressForm",
                    Map.of(
                            "progressPct", project.plan().progressPct().toPlainString(),
                            "status", project.plan().status().name()));
        }
        model.addAttribute("p", project);
        model.addAttribute("where", where(project.plan(), locale));
        model.addAttribute("mayEdit", actor.has(Role.ANALYST) || actor.has(Role.MINISTRY));
        model.addAttribute("statuses", choices(InfrastructureProjects.Status.values(), "energy.infra.status.", locale));
        return "energy/project";
    }

    String where(InfrastructureProjects.Plan plan, Locale locale) {
        return plan.gatePairId() != null ? reference.gateName(plan.gatePairId(), locale) : plan.corridor();
    }

    @PostMapping("/energy/infrastructure/{id}/milestones")
    @PreAuthorize(EnergyApiController.EDITORS)
    String addMilestone(
            @PathVariable long id,
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale,
            Actor actor,
            HttpServletResponse response) {
        projects.visible(id, actor);
        EnergyForm form = new EnergyForm(values);
        try {
            EnergyApiController.Step step = EnergyApiController.step(
                    new EnergyApiController.MilestoneBody(
                            form.text("name", 200), form.text("plannedOn", 10), form.text("actualOn", 10)),
                    projects.today());
            projects.addMilestone(id, step.name(), step.plannedOn(), step.actualOn(), actor);
            return "redirect:/energy/infrastructure/" + id + "?milestone#milestones";
        } catch (BusinessException ex) {
            refused(ex, form, List.of("name", "plannedOn", "actualOn"), model, locale, response);
            return project(id, model, locale, actor);
        }
    }

    @PostMapping("/energy/infrastructure/{id}/progress")
    @PreAuthorize(EnergyApiController.EDITORS)
    String progress(
            @PathVariable long id,
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale,
            Actor actor,
            HttpServletResponse response) {
        projects.visible(id, actor);
        EnergyForm form = new EnergyForm(values);
        try {
            EnergyApiController.Advance advance = EnergyApiController.advance(
                    new EnergyApiController.ProgressBody(form.number("progressPct"), form.text("status", 20)));
            form.done(ErrorCode.ENR_014);
            projects.progress(id, advance.progressPct(), advance.status());
            return "redirect:/energy/infrastructure/" + id + "?progress";
        } catch (BusinessException ex) {
            response.setStatus(ex.errorCode().status().value());
            model.addAttribute("progressErrors", form.errors(ex, messages, locale));
            model.addAttribute("progressForm", form.values());
            return project(id, model, locale, actor);
        }
    }
}
