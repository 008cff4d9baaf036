package org.vietlao.linkage.zone;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * Parks and zones over the API: the list and one park with its tenants and occupancy (any signed-in user);
 * creating and changing parks and setting incentive terms (ANALYST, MINISTRY); tenants (the park's operator,
 * ANALYST, MINISTRY; decision 0058); the side-by-side comparison and its exports; the investor's calculator;
 * the map data. Every change is audited.
 */
@RestController
@Tag(name = "Zones", description = "Industrial parks and economic zones, their tenants and incentive regimes")
class ZoneApiController {

    private final Zones zones;
    private final Tenants tenants;
    private final Regimes regimes;
    private final SideBySide sideBySide;
    private final InvestorCalculator calculator;
    private final ZoneMap map;
    private final ReferenceData reference;
    private final Interests interests;

    ZoneApiController(
            Zones zones,
            Tenants tenants,
            Regimes regimes,
            SideBySide sideBySide,
            InvestorCalculator calculator,
            ZoneMap map,
            ReferenceData reference,
            Interests interests) {
        this.zones = zones;
        this.tenants = tenants;
        this.regimes = regimes;
        this.sideBySide = sideBySide;
        this.calculator = calculator;
        this.map = map;
        this.reference = reference;
        this.interests = interests;
    }

    record ZoneView(Zones.Zone zone, Occupancy occupancy) {}

    record ZoneDetail(Zones.Zone zone, Occupancy occupancy, List<Tenants.Tenant> tenants, Interests.Leads leads) {}

