package org.vietlao.linkage.energy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.Money;

/**
 * Coal supply contracts between a Lao seller and a Vietnamese buyer of the registry, and their shipments: each lot
 * priced by the contract's formula from its certificate of analysis, the price kept with every term, and the
 * delivered volume held against the take-or-pay minimum year by year.
 */
@Service
class CoalContracts {

    static final String ENTITY = "energy_coal_contract";
    static final String SHIPMENT = "energy_coal_shipment";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Benchmarks benchmarks;
    private final EnterpriseDirectory enterprises;
    private final ReferenceData reference;
    private final ObjectMapper json;

    CoalContracts(
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            Benchmarks benchmarks,
            EnterpriseDirectory enterprises,
            ReferenceData reference,
            ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.benchmarks = benchmarks;
        this.enterprises = enterprises;
        this.reference = reference;
        this.json =
                json.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** A contract as entered (already normalised). */
    record Terms(
            String reference,
            long sellerId,
            long buyerId,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal annualTonnes,
            BigDecimal quarterlyTonnes,
            BigDecimal tolerancePct,
            BigDecimal takeOrPayPct,
            CalorificBasis basis,
            BigDecimal baseCv,
            CoalPricing.Spec spec,
            CoalPricing.Limits limits,
            String gatePairId,
            String port,
            String incoterm,
            String currency,
            PriceFormula formula) {}

    record Contract(long id, Terms terms, boolean demo) {

        boolean partyIs(Actor actor) {
            return actor.actsFor(terms.sellerId()) || actor.actsFor(terms.buyerId());
        }
    }

    /** A certificate of analysis and the lot it is for. */
    record Lot(String lot, LocalDate loadedOn, BigDecimal tonnes, CoalPricing.Quality quality) {}

    record Shipment(
            long id,
            long contractId,
            String lot,
            LocalDate loadedOn,
            BigDecimal tonnes,
            CoalPricing.Quality quality,
            BigDecimal price,
            boolean rejected,
            Map<String, Object> terms,
            Money value,
            BigDecimal deliveredToDate,
            boolean demo) {}

    /**
     * One contract year: the tonnes accepted (rejected lots do not count), the take-or-pay minimum (annual volume
     * × take-or-pay share), and the shortfall; for the year under way, the minimum pro rata to the day.
     */
    record ContractYear(
            LocalDate from,
            LocalDate to,
            BigDecimal delivered,
            BigDecimal minimum,
            BigDecimal minimumToDate,
            BigDecimal shortfall,
            boolean complete) {}

    /** Every rule of the terms broken, naming its field. */
    List<BusinessException.FieldError> violations(Terms t) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        Optional<EnterpriseProfile> seller = enterprises.find(new EnterpriseId(t.sellerId()));
        if (seller.isEmpty() || !"LA".equals(seller.get().country())) {
            errors.add(error("sellerId"));
        }
        Optional<EnterpriseProfile> buyer = enterprises.find(new EnterpriseId(t.buyerId()));
        if (buyer.isEmpty() || !"VN".equals(buyer.get().country())) {
            errors.add(error("buyerId"));
        }
        if (t.gatePairId() != null
                && reference.borderGate(new GatePairId(t.gatePairId())).isEmpty()) {
            errors.add(error("gatePairId"));
        }
        errors.addAll(t.formula().violations());
        return errors;
    }

    private static BusinessException.FieldError error(String field) {
        return new BusinessException.FieldError(field, ErrorCode.ENR_004.messageKey());
    }

