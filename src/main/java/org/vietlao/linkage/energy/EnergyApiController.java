package org.vietlao.linkage.energy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.Money;
import org.vietlao.linkage.shared.RequestValidation;

/**
 * Energy trade over the API: the stateless coal price, benchmark series, coal contracts and their shipments, power
 * purchase agreements with their deliveries and the power dashboard, and the infrastructure projects.
 */
@RestController
@RequestMapping(path = "/api/v1/energy", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Energy")
class EnergyApiController {

    static final String READERS = "hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN', 'ENTERPRISE')";
    static final String EDITORS = "hasAnyRole('ANALYST', 'MINISTRY')";
    static final String PROJECT_READERS = "hasAnyRole('ANALYST', 'MINISTRY', 'ADMIN', 'BORDER_OFFICER')";
    static final long MAX_IMPORT_BYTES = 2 * 1024 * 1024;

    private final CoalContracts contracts;
    private final Benchmarks benchmarks;
    private final PowerPurchases power;
    private final PowerDashboard dashboard;
    private final InfrastructureProjects projects;
    private final EnergyReference reference;
    private final IdempotentRequests idempotentRequests;
    private final RequestValidation validation;
    private final InfrastructureMap map;

    EnergyApiController(
            CoalContracts contracts,
            Benchmarks benchmarks,
            PowerPurchases power,
            PowerDashboard dashboard,
            InfrastructureProjects projects,
            EnergyReference reference,
            IdempotentRequests idempotentRequests,
            jakarta.validation.Validator validator,
            InfrastructureMap map) {
        this.contracts = contracts;
        this.benchmarks = benchmarks;
        this.power = power;
        this.dashboard = dashboard;
        this.projects = projects;
        this.reference = reference;
        this.idempotentRequests = idempotentRequests;
        this.validation = new RequestValidation(validator);
        this.map = map;
    }

    // ---- coal price -----------------------------------------------------------------------------------------

    record QualityBody(
            @Schema(example = "NAR", description = "GAR, NAR or ADB") @Size(max = 10)
            String basis,

            @Schema(example = "5900", description = "kcal/kg on the basis")
            BigDecimal cv,

            @Schema(example = "11.0", description = "total moisture, % as received")
            BigDecimal tm,

            @Schema(example = "13.0", description = "ash, % as received")
            BigDecimal ash,

            @Schema(example = "0.8", description = "total sulphur, % as received")
            BigDecimal ts,

            @Schema(description = "inherent moisture, % (needed to convert from or to ADB)")
            BigDecimal im,

            @Schema(description = "hydrogen, % as received (needed to convert between GAR and NAR)")
            BigDecimal h) {}

    record SpecBody(BigDecimal tm, BigDecimal ash, BigDecimal ts) {}

    record LimitsBody(
            @Schema(description = "rejected below this CV (contract basis)")
            BigDecimal minCv,

            BigDecimal tm,
            BigDecimal ash,
            BigDecimal ts) {}

    record PriceRequest(
            @Schema(example = "CONTRACT", description = "HPB or CONTRACT") @Size(max = 20)
            String formula,

            @Schema(example = "59.59", description = "HPB: the month's HBA, US$/t")
            BigDecimal hba,

            @Schema(example = "100.0", description = "CONTRACT: base price, US$/t")
            BigDecimal basePrice,

            @Schema(example = "6000", description = "CONTRACT: base CV on the basis")
            BigDecimal baseCv,

            @Schema(example = "NAR", description = "CONTRACT: the contract's basis") @Size(max = 10)
            String basis,

            @Valid SpecBody spec,
            @Valid LimitsBody limits,
            @Valid QualityBody quality) {}

    record PriceAnswer(
            BigDecimal price,
            String currency,
            String unit,
            Map<String, Object> terms,
            boolean rejected,
            List<String> rejectedBy) {}

    @PostMapping("/coal/price")
    @PreAuthorize(READERS)
    @Operation(
            summary = "Price a lot of coal (stateless)",
            description =
                    "HPB: Indonesia's HPB = HBA × K × A − (B + U) (Perdirjen 515.K/32/DJB/2011), the CV converted "
                            + "to GAR. CONTRACT: base price × measured CV / base CV (both on the contract's basis), less "
                            + "price × (measured − specified)/100 for each of TM, ash and TS above the specification; zero and "
                            + "rejected when a value is beyond its limit. Prices to 4 decimals, US$/t. Changes nothing.")
    @ErrorCodes({ErrorCode.ENR_001, ErrorCode.ENR_002})
    PriceAnswer price(@RequestBody PriceRequest body, Actor actor) throws BindException {
        validation.check(body);
        EnergyInput in = new EnergyInput(ErrorCode.ENR_001, new ArrayList<>());
        String formula = body.formula() == null ? "" : body.formula().strip().toUpperCase(Locale.ROOT);
        if (!formula.equals("HPB") && !formula.equals("CONTRACT")) {
            in.fault("formula");
            in.done();
        }
        QualityBody q = body.quality();
        if (q == null) {
            in.fault("quality");
            in.done();
        }
        CoalPricing.Quality quality = in.quality(q.basis(), q.cv(), q.tm(), q.ash(), q.ts(), q.im(), q.h(), "quality.");
        CoalPricing.Result result;
        if (formula.equals("HPB")) {
            BigDecimal hba = in.number(body.hba(), "hba", "0", "10000", true, 4);
            in.done();
            result = CoalPricing.hpb(hba, quality);
        } else {
            BigDecimal basePrice = in.number(body.basePrice(), "basePrice", "0", "10000", true, 4);
            BigDecimal baseCv = in.number(body.baseCv(), "baseCv", "1000", "10000", false, 2);
            CalorificBasis basis = in.choice(CalorificBasis.class, body.basis(), "basis");
            CoalPricing.Spec spec = spec(in, body.spec(), "spec.");
            CoalPricing.Limits limits = limits(in, body.limits(), "limits.");
            in.done();
            result = CoalPricing.contract(basePrice, baseCv, basis, spec, limits, quality, Map.of());
        }
        return new PriceAnswer(result.price(), "USD", "t", result.terms(), result.rejected(), result.rejectedBy());
    }

    static CoalPricing.Spec spec(EnergyInput in, SpecBody body, String prefix) {
        if (body == null) {
            return new CoalPricing.Spec(null, null, null);
        }
        return new CoalPricing.Spec(
                in.optionalNumber(body.tm(), prefix + "tm", "0", "99.99", false, 2),
                in.optionalNumber(body.ash(), prefix + "ash", "0", "99.99", false, 2),
                in.optionalNumber(body.ts(), prefix + "ts", "0", "99.99", false, 2));
    }

    static CoalPricing.Limits limits(EnergyInput in, LimitsBody body, String prefix) {
        if (body == null) {
            return new CoalPricing.Limits(null, null, null, null);
        }
        return new CoalPricing.Limits(
                in.optionalNumber(body.minCv(), prefix + "minCv", "0", "10000", true, 2),
                in.optionalNumber(body.tm(), prefix + "tm", "0", "99.99", false, 2),
                in.optionalNumber(body.ash(), prefix + "ash", "0", "99.99", false, 2),
                in.optionalNumber(body.ts(), prefix + "ts", "0", "99.99", false, 2));
    }

    // ---- benchmarks -----------------------------------------------------------------------------------------

    record BenchmarkBody(
            @Schema(example = "ICI-3") @Size(max = 20) String series,
            @Schema(example = "2026-10") @Size(max = 7) String month,
            @Schema(example = "57.85") BigDecimal value,
            @Schema(example = "USD") @Size(max = 3) String currency,

            @Schema(example = "Argus/Coalindo ICI report, monthly average") @Size(max = 500)
            String source) {}

    @GetMapping("/benchmarks")
    @PreAuthorize(READERS)
    @Operation(summary = "Benchmark values", description = "Newest month first, at most 500; optionally one series.")
    List<Benchmarks.Recorded> benchmarks(
            @RequestParam(required = false) @Parameter(example = "HBA") @Size(max = 20) String series) {
        return benchmarks.list(series == null ? null : series.strip().toUpperCase(Locale.ROOT));
    }

    @PostMapping("/benchmarks")
    @PreAuthorize("hasRole('ANALYST')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a month's value of a benchmark series",
            description = "Series (A–Z, 0–9, - and _), month (YYYY-MM), value, currency and source. ENR-008 when the "
                    + "series already has that month. Audited.")
    @ErrorCodes({ErrorCode.ENR_007, ErrorCode.ENR_008})
    Benchmarks.ImportReport recordBenchmark(@RequestBody BenchmarkBody body, Actor actor) throws BindException {
        validation.check(body);
        List<BusinessException.FieldError> errors = new ArrayList<>();
        Benchmarks.Value value = Benchmarks.normalise(
                body.series(), body.month(), body.value(), body.currency(), body.source(), "", errors);
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ENR_007, errors);
        }
        benchmarks.record(value, actor, false);
        return new Benchmarks.ImportReport(1);
    }

    @PostMapping(path = "/benchmarks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(
            summary = "Import benchmark values from CSV, all or nothing",
            description = "UTF-8 CSV with the header series,month,value,currency,source. Every row valid and new, or "
                    + "nothing recorded and every bad row named (ENR-007, rows[n].column). Idempotency-Key safe.")
    @ErrorCodes({ErrorCode.ENR_007, ErrorCode.ENR_017, ErrorCode.IDM_001, ErrorCode.IDM_002})
    ResponseEntity<Benchmarks.ImportReport> importBenchmarks(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            Actor actor) {
        if (file == null || file.isEmpty() || file.getSize() > MAX_IMPORT_BYTES) {
            throw new BusinessException(ErrorCode.ENR_017);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException ex) {
            throw new BusinessException(ErrorCode.ENR_017);
        }
        String text = new String(content, StandardCharsets.UTF_8);
        IdempotentRequests.Answer<Benchmarks.ImportReport> answer = idempotentRequests.once(
                new IdempotentRequests.Request(actor, idempotencyKey, "energy-benchmark-import", content),
                Benchmarks.ImportReport.class,
                HttpStatus.CREATED.value(),
                () -> benchmarks.importCsv(text, actor));
        return ResponseEntity.status(answer.status())
                .header(IdempotentRequests.REPLAYED_HEADER, String.valueOf(answer.replayed()))
                .body(answer.body());
    }

    // ---- coal contracts -------------------------------------------------------------------------------------

    record ComponentBody(
            @Schema(example = "ICI-3") @Size(max = 20) String series, BigDecimal weight) {}

    record FormulaBody(
            @Schema(example = "INDEXED", description = "INDEXED, FIXED or HPB") @Size(max = 10)
            String kind,

            @Valid @Size(max = 6) List<@Valid ComponentBody> components,

            @Schema(example = "1", description = "months between the quotation period's end and loading")
            Integer offsetMonths,

            @Schema(example = "1", description = "months averaged")
            Integer months,

            @Schema(example = "2.5", description = "INDEXED: premium (negative: discount), US$/t")
            BigDecimal premium,

            @Schema(description = "FIXED: the price, US$/t") BigDecimal fixedPrice,

            @Schema(example = "HBA", description = "HPB: the HBA series") @Size(max = 20)
            String hbaSeries) {}

    record ContractBody(
            @Schema(example = "TKV-XK-2027-01") @Size(max = 60)
            String reference,

            Long sellerId,
            Long buyerId,
            @Schema(example = "2027-01-01") @Size(max = 10) String startsOn,
            @Schema(example = "2029-12-31") @Size(max = 10) String endsOn,
            @Schema(example = "600000") BigDecimal annualTonnes,
            @Schema(example = "150000") BigDecimal quarterlyTonnes,
            @Schema(example = "10") BigDecimal tolerancePct,
            @Schema(example = "80") BigDecimal takeOrPayPct,
            @Schema(example = "NAR") @Size(max = 10) String basis,
            @Schema(example = "5500") BigDecimal baseCv,
            @Valid SpecBody spec,
            @Valid LimitsBody limits,
            @Schema(example = "VL-INT-06") @Size(max = 20) String gatePairId,
            @Size(max = 100) String port,
            @Schema(example = "DAP") @Size(max = 3) String incoterm,
            @Schema(example = "USD") @Size(max = 3) String currency,
            @Valid FormulaBody formula) {}

    record ShipmentBody(
            @Schema(example = "LOT-2027-001") @Size(max = 60)
            String lot,

            @Schema(example = "2027-02-15") @Size(max = 10) String loadedOn,
            @Schema(example = "5200") BigDecimal tonnes,
            @Valid QualityBody quality) {}

    record ContractView(
            CoalContracts.Contract contract,
            List<CoalContracts.Shipment> shipments,
            List<CoalContracts.ContractYear> years,
            List<String> quotationMonths) {}

    static final java.util.Set<String> INCOTERMS =
            java.util.Set.of("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF");

    @GetMapping("/coal/contracts")
    @PreAuthorize(READERS)
    @Operation(summary = "Coal contracts", description = "Every contract for overseers; a party's own for enterprises.")
    List<CoalContracts.Contract> contracts(Actor actor) {
        return contracts.visibleTo(actor);
    }

    @GetMapping("/coal/contracts/{id}")
    @PreAuthorize(READERS)
    @Operation(
            summary = "A coal contract with its shipments and contract years",
            description = "Each shipment with its price and every term; each contract year with the accepted tonnes, "
                    + "the take-or-pay minimum (pro rata for the year under way) and the shortfall.")
    @ErrorCodes({ErrorCode.ENR_005})
    ContractView contract(@PathVariable long id, Actor actor) {
        CoalContracts.Contract contract = contracts.visible(id, actor);
        List<CoalContracts.Shipment> shipments = contracts.shipments(id);
        return new ContractView(
                contract, shipments, CoalContracts.years(contract.terms(), shipments, projects.today()), List.of());
    }

    @PostMapping("/coal/contracts")
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a coal supply contract",
            description = "A Lao seller and a Vietnamese buyer of the registry, term, volumes, quality specification "
                    + "and rejection limits, delivery point (gate pair or port), Incoterm, currency and the price "
                    + "formula as data (INDEXED, FIXED or HPB). Audited.")
    @ErrorCodes({ErrorCode.ENR_004})
    CoalContracts.Contract createContract(@RequestBody ContractBody body, Actor actor) throws BindException {
        validation.check(body);
        long id = contracts.create(terms(body), actor, false);
        return contracts.visible(id, actor);
    }

    /** The contract as entered, normalised (the API and the page form): ENR-004 naming every bad field. */
    static CoalContracts.Terms terms(ContractBody body) {
        EnergyInput in = new EnergyInput(ErrorCode.ENR_004, new ArrayList<>());
        String ref = in.text(body.reference(), "reference", 60);
        if (body.sellerId() == null || body.sellerId() <= 0) {
            in.fault("sellerId");
        }
        if (body.buyerId() == null || body.buyerId() <= 0) {
            in.fault("buyerId");
        }
        LocalDate starts = in.date(body.startsOn(), "startsOn");
        LocalDate ends = in.date(body.endsOn(), "endsOn");
        if (starts != null && ends != null && ends.isBefore(starts)) {
            in.fault("endsOn");
        }
        BigDecimal annual = in.number(body.annualTonnes(), "annualTonnes", "0", "1000000000", true, 2);
        BigDecimal quarterly = in.number(body.quarterlyTonnes(), "quarterlyTonnes", "0", "1000000000", true, 2);
        BigDecimal tolerance = in.number(body.tolerancePct(), "tolerancePct", "0", "99", false, 2);
        BigDecimal top = in.number(body.takeOrPayPct(), "takeOrPayPct", "0", "100", false, 2);
        CalorificBasis basis = in.choice(CalorificBasis.class, body.basis(), "basis");
        BigDecimal baseCv = in.number(body.baseCv(), "baseCv", "1000", "10000", false, 2);
        CoalPricing.Spec spec = spec(in, body.spec(), "spec.");
        CoalPricing.Limits limits = limits(in, body.limits(), "limits.");
        String gate = in.optionalText(body.gatePairId(), "gatePairId", 20);
        String port = in.optionalText(body.port(), "port", 100);
        if (gate == null && port == null && in.clean()) {
            in.fault("gatePairId");
        }
        String incoterm =
                body.incoterm() == null ? null : body.incoterm().strip().toUpperCase(Locale.ROOT);
        if (incoterm == null || !INCOTERMS.contains(incoterm)) {
            in.fault("incoterm");
        }
        String currency = null;
        try {
            currency = Money.currency(body.currency(), "currency");
        } catch (BusinessException ex) {
            in.fault("currency");
        }
        PriceFormula formula = formula(in, body.formula());
        in.done();
        return new CoalContracts.Terms(
                ref,
                body.sellerId(),
                body.buyerId(),
                starts,
                ends,
                annual,
                quarterly,
                tolerance,
                top,
                basis,
                baseCv,
                spec,
                limits,
                gate == null ? null : gate.toUpperCase(Locale.ROOT),
                port,
                incoterm,
                currency,
                formula);
    }

    static PriceFormula formula(EnergyInput in, FormulaBody body) {
        if (body == null) {
            in.fault("formula");
            return null;
        }
        PriceFormula.Kind kind = in.choice(PriceFormula.Kind.class, body.kind(), "formula.kind");
        List<PriceFormula.Component> components = new ArrayList<>();
        if (body.components() != null) {
            for (ComponentBody c : body.components()) {
                components.add(
                        c == null
                                ? null
                                : new PriceFormula.Component(
                                        c.series() == null
                                                ? null
                                                : c.series().strip().toUpperCase(Locale.ROOT),
                                        c.weight()));
            }
        }
        PriceFormula formula = new PriceFormula(
                kind,
                components.contains(null) ? List.of() : components,
                body.offsetMonths() == null ? 1 : body.offsetMonths(),
                body.months() == null ? 1 : body.months(),
                body.premium(),
                body.fixedPrice(),
                body.hbaSeries() == null ? null : body.hbaSeries().strip().toUpperCase(Locale.ROOT));
        if (kind != null) {
            formula.violations().forEach(e -> in.fault(e.field()));
        }
        return formula;
    }

    @PostMapping("/coal/contracts/{id}/shipments")
    @PreAuthorize("hasAnyRole('ANALYST', 'MINISTRY', 'ENTERPRISE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a shipment with its certificate of analysis",
            description =
                    "Lot, loading date (within the term), tonnes and the analysis (basis, CV, TM, ash, TS; IM and "
                            + "H when a basis conversion needs them). Priced by the contract's formula with every term kept; "
                            + "ENR-003 names the benchmark month missing. By an analyst, a ministry official or a user of "
                            + "either party. Audited.")
    @ErrorCodes({
        ErrorCode.ENR_001,
        ErrorCode.ENR_002,
        ErrorCode.ENR_003,
        ErrorCode.ENR_005,
        ErrorCode.ENR_006,
        ErrorCode.ENR_016
    })
    CoalContracts.Shipment recordShipment(@PathVariable long id, @RequestBody ShipmentBody body, Actor actor)
            throws BindException {
        contracts.visible(id, actor);
        validation.check(body);
        return contracts.recordShipment(id, lot(body), actor, false);
    }

    static CoalContracts.Lot lot(ShipmentBody body) {
        EnergyInput in = new EnergyInput(ErrorCode.ENR_006, new ArrayList<>());
        String lot = in.text(body.lot(), "lot", 60);
        LocalDate loaded = in.date(body.loadedOn(), "loadedOn");
        BigDecimal tonnes = in.number(body.tonnes(), "tonnes", "0", "1000000", true, 3);
        QualityBody q =
                body.quality() == null ? new QualityBody(null, null, null, null, null, null, null) : body.quality();
        CoalPricing.Quality quality = in.quality(q.basis(), q.cv(), q.tm(), q.ash(), q.ts(), q.im(), q.h(), "quality.");
        in.done();
        return new CoalContracts.Lot(lot, loaded, tonnes, quality);
    }

    // ---- power ----------------------------------------------------------------------------------------------

    record PpaBody(
            @Schema(example = "Monsoon Wind Power") @Size(max = 200)
            String plantName,

            @Schema(example = "WIND", description = "WIND, HYDRO, SOLAR or COAL") @Size(max = 10)
            String plantType,

            @Schema(example = "LA-XE") @Size(max = 10) String provinceCode,
            @Schema(example = "600") BigDecimal capacityMw,
            @Schema(example = "2025-08-22") @Size(max = 10) String cod,
            @Schema(example = "EVN") @Size(max = 200) String buyer,
            @Schema(example = "2025-08-22") @Size(max = 10) String startsOn,
            @Schema(example = "25") Integer termYears,

            @Schema(example = "6.95", description = "US cents/kWh at the border")
            BigDecimal tariffCents,

            @Schema(example = "0") BigDecimal escalationPct,

            @Schema(example = "Thanh My 500 kV substation") @Size(max = 200)
            String deliveryPoint,

            @Schema(example = "80") BigDecimal takeOrPayPct,
            @Schema(example = "1500000") BigDecimal annualContractedMwh) {}

    record DeliveryBody(
            @Schema(example = "2026-10") @Size(max = 7) String month,
            @Schema(example = "120000") BigDecimal mwh,

            @Schema(example = "EVN metering, Thanh My") @Size(max = 300)
            String source) {}

    record CapView(PowerPurchases.Cap cap, boolean applies) {}

    record PpaView(
            PowerPurchases.Ppa ppa,
            List<CapView> caps,
            List<PowerPurchases.Delivery> deliveries,
            List<PowerPurchases.Year> years) {}

    @GetMapping("/power/caps")
    @PreAuthorize(READERS)
    @Operation(
            summary = "Viet Nam's import price caps for power from Laos",
            description = "Dated rows, each with its instrument and source.")
    List<PowerPurchases.Cap> caps() {
        return power.caps();
    }

    @GetMapping("/power/ppas")
    @PreAuthorize(READERS)
    @Operation(summary = "Power purchase agreements", description = "Each with the cap that applies to it.")
    List<PowerPurchases.Ppa> ppas() {
        return power.list();
    }

    @GetMapping("/power/ppas/{id}")
    @PreAuthorize(READERS)
    @Operation(
            summary = "A PPA with its deliveries",
            description = "The caps of its plant type, the one that applies marked; monthly deliveries with tariff, "
                    + "invoice and capacity factor; years with the take-or-pay shortfall.")
    @ErrorCodes({ErrorCode.ENR_011})
    PpaView ppa(@PathVariable long id) {
        PowerPurchases.Ppa ppa = power.find(id);
        List<PowerPurchases.Delivery> deliveries = power.deliveries(id);
        return new PpaView(ppa, capsOf(ppa), deliveries, PowerPurchases.years(ppa.agreement(), deliveries));
    }

    List<CapView> capsOf(PowerPurchases.Ppa ppa) {
        return power.caps().stream()
                .filter(c -> c.plantType() == ppa.agreement().plantType())
                .map(c -> new CapView(c, c.id() == ppa.cap().id()))
                .toList();
    }

    @PostMapping("/power/ppas")
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a power purchase agreement",
            description = "The cap that applies is the latest instrument covering the plant type, COD and term "
                    + "(ENR-018 when none); a tariff above it is refused (ENR-010). Audited.")
    @ErrorCodes({ErrorCode.ENR_009, ErrorCode.ENR_010, ErrorCode.ENR_018})
    PowerPurchases.Ppa createPpa(@RequestBody PpaBody body, Actor actor) throws BindException {
        validation.check(body);
        long id = power.create(agreement(body, reference), actor, false);
        return power.find(id);
    }

    /** The agreement as entered, normalised (the API and the page form): ENR-009 naming every bad field. */
    static PowerPurchases.Agreement agreement(PpaBody body, EnergyReference reference) {
        EnergyInput in = new EnergyInput(ErrorCode.ENR_009, new ArrayList<>());
        String name = in.text(body.plantName(), "plantName", 200);
        PowerPurchases.PlantType type = in.choice(PowerPurchases.PlantType.class, body.plantType(), "plantType");
        String province = reference.laoProvince(body.provinceCode());
        if (province == null) {
            in.fault("provinceCode");
        }
        BigDecimal mw = in.number(body.capacityMw(), "capacityMw", "0", "100000", true, 2);
        LocalDate cod = in.date(body.cod(), "cod");
        String buyer = in.text(body.buyer(), "buyer", 200);
        LocalDate starts = in.date(body.startsOn(), "startsOn");
        if (body.termYears() == null || body.termYears() < 1 || body.termYears() > 50) {
            in.fault("termYears");
        }
        BigDecimal tariff = in.number(body.tariffCents(), "tariffCents", "0", "100", true, 4);
        BigDecimal escalation = in.number(
                body.escalationPct() == null ? BigDecimal.ZERO : body.escalationPct(),
                "escalationPct",
                "0",
                "20",
                false,
                3);
        String point = in.text(body.deliveryPoint(), "deliveryPoint", 200);
        BigDecimal top = in.number(body.takeOrPayPct(), "takeOrPayPct", "0", "100", false, 2);
        BigDecimal annual = in.number(body.annualContractedMwh(), "annualContractedMwh", "0", "100000000", true, 3);
        in.done();
        return new PowerPurchases.Agreement(
                name, type, province, mw, cod, buyer, starts, body.termYears(), tariff, escalation, point, top, annual);
    }

    @PostMapping("/power/ppas/{id}/deliveries")
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a month's metered delivery",
            description = "Month (YYYY-MM, within the term and not in the future), MWh (at most capacity × hours) and "
                    + "the metering source. ENR-013 when the month is recorded. Audited.")
    @ErrorCodes({ErrorCode.ENR_011, ErrorCode.ENR_012, ErrorCode.ENR_013})
    PpaView recordDelivery(@PathVariable long id, @RequestBody DeliveryBody body, Actor actor) throws BindException {
        power.find(id);
        validation.check(body);
        Metered m = metered(body);
        power.recordDelivery(id, m.month(), m.mwh(), m.source(), actor, false);
        return ppa(id);
    }

    /** A month's metered energy as entered, normalised (the API and the page form). */
    record Metered(YearMonth month, BigDecimal mwh, String source) {}

    static Metered metered(DeliveryBody body) {
        EnergyInput in = new EnergyInput(ErrorCode.ENR_012, new ArrayList<>());
        YearMonth month = in.month(body.month(), "month");
        BigDecimal mwh = in.number(body.mwh(), "mwh", "0", "100000000", false, 3);
        String source = in.text(body.source(), "source", 300);
        in.done();
        return new Metered(month, mwh, source);
    }

    @GetMapping("/power/dashboard")
    @PreAuthorize(READERS)
    @Operation(
            summary = "Power imports from Laos by year",
            description = "Contracted MW (by COD) and delivered GWh by year, plant and type, against the published "
                    + "import targets with their instrument and source.")
    PowerDashboard.View powerDashboard() {
        return dashboard.view();
    }

    // ---- infrastructure -------------------------------------------------------------------------------------

    record ProjectBody(
            @Schema(example = "Lao Bao inspection yard") @Size(max = 200)
            String nameEn,

            @Schema(example = "Bãi kiểm tra hàng hóa Lao Bảo") @Size(max = 200)
            String nameVi,

            @Schema(example = "ລານກວດກາສິນຄ້າລາວບາວ") @Size(max = 200)
            String nameLo,

            @Schema(example = "INSPECTION_YARD") @Size(max = 30)
            String kind,

            @Schema(example = "VL-INT-06") @Size(max = 20) String gatePairId,
            @Size(max = 200) String corridor,
            @Schema(example = "VN") @Size(max = 2) String country,

            @Schema(example = "Quang Tri Provincial People's Committee") @Size(max = 200)
            String owner,

            BigDecimal budget,
            @Schema(example = "VND") @Size(max = 3) String currency,
            @Size(max = 300) String fundingSource,
            BigDecimal progressPct,
            @Schema(example = "UNDER_WAY") @Size(max = 20) String status,
            @Size(max = 10) List<@Size(max = 500) String> documents,
            @Size(max = 500) String source) {}

    record MilestoneBody(
            @Size(max = 200) String name,
            @Schema(example = "2027-06-30") @Size(max = 10) String plannedOn,
            @Size(max = 10) String actualOn) {}

    record ProgressBody(
            BigDecimal progressPct,
            @Schema(example = "UNDER_WAY") @Size(max = 20) String status) {}

    @GetMapping("/infrastructure/projects")
    @PreAuthorize(PROJECT_READERS)
    @Operation(
            summary = "Infrastructure projects",
            description =
                    "Filter by gate pair, kind, country and status; each with its milestones (late ones flagged). "
                            + "A border officer sees the projects at their gates.")
    @ErrorCodes({ErrorCode.ENR_014})
    List<InfrastructureProjects.Project> projects(
            @RequestParam(required = false) @Size(max = 20) String gatePairId,
            @RequestParam(required = false) @Size(max = 30) String kind,
            @RequestParam(required = false) @Size(max = 2) String country,
            @RequestParam(required = false) @Size(max = 20) String status,
            Actor actor) {
        EnergyInput in = new EnergyInput(ErrorCode.ENR_014, new ArrayList<>());
        InfrastructureProjects.Filter filter = new InfrastructureProjects.Filter(
                gatePairId == null || gatePairId.isBlank()
                        ? null
                        : gatePairId.strip().toUpperCase(Locale.ROOT),
                in.optionalChoice(InfrastructureProjects.Kind.class, kind, "kind"),
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT),
                in.optionalChoice(InfrastructureProjects.Status.class, status, "status"));
        in.done();
        return projects.list(filter, actor);
    }

    @GetMapping(
            path = "/infrastructure/projects.geojson",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @PreAuthorize(PROJECT_READERS)
    @Operation(
            summary = "Infrastructure projects as map points (GeoJSON)",
            description = "A FeatureCollection of the projects the caller may read that serve a gate pair, each drawn "
                    + "beside the gate of its country's side: name in the reader's language, a one-line detail (kind, "
                    + "gate, status, progress, source), the page, the source, late and demo flags. Projects along a "
                    + "corridor have no point and are left out. The home map's layer (shared.MapLayers).")
    ResponseEntity<Map<String, Object>> projectsGeoJson(Actor actor, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(map.collection(actor, locale));
    }

    @GetMapping("/infrastructure/projects/{id}")
    @PreAuthorize(PROJECT_READERS)
    @Operation(summary = "An infrastructure project with its milestones")
    @ErrorCodes({ErrorCode.ENR_015})
    InfrastructureProjects.Project project(@PathVariable long id, Actor actor) {
        return projects.visible(id, actor);
    }

    @PostMapping("/infrastructure/projects")
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an infrastructure project",
            description =
                    "Names in three languages, kind, the gate pair (reference data) or corridor it serves, "
                            + "country, owner, budget and funding, progress, status, documents (https links) and source. Audited.")
    @ErrorCodes({ErrorCode.ENR_014})
    InfrastructureProjects.Project createProject(@RequestBody ProjectBody body, Actor actor) throws BindException {
        validation.check(body);
        long id = projects.create(plan(body, reference), actor, false);
        return projects.visible(id, actor);
    }

    /** The project as entered, normalised (the API and the page form): ENR-014 naming every bad field. */
    static InfrastructureProjects.Plan plan(ProjectBody body, EnergyReference reference) {
        EnergyInput in = new EnergyInput(ErrorCode.ENR_014, new ArrayList<>());
        String en = in.text(body.nameEn(), "nameEn", 200);
        String vi = in.text(body.nameVi(), "nameVi", 200);
        String lo = in.text(body.nameLo(), "nameLo", 200);
        InfrastructureProjects.Kind kind = in.choice(InfrastructureProjects.Kind.class, body.kind(), "kind");
        String gate = in.optionalText(body.gatePairId(), "gatePairId", 20);
        if (gate != null) {
            gate = gate.toUpperCase(Locale.ROOT);
            if (!reference.gateExists(gate)) {
                in.fault("gatePairId");
            }
        }
        String corridor = in.optionalText(body.corridor(), "corridor", 200);
        if (gate == null && corridor == null) {
            in.fault("gatePairId");
        }
        String country = body.country() == null ? "" : body.country().strip().toUpperCase(Locale.ROOT);
        if (!country.equals("VN") && !country.equals("LA")) {
            in.fault("country");
        }
        String owner = in.text(body.owner(), "owner", 200);
        BigDecimal budget = in.optionalNumber(body.budget(), "budget", "0", "1E15", false, 2);
        String currency = null;
        if (budget != null) {
            try {
                currency = Money.currency(body.currency(), "currency");
            } catch (BusinessException ex) {
                in.fault("currency");
            }
        }
        String funding = in.optionalText(body.fundingSource(), "fundingSource", 300);
        BigDecimal progress = in.number(
                body.progressPct() == null ? BigDecimal.ZERO : body.progressPct(), "progressPct", "0", "100", false, 2);
        InfrastructureProjects.Status status = in.choice(InfrastructureProjects.Status.class, body.status(), "status");
        List<String> documents = new ArrayList<>();
        if (body.documents() != null) {
            for (int i = 0; i < body.documents().size(); i++) {
                String d = body.documents().get(i);
                if (d == null || !d.strip().matches("https?://[^\\s<>\"]{3,490}")) {
                    in.fault("documents[" + i + "]");
                } else {
                    documents.add(d.strip());
                }
            }
        }
        String source = in.text(body.source(), "source", 500);
        in.done();
        return new InfrastructureProjects.Plan(
                LocalizedText.of(en, vi, lo),
                kind,
                gate,
                corridor,
                country,
                owner,
                budget,
                currency,
                funding,
                progress,
                status,
                documents,
                source);
    }

    @PostMapping("/infrastructure/projects/{id}/milestones")
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a milestone",
            description = "Name, planned date and, once reached, the actual date. Audited.")
    @ErrorCodes({ErrorCode.ENR_014, ErrorCode.ENR_015})
    InfrastructureProjects.Project addMilestone(@PathVariable long id, @RequestBody MilestoneBody body, Actor actor)
            throws BindException {
        projects.visible(id, actor);
        validation.check(body);
        Step step = step(body, projects.today());
        projects.addMilestone(id, step.name(), step.plannedOn(), step.actualOn(), actor);
        return projects.visible(id, actor);
    }

    /** A milestone as entered, normalised (the API and the page form): not reached after today. */
    record Step(String name, LocalDate plannedOn, LocalDate actualOn) {}

    static Step step(MilestoneBody body, LocalDate today) {
        EnergyInput in = new EnergyInput(ErrorCode.ENR_014, new ArrayList<>());
        String name = in.text(body.name(), "name", 200);
        LocalDate planned = in.date(body.plannedOn(), "plannedOn");
        LocalDate actual = in.optionalDate(body.actualOn(), "actualOn");
        if (actual != null && actual.isAfter(today)) {
            in.fault("actualOn");
        }
        in.done();
        return new Step(name, planned, actual);
    }

    @PutMapping("/infrastructure/projects/{id}/progress")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Update progress and status", description = "Audited as the fields that changed.")
    @ErrorCodes({ErrorCode.ENR_014, ErrorCode.ENR_015})
    InfrastructureProjects.Project progress(@PathVariable long id, @RequestBody ProgressBody body, Actor actor)
            throws BindException {
        projects.visible(id, actor);
        validation.check(body);
        Advance advance = advance(body);
        projects.progress(id, advance.progressPct(), advance.status());
        return projects.visible(id, actor);
    }

    /** Progress and status as entered, normalised (the API and the page form). */
    record Advance(BigDecimal progressPct, InfrastructureProjects.Status status) {}

    static Advance advance(ProgressBody body) {
        EnergyInput in = new EnergyInput(ErrorCode.ENR_014, new ArrayList<>());
        BigDecimal progress = in.number(body.progressPct(), "progressPct", "0", "100", false, 2);
        InfrastructureProjects.Status status = in.choice(InfrastructureProjects.Status.class, body.status(), "status");
        in.done();
        return new Advance(progress, status);
    }

    static Map<String, Object> ordered(Map<String, Object> map) {
        return new LinkedHashMap<>(map);
    }
}
