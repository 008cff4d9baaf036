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
    private final MessageSource messages;

    EnergyPageController(
            CoalContracts contracts,
            PowerPurchases power,
            PowerDashboard dashboard,
            InfrastructureProjects projects,
            EnergyReference reference,
            MessageSource messages) {
        this.contracts = contracts;
        this.power = power;
        this.dashboard = dashboard;
        this.projects = projects;
        this.reference = reference;
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
        model.addAttribute("bases", CalorificBasis.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("basis", contract.terms().basis().name()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
    }

    @PostMapping("/energy/contracts/{id}/shipments")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ENTERPRISE')")
    String recordShipment(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            Actor actor,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CoalContracts.Contract contract = contracts.visible(id, actor);
        try {
            CoalContracts.Lot lot = EnergyApiController.lot(new EnergyApiController.ShipmentBody(
                    limit(form.get("lot"), 60),
                    limit(form.get("loadedOn"), 10),
                    number(form.get("tonnes"), "tonnes"),
                    new EnergyApiController.QualityBody(
                            limit(form.get("basis"), 10),
                            number(form.get("cv"), "quality.cv"),
                            number(form.get("tm"), "quality.tm"),
                            number(form.get("ash"), "quality.ash"),
                            number(form.get("ts"), "quality.ts"),
                            number(form.get("im"), "quality.im"),
                            number(form.get("h"), "quality.h"))));
            CoalContracts.Shipment shipment = contracts.recordShipment(id, lot, actor, false);
            redirect.addFlashAttribute("recorded", shipment.lot());
            return "redirect:/energy/contracts/" + id + "#shipment-" + shipment.id();
        } catch (BusinessException ex) {
            response.setStatus(ex.errorCode().status().value());
            List<String> errors = new ArrayList<>();
            errors.add(messages.getMessage(
                    ex.errorCode().messageKey(), null, ex.errorCode().code(), locale));
            for (BusinessException.FieldError e : ex.errors()) {
                errors.add(messages.getMessage("energy.field." + e.field(), null, e.field(), locale));
            }
            model.addAttribute("errors", errors);
            model.addAttribute("form", form);
            fill(model, contract, locale, actor);
            return "energy/contract";
        }
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max + 1);
    }

    private static BigDecimal number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.strip().replace(',', '.');
            if (v.length() > 30) {
                throw BusinessException.onField(ErrorCode.ENR_006, field);
            }
            return new BigDecimal(v);
        } catch (NumberFormatException ex) {
            throw BusinessException.onField(ErrorCode.ENR_006, field);
        }
    }

    @GetMapping("/energy/power")
    @PreAuthorize(EnergyApiController.READERS)
    String power(Model model, Locale locale) {
        model.addAttribute("view", dashboard.view());
        model.addAttribute("caps", power.caps());
        model.addAttribute("ppas", power.list());
        model.addAttribute("provinces", provinceNames(locale));
        return "energy/power";
    }

    @GetMapping("/energy/power/{id}")
    @PreAuthorize(EnergyApiController.READERS)
    String ppa(@PathVariable long id, Model model, Locale locale) {
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
        return "energy/infrastructure";
    }
}