    @Transactional
    long create(Terms t, Actor actor, boolean demo) {
        List<BusinessException.FieldError> errors = violations(t);
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ENR_004, errors);
        }
        Optional<Long> id = jdbc.sql("""
				INSERT INTO energy_coal_contract (reference, seller_id, buyer_id, starts_on, ends_on, annual_tonnes,
				    quarterly_tonnes, tolerance_pct, take_or_pay_pct, basis, base_cv, spec_tm, spec_ash, spec_ts,
				    limit_min_cv, limit_tm, limit_ash, limit_ts, gate_pair_id, port, incoterm, currency, formula,
				    created_by, created_at, demo)
				VALUES (:ref, :seller, :buyer, :starts, :ends, :annual, :quarterly, :tolerance, :top, :basis, :cv,
				    :stm, :sash, :sts, :lcv, :ltm, :lash, :lts, :gate, :port, :incoterm, :currency, CAST(:formula AS JSONB),
				    :by, :at, :demo)
				ON CONFLICT (reference) DO NOTHING RETURNING id""")
                .param("ref", t.reference())
                .param("seller", t.sellerId())
                .param("buyer", t.buyerId())
                .param("starts", Date.valueOf(t.startsOn()))
                .param("ends", Date.valueOf(t.endsOn()))
                .param("annual", t.annualTonnes())
                .param("quarterly", t.quarterlyTonnes())
                .param("tolerance", t.tolerancePct())
                .param("top", t.takeOrPayPct())
                .param("basis", t.basis().name())
                .param("cv", t.baseCv())
                .param("stm", t.spec().tm())
                .param("sash", t.spec().ash())
                .param("sts", t.spec().ts())
                .param("lcv", t.limits().minCv())
                .param("ltm", t.limits().tm())
                .param("lash", t.limits().ash())
                .param("lts", t.limits().ts())
                .param("gate", t.gatePairId())
                .param("port", t.port())
                .param("incoterm", t.incoterm())
                .param("currency", t.currency())
                .param("formula", write(t.formula()))
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("demo", demo)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            throw new BusinessException(
                    ErrorCode.ENR_004,
                    List.of(new BusinessException.FieldError("reference", ErrorCode.ENR_004.messageKey())));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("reference", t.reference());
        values.put("sellerId", t.sellerId());
        values.put("buyerId", t.buyerId());
        values.put("startsOn", t.startsOn());
        values.put("endsOn", t.endsOn());
        values.put("annualTonnes", t.annualTonnes());
        values.put("takeOrPayPct", t.takeOrPayPct());
        values.put("basis", t.basis());
        values.put("baseCv", t.baseCv());
        values.put("gatePair", t.gatePairId());
        values.put("currency", t.currency());
        values.put("formula", t.formula().kind());
        events.publishEvent(EntityChanged.created(ENTITY, id.get(), values));
        return id.get();
    }

    private String write(PriceFormula formula) {
        try {
            return json.writeValueAsString(formula);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The contract if the actor may see it (overseers, or a user of either party); else ENR-005. */
    @Transactional(readOnly = true)
    Contract visible(long id, Actor actor) {
        Contract contract = find(id).orElseThrow(() -> new BusinessException(ErrorCode.ENR_005, id));
        if (!actor.overseesEveryEnterprise() && !contract.partyIs(actor)) {
            throw new BusinessException(ErrorCode.ENR_005, id);
        }
        return contract;
    }

    /** The contracts the actor may see, newest first. */
    @Transactional(readOnly = true)
    List<Contract> visibleTo(Actor actor) {
        List<Long> own = actor.enterpriseIds().isEmpty() ? List.of(-1L) : List.copyOf(actor.enterpriseIds());
        return jdbc.sql(SELECT + " WHERE :all OR seller_id IN (:own) OR buyer_id IN (:own) ORDER BY id DESC LIMIT 200")
                .param("all", actor.overseesEveryEnterprise())
                .param("own", actor.has(org.vietlao.linkage.shared.Role.ENTERPRISE) ? own : List.of(-1L))
                .query(this::contract)
                .list();
    }

    private static final String SELECT = """
			SELECT id, reference, seller_id, buyer_id, starts_on, ends_on, annual_tonnes, quarterly_tonnes,
			    tolerance_pct, take_or_pay_pct, basis, base_cv, spec_tm, spec_ash, spec_ts, limit_min_cv, limit_tm,
			    limit_ash, limit_ts, gate_pair_id, port, incoterm, currency, formula::text, demo
			FROM energy_coal_contract""";

    Optional<Contract> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(this::contract)
                .optional();
    }

    private Contract contract(ResultSet rs, int n) throws SQLException {
        PriceFormula formula;
        try {
            formula = json.readValue(rs.getString(24), PriceFormula.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        return new Contract(
                rs.getLong(1),
                new Terms(
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getDate(5).toLocalDate(),
                        rs.getDate(6).toLocalDate(),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        rs.getBigDecimal(10),
                        CalorificBasis.valueOf(rs.getString(11)),
                        rs.getBigDecimal(12),
                        new CoalPricing.Spec(rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getBigDecimal(15)),
                        new CoalPricing.Limits(
                                rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18), rs.getBigDecimal(19)),
                        rs.getString(20),
                        rs.getString(21),
                        rs.getString(22),
                        rs.getString(23),
                        formula),
                rs.getBoolean(25));
    }

    /** The price a lot would get under the contract, without recording it. */
    CoalPricing.Result price(Contract contract, LocalDate loadedOn, CoalPricing.Quality quality) {
        Terms t = contract.terms();
        return t.formula()
                .price(
                        YearMonth.from(loadedOn),
                        benchmarks::value,
                        t.baseCv(),
                        t.basis(),
                        t.spec(),
                        t.limits(),
                        quality);
    }

    /** Records a lot: priced by the formula (ENR-003 when a benchmark month is missing), audited. */
    @Transactional
    Shipment recordShipment(long contractId, Lot lot, Actor actor, boolean demo) {
        Contract contract = find(contractId).orElseThrow(() -> new BusinessException(ErrorCode.ENR_005, contractId));
        Terms t = contract.terms();
        if (lot.loadedOn().isBefore(t.startsOn()) || lot.loadedOn().isAfter(t.endsOn())) {
            throw BusinessException.onField(ErrorCode.ENR_006, "loadedOn");
        }
        CoalPricing.Result result = price(contract, lot.loadedOn(), lot.quality());
        Money value =
                Money.of(result.price().multiply(lot.tonnes()), t.currency()).rounded();
        CoalPricing.Quality q = lot.quality();
        String terms;
        try {
            terms = json.writeValueAsString(result.terms());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        Optional<Long> id = jdbc.sql("""
				INSERT INTO energy_coal_shipment (contract_id, lot, loaded_on, tonnes, basis, cv, tm, ash, ts, im, h, price,
				    rejected, terms, value, recorded_by, recorded_at, demo)
				VALUES (:contract, :lot, :loaded, :tonnes, :basis, :cv, :tm, :ash, :ts, :im, :h, :price, :rejected,
				    CAST(:terms AS JSON), :value, :by, :at, :demo)
				ON CONFLICT (contract_id, lot) DO NOTHING RETURNING id""")
                .param("contract", contractId)
                .param("lot", lot.lot())
                .param("loaded", Date.valueOf(lot.loadedOn()))
                .param("tonnes", lot.tonnes())
                .param("basis", q.basis().name())
                .param("cv", q.cv())
                .param("tm", q.tm())
                .param("ash", q.ash())
                .param("ts", q.ts())
                .param("im", q.im())
                .param("h", q.h())
                .param("price", result.price())
                .param("rejected", result.rejected())
                .param("terms", terms)
                .param("value", value.amount())
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("demo", demo)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            throw new BusinessException(
                    ErrorCode.ENR_016,
                    List.of(new BusinessException.FieldError("lot", ErrorCode.ENR_016.messageKey(), lot.lot())),
                    lot.lot());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("contractId", contractId);
        values.put("lot", lot.lot());
        values.put("loadedOn", lot.loadedOn());
        values.put("tonnes", lot.tonnes());
        values.put("basis", q.basis());
        values.put("cv", q.cv());
        values.put("tm", q.tm());
        values.put("ash", q.ash());
        values.put("ts", q.ts());
        values.put("price", result.price());
        values.put("rejected", result.rejected());
        values.put("value", value.amount());
        events.publishEvent(EntityChanged.created(SHIPMENT, id.get(), values));
        return shipments(contractId).stream()
                .filter(s -> s.id() == id.get())
                .findFirst()
                .orElseThrow();
    }

    /** The contract's shipments in loading order, each with the accepted tonnes delivered up to it. */
    @Transactional(readOnly = true)
    List<Shipment> shipments(long contractId) {
        TypeReference<LinkedHashMap<String, Object>> map = new TypeReference<>() {};
        return jdbc.sql("""
				SELECT s.id, s.lot, s.loaded_on, s.tonnes, s.basis, s.cv, s.tm, s.ash, s.ts, s.im, s.h, s.price, s.rejected,
				    s.terms::text, s.value, c.currency, s.demo,
				    sum(CASE WHEN s.rejected THEN 0 ELSE s.tonnes END) OVER (ORDER BY s.loaded_on, s.id)
				FROM energy_coal_shipment s JOIN energy_coal_contract c ON c.id = s.contract_id
				WHERE s.contract_id = :id ORDER BY s.loaded_on, s.id""")
                .param("id", contractId)
                .query((rs, n) -> {
                    Map<String, Object> terms;
                    try {
                        terms = json.readValue(rs.getString(14), map);
                    } catch (JsonProcessingException ex) {
                        throw new IllegalStateException(ex);
                    }
                    return new Shipment(
                            rs.getLong(1),
                            contractId,
                            rs.getString(2),
                            rs.getDate(3).toLocalDate(),
                            rs.getBigDecimal(4),
                            new CoalPricing.Quality(
                                    CalorificBasis.valueOf(rs.getString(5)),
                                    rs.getBigDecimal(6),
                                    rs.getBigDecimal(7),
                                    rs.getBigDecimal(8),
                                    rs.getBigDecimal(9),
                                    rs.getBigDecimal(10),
                                    rs.getBigDecimal(11)),
                            rs.getBigDecimal(12),
                            rs.getBoolean(13),
                            terms,
                            Money.of(rs.getBigDecimal(15), rs.getString(16)),
                            rs.getBigDecimal(18),
                            rs.getBoolean(17));
                })
                .list();
    }

    /** The contract years begun by {@code today}, with accepted tonnes against the take-or-pay minimum. */
    static List<ContractYear> years(Terms t, List<Shipment> shipments, LocalDate today) {
        List<ContractYear> years = new ArrayList<>();
        BigDecimal minimum =
                t.annualTonnes().multiply(t.takeOrPayPct()).divide(CoalPricing.HUNDRED, 3, RoundingMode.HALF_UP);
        for (LocalDate from = t.startsOn();
                !from.isAfter(today) && !from.isAfter(t.endsOn());
                from = from.plusYears(1)) {
            LocalDate to = from.plusYears(1).minusDays(1);
            if (to.isAfter(t.endsOn())) {
                to = t.endsOn();
            }
            LocalDate start = from;
            LocalDate end = to;
            BigDecimal delivered = shipments.stream()
                    .filter(s -> !s.rejected()
                            && !s.loadedOn().isBefore(start)
                            && !s.loadedOn().isAfter(end))
                    .map(Shipment::tonnes)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean complete = today.isAfter(to);
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            long elapsed = complete ? days : ChronoUnit.DAYS.between(from, today) + 1;
            BigDecimal yearMinimum = minimum.multiply(BigDecimal.valueOf(days))
                    .divide(
                            BigDecimal.valueOf(ChronoUnit.DAYS.between(from, from.plusYears(1))),
                            3,
                            RoundingMode.HALF_UP);
            BigDecimal toDate = yearMinimum
                    .multiply(BigDecimal.valueOf(elapsed))
                    .divide(BigDecimal.valueOf(days), 3, RoundingMode.HALF_UP);
            BigDecimal shortfall = toDate.subtract(delivered).max(BigDecimal.ZERO);
            years.add(new ContractYear(from, to, delivered, yearMinimum, toDate, shortfall, complete));
        }
        return years;
    }
}