    @GetMapping(value = "/api/v1/zones", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.PLT_002})
    @Operation(
            summary = "Parks and zones, filtered",
            description = "By country (VN, LA), province code (today's), kind, ISIC sector prefix and a minimum of "
                    + "available land in hectares; each with its occupancy computed from its tenants.")
    List<ZoneView> list(
            Actor actor,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) ZoneKind kind,
            @RequestParam(required = false) String isic,
            @RequestParam(required = false) BigDecimal minAvailableHa) {
        return map.list(new Zones.Filter(country, province, kind, isic, minAvailableHa), reference.today()).stream()
                .map(l -> new ZoneView(l.zone(), l.land()))
                .toList();
    }

    @GetMapping(value = "/api/v1/zones/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.ZON_002})
    @Operation(summary = "One park or zone with its tenants and occupancy")
    ZoneDetail zone(Actor actor, @PathVariable long id) {
        Zones.Zone zone = zones.require(id);
        return new ZoneDetail(zone, tenants.occupancy(zone), tenants.of(id), interests.leads(id));
    }

    @PostMapping(value = "/api/v1/zones", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.ZON_001})
    @Operation(
            summary = "Record a park or zone",
            description = "Kind, names in three languages, country, provinces by date (CODE@FROM..TO), nearest gate "
                    + "pair, point and optional GeoJSON Polygon boundary, areas in ha, status, operator, ISIC sectors, "
                    + "HS products, infrastructure, the incentive scope it falls under, its source and source date.")
    Zones.Zone create(Actor actor, @RequestBody Zones.Draft body) {
        Zones.requireMayEdit(actor);
        return zones.create(body, actor);
    }

    @PutMapping(value = "/api/v1/zones/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    @ErrorCodes({ErrorCode.ZON_001, ErrorCode.ZON_002, ErrorCode.PLT_009})
    @Operation(summary = "Change a park or zone", description = "The whole record, at the version read.")
    Zones.Zone change(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestBody Zones.Draft body) {
        Zones.requireMayEdit(actor);
        zones.require(id);
        if (version == null) {
            throw BusinessException.onField(ErrorCode.PLT_002, "version", "version");
        }
        return zones.change(id, version, body, actor);
    }

    @PostMapping(value = "/api/v1/zones/{id}/tenants", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ENTERPRISE')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.ZON_002, ErrorCode.ZON_003, ErrorCode.ZON_005, ErrorCode.ZON_006})
    @Operation(
            summary = "Add a tenant",
            description = "An enterprise of the registry with its leased area (ha), investment and currency, jobs "
                    + "and start date. The park's operator, analysts and ministry officials only.")
    Tenants.Tenant addTenant(Actor actor, @PathVariable long id, @RequestBody Tenants.Lease body) {
        actor.require(zones.require(id).tenantsEditableBy(actor));
        return tenants.add(id, body, actor);
    }

    @PutMapping(value = "/api/v1/zones/{id}/tenants/{tenantId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ENTERPRISE')")
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.ZON_002, ErrorCode.ZON_003, ErrorCode.ZON_004, ErrorCode.ZON_006})
    @Operation(summary = "Change a tenant's lease")
    Tenants.Tenant changeTenant(
            Actor actor, @PathVariable long id, @PathVariable long tenantId, @RequestBody Tenants.Lease body) {
        actor.require(zones.require(id).tenantsEditableBy(actor));
        return tenants.change(id, tenantId, body, actor);
    }

    @DeleteMapping(value = "/api/v1/zones/{id}/tenants/{tenantId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ENTERPRISE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.ZON_002, ErrorCode.ZON_004})
    @Operation(summary = "Remove a tenant")
    void removeTenant(Actor actor, @PathVariable long id, @PathVariable long tenantId) {
        actor.require(zones.require(id).tenantsEditableBy(actor));
        tenants.remove(id, tenantId, actor);
    }

    @GetMapping(value = "/api/v1/zones/{id}/interests", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.ZON_002})
    @Operation(
            summary = "Expressions of interest in a park",
            description = "Every one for the park's operator, analysts and ministry officials; only its own "
                    + "enterprises' ones for an ENTERPRISE user; none for others (the counts of leads are on the "
                    + "park).")
    List<Interests.Interest> interests(Actor actor, @PathVariable long id) {
        return interests.visibleTo(id, actor);
    }

    @PostMapping(value = "/api/v1/zones/{id}/interests", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ENTERPRISE')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.AUT_002, ErrorCode.ZON_002, ErrorCode.ZON_011, ErrorCode.ZON_013})
    @Operation(
            summary = "Express interest in a park",
            description = "For an enterprise of the caller's organisation: sector (ISIC), land wanted (ha), "
                    + "investment and currency, jobs, start year and a message to the park's operator. One open "
                    + "expression per enterprise and park; the operator and the park's analysts are told. Counted "
                    + "as a lead.")
    Interests.Interest sendInterest(Actor actor, @PathVariable long id, @RequestBody Interests.Draft body) {
        Interests.requireMaySend(actor);
        zones.require(id);
        return interests.send(id, body, actor);
    }

    @PostMapping(
            value = "/api/v1/zones/{id}/interests/{interestId}/{step}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ENTERPRISE')")
    @ErrorCodes({
        ErrorCode.AUT_002,
        ErrorCode.ZON_002,
        ErrorCode.ZON_011,
        ErrorCode.ZON_012,
        ErrorCode.ZON_014,
        ErrorCode.PLT_002,
        ErrorCode.PLT_009
    })
    @Operation(
            summary = "Answer or withdraw an expression of interest",
            description = "Step acknowledge, decline (with an answer), convert (the enterprise is now a tenant) by "
                    + "the park's operator, analysts and ministry officials; withdraw by the sender's organisation. "
                    + "The other side is told.")
    Interests.Interest stepInterest(
            Actor actor,
            @PathVariable long id,
            @PathVariable long interestId,
            @PathVariable @jakarta.validation.constraints.Size(max = 20) String step,
            @RequestBody(required = false) Interests.Answer body) {
        interests.requireVisible(id, interestId, actor);
        return interests.step(id, interestId, step, body, actor);
    }

    @GetMapping(value = "/api/v1/incentive-regimes", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The incentive regimes of both countries with their dated, sourced terms")
    List<Regimes.Regime> regimes(Actor actor) {
        return regimes.all();
    }

    @PutMapping(value = "/api/v1/incentive-regimes/{id}/terms/{term}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY')")
    @ErrorCodes({ErrorCode.ZON_007, ErrorCode.ZON_008})
    @Operation(
            summary = "Set one term of a regime",
            description = "A number (rates in per cent, years), a rule (CIT_HOLIDAY_START) or a text in three "
                    + "languages, with its source, the source's date and whether it is confirmed.")
    Regimes.Term setTerm(
            Actor actor, @PathVariable long id, @PathVariable String term, @RequestBody Regimes.TermInput body) {
        Regimes.requireMayEdit(actor);
        regimes.require(id);
        return regimes.setTerm(id, term, body, actor);
    }

    @GetMapping(value = "/api/v1/zones/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.ZON_002, ErrorCode.ZON_010, ErrorCode.PLT_002})
    @Operation(
            summary = "Two parks side by side",
            description = "Every fact and incentive term row by row, each value with its source, on a day (today "
                    + "by default), with the rows that differ marked.")
    SideBySide.Comparison compare(
            Actor actor,
            @RequestParam long left,
            @RequestParam long right,
            @RequestParam(required = false) LocalDate on,
            Locale locale) {
        return sideBySide.compare(left, right, day(on), locale);
    }

    @GetMapping(
            value = "/api/v1/zones/compare/export",
            produces = {
                "application/pdf",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "text/csv",
                MediaType.APPLICATION_JSON_VALUE
            })
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.ZON_002, ErrorCode.ZON_010, ErrorCode.PLT_002})
    @Operation(summary = "The side-by-side comparison as PDF (Lao font embedded), XLSX or CSV, for negotiators")
    ResponseEntity<byte[]> export(
            Actor actor,
            @RequestParam long left,
            @RequestParam long right,
            @RequestParam(required = false) LocalDate on,
            @RequestParam(defaultValue = "pdf") String format,
            Locale locale) {
        return ZonePageController.exportOf(sideBySide, left, right, day(on), format, locale);
    }

    @PostMapping(value = "/api/v1/zones/calculator", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.ZON_002, ErrorCode.ZON_009})
    @Operation(
            summary = "The investor's tax under each candidate park's regime",
            description = "Year by year: the rate, the relief, the tax owed, the tax at the standard rate and the "
                    + "saving; totals and net present values at the discount rate; the assumptions. A computation: "
                    + "changes nothing.")
    InvestorCalculator.Result calculate(Actor actor, @RequestBody InvestorCalculator.Profile body, Locale locale) {
        return calculator.calculate(body, locale);
    }

    @GetMapping(
            path = "/geo/zones.geojson",
            produces = {"application/geo+json", "application/json"})
    @PermitAll
    ResponseEntity<Map<String, Object>> geo() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.noCache())
                .body(map.collection());
    }

    @GetMapping(
            path = "/geo/zones/layer.geojson",
            produces = {"application/geo+json", "application/json"})
    @PermitAll
    ResponseEntity<Map<String, Object>> layer(Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.noCache())
                .header(org.springframework.http.HttpHeaders.VARY, "Accept-Language, Cookie")
                .body(map.layer(locale));
    }

    private LocalDate day(LocalDate on) {
        if (on != null && (on.getYear() < 1990 || on.getYear() > 2100)) {
            throw BusinessException.onField(ErrorCode.PLT_002, "on", on);
        }
        return on == null ? reference.today() : on;
    }

    static Spreadsheet.Format formatOf(String format) {
        return Spreadsheet.Format.of(format);
    }
}
