package org.vietlao.linkage.energy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Money;

/**
 * Power purchase agreements of Lao plants with EVN: the tariff is checked against Viet Nam's import price cap that
 * applies to the plant's type and commercial operation date (the dated rows of {@code energy_price_cap}; where two
 * instruments cover the same window, the later one, and a row that asks for a minimum PPA term only for a PPA that
 * long); monthly metered deliveries with their invoice value, the yearly take-or-pay shortfall and the capacity
 * factor.
 */
@Service
class PowerPurchases {

    static final String ENTITY = "energy_ppa";
    static final String DELIVERY = "energy_ppa_delivery";

    enum PlantType {
        WIND,
        HYDRO,
        SOLAR,
        COAL
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PowerPurchases(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    record Cap(
            long id,
            PlantType plantType,
            LocalDate codFrom,
            LocalDate codTo,
            Integer minTermYears,
            BigDecimal capCents,
            String instrument,
            LocalDate issuedOn,
            String source) {

        boolean covers(PlantType type, LocalDate cod, int termYears) {
            return plantType == type
                    && (codFrom == null || !cod.isBefore(codFrom))
                    && !cod.isAfter(codTo)
                    && (minTermYears == null || termYears >= minTermYears);
        }
    }

    record Agreement(
            String plantName,
            PlantType plantType,
            String provinceCode,
            BigDecimal capacityMw,
            LocalDate cod,
            String buyer,
            LocalDate startsOn,
            int termYears,
            BigDecimal tariffCents,
            BigDecimal escalationPct,
            String deliveryPoint,
            BigDecimal takeOrPayPct,
            BigDecimal annualContractedMwh) {}

    record Ppa(long id, Agreement agreement, Cap cap, boolean demo) {}

    /** A month's metered energy, the tariff of that contract year and the invoice in US dollars. */
    record Delivery(
            YearMonth month,
            BigDecimal mwh,
            BigDecimal tariffCents,
            Money invoice,
            BigDecimal capacityFactorPct,
            String source) {}

    /** A calendar year of deliveries: energy, invoice, take-or-pay minimum (pro rata to the months begun). */
    record Year(
            int year,
            int months,
            BigDecimal mwh,
            Money invoice,
            BigDecimal minimumMwh,
            BigDecimal shortfallMwh,
            BigDecimal capacityFactorPct) {}

    @Transactional(readOnly = true)
    List<Cap> caps() {
        return jdbc.sql("""
				SELECT id, plant_type, cod_from, cod_to, min_term_years, cap_cents, instrument, issued_on, source
				FROM energy_price_cap ORDER BY plant_type, cod_to, issued_on""").query(PowerPurchases::cap).list();
    }

    private static Cap cap(ResultSet rs, int n) throws SQLException {
        return new Cap(
                rs.getLong(1),
                PlantType.valueOf(rs.getString(2)),
                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                rs.getDate(4).toLocalDate(),
                (Integer) rs.getObject(5),
                rs.getBigDecimal(6),
                rs.getString(7),
                rs.getDate(8).toLocalDate(),
                rs.getString(9));
    }

    /** The cap that applies: of the rows covering type, COD and term, the latest instrument; empty when none. */
    static Optional<Cap> applicable(List<Cap> caps, PlantType type, LocalDate cod, int termYears) {
        return caps.stream()
                .filter(c -> c.covers(type, cod, termYears))
                .max((a, b) -> a.issuedOn().compareTo(b.issuedOn()));
    }

    @Transactional
    long create(Agreement a, Actor actor, boolean demo) {
        Cap cap = applicable(caps(), a.plantType(), a.cod(), a.termYears())
                .orElseThrow(() -> BusinessException.onField(
                        ErrorCode.ENR_018, "cod", a.plantType().name()));
        if (a.tariffCents().compareTo(cap.capCents()) > 0) {
            throw new BusinessException(
                    ErrorCode.ENR_010,
                    List.of(new BusinessException.FieldError(
                            "tariffCents",
                            ErrorCode.ENR_010.messageKey(),
                            a.tariffCents(),
                            cap.capCents(),
                            cap.instrument())),
                    a.tariffCents().toPlainString(),
                    cap.capCents().toPlainString(),
                    cap.instrument());
        }
        Optional<Long> id = jdbc.sql("""
				INSERT INTO energy_ppa (plant_name, plant_type, province_code, capacity_mw, cod, buyer, starts_on, term_years,
				    tariff_cents, escalation_pct, delivery_point, take_or_pay_pct, annual_contracted_mwh, cap_id,
				    created_by, created_at, demo)
				VALUES (:name, :type, :province, :mw, :cod, :buyer, :starts, :term, :tariff, :esc, :point, :top, :mwh,
				    :cap, :by, :at, :demo)
				ON CONFLICT (plant_name) DO NOTHING RETURNING id""")
                .param("name", a.plantName())
                .param("type", a.plantType().name())
                .param("province", a.provinceCode())
                .param("mw", a.capacityMw())
                .param("cod", Date.valueOf(a.cod()))
                .param("buyer", a.buyer())
                .param("starts", Date.valueOf(a.startsOn()))
                .param("term", a.termYears())
                .param("tariff", a.tariffCents())
                .param("esc", a.escalationPct())
                .param("point", a.deliveryPoint())
                .param("top", a.takeOrPayPct())
                .param("mwh", a.annualContractedMwh())
                .param("cap", cap.id())
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("demo", demo)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            throw new BusinessException(
                    ErrorCode.ENR_009,
                    List.of(new BusinessException.FieldError("plantName", ErrorCode.ENR_009.messageKey())));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("plantName", a.plantName());
        values.put("plantType", a.plantType());
        values.put("province", a.provinceCode());
        values.put("capacityMw", a.capacityMw());
        values.put("cod", a.cod());
        values.put("buyer", a.buyer());
        values.put("termYears", a.termYears());
        values.put("tariffCents", a.tariffCents());
        values.put("escalationPct", a.escalationPct());
        values.put("takeOrPayPct", a.takeOrPayPct());
        values.put("annualContractedMwh", a.annualContractedMwh());
        values.put("cap", cap.instrument());
        events.publishEvent(EntityChanged.created(ENTITY, id.get(), values));
        return id.get();
    }

    private static final String SELECT = """
			SELECT p.id, p.plant_name, p.plant_type, p.province_code, p.capacity_mw, p.cod, p.buyer, p.starts_on,
			    p.term_years, p.tariff_cents, p.escalation_pct, p.delivery_point, p.take_or_pay_pct,
			    p.annual_contracted_mwh, p.demo,
			    c.id, c.plant_type, c.cod_from, c.cod_to, c.min_term_years, c.cap_cents, c.instrument, c.issued_on, c.source
			FROM energy_ppa p JOIN energy_price_cap c ON c.id = p.cap_id""";

    private static Ppa ppa(ResultSet rs, int n) throws SQLException {
        Agreement a = new Agreement(
                rs.getString(2),
                PlantType.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getBigDecimal(5),
                rs.getDate(6).toLocalDate(),
                rs.getString(7),
                rs.getDate(8).toLocalDate(),
                rs.getInt(9),
                rs.getBigDecimal(10),
                rs.getBigDecimal(11),
                rs.getString(12),
                rs.getBigDecimal(13),
                rs.getBigDecimal(14));
        Cap cap = new Cap(
                rs.getLong(16),
                PlantType.valueOf(rs.getString(17)),
                rs.getDate(18) == null ? null : rs.getDate(18).toLocalDate(),
                rs.getDate(19).toLocalDate(),
                (Integer) rs.getObject(20),
                rs.getBigDecimal(21),
                rs.getString(22),
                rs.getDate(23).toLocalDate(),
                rs.getString(24));
        return new Ppa(rs.getLong(1), a, cap, rs.getBoolean(15));
    }

    @Transactional(readOnly = true)
    List<Ppa> list() {
        return jdbc.sql(SELECT + " ORDER BY p.plant_name")
                .query(PowerPurchases::ppa)
                .list();
    }

    @Transactional(readOnly = true)
    Ppa find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query(PowerPurchases::ppa)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.ENR_011, id));
    }

    @Transactional
    void recordDelivery(long ppaId, YearMonth month, BigDecimal mwh, String source, Actor actor, boolean demo) {
        Ppa ppa = find(ppaId);
        Agreement a = ppa.agreement();
        if (month.isBefore(YearMonth.from(a.startsOn()))
                || month.isAfter(YearMonth.from(a.startsOn().plusYears(a.termYears())))
                || month.isAfter(
                        YearMonth.now(clock.withZone(org.vietlao.linkage.reference.ReferenceData.REGION_TIME)))) {
            throw BusinessException.onField(ErrorCode.ENR_012, "month");
        }
        BigDecimal hours = BigDecimal.valueOf(month.lengthOfMonth() * 24L);
        if (mwh.compareTo(a.capacityMw().multiply(hours)) > 0) {
            throw BusinessException.onField(ErrorCode.ENR_012, "mwh");
        }
        Optional<Long> id = jdbc.sql("""
				INSERT INTO energy_ppa_delivery (ppa_id, month, mwh, source, recorded_by, recorded_at, demo)
				VALUES (:ppa, :month, :mwh, :source, :by, :at, :demo)
				ON CONFLICT (ppa_id, month) DO NOTHING RETURNING id""")
                .param("ppa", ppaId)
                .param("month", Date.valueOf(month.atDay(1)))
                .param("mwh", mwh)
                .param("source", source)
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("demo", demo)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            throw new BusinessException(
                    ErrorCode.ENR_013,
                    List.of(new BusinessException.FieldError(
                            "month", ErrorCode.ENR_013.messageKey(), month.toString())),
                    month.toString());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ppaId", ppaId);
        values.put("month", month.toString());
        values.put("mwh", mwh);
        values.put("source", source);
        events.publishEvent(EntityChanged.created(DELIVERY, id.get(), values));
    }

    /** The tariff of the contract year a month falls in: tariff × (1 + escalation)^(whole years since the start). */
    static BigDecimal tariffIn(Agreement a, YearMonth month) {
        int years = 0;
        while (!YearMonth.from(a.startsOn().plusYears(years + 1)).isAfter(month)) {
            years++;
        }
        BigDecimal factor = BigDecimal.ONE
                .add(a.escalationPct().divide(CoalPricing.HUNDRED, MathContext.DECIMAL128))
                .pow(years, MathContext.DECIMAL128);
        return a.tariffCents().multiply(factor, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_UP);
    }

    @Transactional(readOnly = true)
    List<Delivery> deliveries(long ppaId) {
        Ppa ppa = find(ppaId);
        return jdbc.sql("SELECT month, mwh, source FROM energy_ppa_delivery WHERE ppa_id = :id ORDER BY month")
                .param("id", ppaId)
                .query((rs, n) -> delivery(
                        ppa.agreement(),
                        YearMonth.from(rs.getDate(1).toLocalDate()),
                        rs.getBigDecimal(2),
                        rs.getString(3)))
                .list();
    }

    static Delivery delivery(Agreement a, YearMonth month, BigDecimal mwh, String source) {
        BigDecimal tariff = tariffIn(a, month);
        // MWh × 1,000 kWh × ¢/kWh ÷ 100 = US$
        Money invoice =
                Money.of(mwh.multiply(BigDecimal.TEN).multiply(tariff), "USD").rounded();
        BigDecimal hours = BigDecimal.valueOf(month.lengthOfMonth() * 24L);
        BigDecimal cf =
                mwh.multiply(CoalPricing.HUNDRED).divide(a.capacityMw().multiply(hours), 2, RoundingMode.HALF_UP);
        return new Delivery(month, mwh, tariff, invoice, cf, source);
    }

    /**
     * Deliveries by calendar year: the take-or-pay minimum is the contracted annual energy × take-or-pay share,
     * pro rata to the months with a delivery recorded, and the shortfall what the deliveries fall short of it.
     */
    static List<Year> years(Agreement a, List<Delivery> deliveries) {
        Map<Integer, List<Delivery>> byYear = new TreeMap<>();
        deliveries.forEach(d -> byYear.computeIfAbsent(d.month().getYear(), y -> new ArrayList<>())
                .add(d));
        List<Year> years = new ArrayList<>();
        BigDecimal monthlyMinimum = a.annualContractedMwh()
                .multiply(a.takeOrPayPct())
                .divide(BigDecimal.valueOf(1200), MathContext.DECIMAL128);
        byYear.forEach((year, list) -> {
            BigDecimal mwh = list.stream().map(Delivery::mwh).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal invoice = list.stream().map(d -> d.invoice().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal minimum =
                    monthlyMinimum.multiply(BigDecimal.valueOf(list.size())).setScale(3, RoundingMode.HALF_UP);
            long hours = list.stream()
                    .mapToLong(d -> d.month().lengthOfMonth() * 24L)
                    .sum();
            BigDecimal cf = mwh.multiply(CoalPricing.HUNDRED)
                    .divide(a.capacityMw().multiply(BigDecimal.valueOf(hours)), 2, RoundingMode.HALF_UP);
            years.add(new Year(
                    year,
                    list.size(),
                    mwh,
                    Money.of(invoice, "USD"),
                    minimum,
                    minimum.subtract(mwh).max(BigDecimal.ZERO),
                    cf));
        });
        return years;
    }
}
