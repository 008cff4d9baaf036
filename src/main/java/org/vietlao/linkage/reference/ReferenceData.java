package org.vietlao.linkage.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.HsCode;

/**
 * What other modules may ask of the reference data: HS codes, provinces on a date, border-gate pairs and
 * exchange rates. Read-only; reference data changes only through migrations and the administrators' API. Other
 * modules ask with the shared typed ids ({@link HsCode}, {@link CountryCode}, {@link GatePairId}), parsed once
 * where the input arrives (decision 0011).
 */
@Service
public class ReferenceData {

    /** Both countries keep Indochina Time (UTC+7): "today" for a province or a gate is today there. */
    public static final ZoneId REGION_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final HsNomenclature nomenclature;
    private final Provinces provinces;
    private final BorderGates borderGates;
    private final ExchangeRates exchangeRates;
    private final Clock clock;

    ReferenceData(
            HsNomenclature nomenclature,
            Provinces provinces,
            BorderGates borderGates,
            ExchangeRates exchangeRates,
            Clock clock) {
        this.nomenclature = nomenclature;
        this.provinces = provinces;
        this.borderGates = borderGates;
        this.exchangeRates = exchangeRates;
        this.clock = clock;
    }

    /** The HS 2022 code or Vietnamese national line; empty when the platform does not know it. */
    public Optional<HsEntry> hsCode(HsCode code) {
        return nomenclature.find(code.digits());
    }

    /** Whether {@code code} is a chapter, heading, subheading or national line the platform knows. */
    public boolean isKnownHsCode(HsCode code) {
        return nomenclature.exists(code.digits());
    }

    /**
     * The provinces of {@code country} (Viet Nam or Laos) on {@code day}: 63 Vietnamese ones until 2025-06-30, 34
     * from 2025-07-01, 18 Lao ones. Fails with REF-003 for another country.
     */
    public List<Province> provincesOn(CountryCode country, LocalDate day) {
        if (!country.isPartner()) {
            throw new BusinessException(ErrorCode.REF_003, country.alpha2());
        }
        return provinces.on(country.alpha2(), day);
    }

    /** The Vietnam–Laos border-gate pairs, ordered by pair id. */
    public List<BorderGatePair> borderGates() {
        return borderGates.all().stream().map(BorderGates.Sourced::pair).toList();
    }

    /** The border-gate pair with this id, if the reference data has it. */
    public Optional<BorderGatePair> borderGate(GatePairId id) {
        return borderGates.find(id.value()).map(BorderGates.Sourced::pair);
    }

    /** The yearly rates per US dollar of {@code currency} ("VND", "LAK"), by year and source. */
    public List<ExchangeRate> exchangeRates(String currency) {
        return exchangeRates.list(currency);
    }

    /** Today in Viet Nam and Laos. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(REGION_TIME));
    }

    static String knownCountry(String country) {
        String code = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.equals("VN") && !code.equals("LA")) {
            throw new BusinessException(ErrorCode.REF_003, country == null ? "" : abbreviated(country));
        }
        return code;
    }

    /** A date written YYYY-MM-DD; {@code null} or blank gives today. Fails with REF-004. */
    LocalDate dateOrToday(String date) {
        if (date == null || date.isBlank()) {
            return today();
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException ex) {
            throw new BusinessException(ErrorCode.REF_004, abbreviated(date));
        }
    }

    /** User input echoed in an error message, cut to a sensible length. */
    static String abbreviated(String input) {
        return input.length() > 20 ? input.substring(0, 20) + "…" : input;
    }
}
