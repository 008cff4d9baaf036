package org.vietlao.linkage.reference;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Yearly exchange rates per US dollar, one per currency, year and source.
 */
@Repository
class ExchangeRates {

    static final String ENTITY = "exchange_rate";
    static final int FIRST_YEAR = 1900;
    static final int MAX_SOURCE = 200;
    static final int MAX_URL = 500;
    static final int MAX_INTEGER_DIGITS = 16;
    static final int MAX_DECIMALS = 8;

    private final JdbcClient jdbc;
    private final CodeLists codeLists;
    private final ApplicationEventPublisher events;

    ExchangeRates(JdbcClient jdbc, CodeLists codeLists, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.codeLists = codeLists;
        this.events = events;
    }

    /** What an administrator submits; every field is checked by {@link #record}. */
    record Submission(String currency, Integer year, BigDecimal ratePerUsd, String source, String sourceUrl) {}

    /** The rates of one currency, or of all when {@code currency} is {@code null}, by currency, year and source. */
    List<ExchangeRate> list(String currency) {
        return jdbc.sql("SELECT * FROM exchange_rate WHERE CAST(:currency AS TEXT) IS NULL OR currency = :currency "
                        + "ORDER BY currency, year, source")
                .param("currency", currency)
                .query((rs, n) -> new ExchangeRate(
                        rs.getLong("id"),
                        rs.getString("currency"),
                        rs.getInt("year"),
                        plain(rs.getBigDecimal("rate_per_usd")),
                        rs.getString("source"),
                        rs.getString("source_url")))
                .list();
    }

    /**
     * Records a new rate, audited. Fails with REF-007 naming every invalid field, or REF-008 if the same source
     * already gave a rate for that currency and year.
     */
    @Transactional
    ExchangeRate record(Submission submission, LocalDate today) {
        ExchangeRate rate = validated(submission, today);
        Long id = jdbc.sql("""
				INSERT INTO exchange_rate (currency, year, rate_per_usd, source, source_url)
				VALUES (:currency, :year, :rate, :source, :url)
				ON CONFLICT (currency, year, source) DO NOTHING
				RETURNING id""")
                .param("currency", rate.currency())
                .param("year", rate.year())
                .param("rate", rate.ratePerUsd())
                .param("source", rate.source())
                .param("url", rate.sourceUrl())
                .query(Long.class)
                .optional()
                .orElseThrow(
                        () -> new BusinessException(ErrorCode.REF_008, rate.currency(), String.valueOf(rate.year())));
        ExchangeRate recorded =
                new ExchangeRate(id, rate.currency(), rate.year(), rate.ratePerUsd(), rate.source(), rate.sourceUrl());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("currency", recorded.currency());
        values.put("year", recorded.year());
        values.put("ratePerUsd", recorded.ratePerUsd().toPlainString());
        values.put("source", recorded.source());
        values.put("sourceUrl", recorded.sourceUrl());
        events.publishEvent(EntityChanged.created(ENTITY, id, values));
        return recorded;
    }

    private ExchangeRate validated(Submission submission, LocalDate today) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String currency = submission.currency() == null
                ? null
                : submission.currency().strip().toUpperCase(Locale.ROOT);
        if (currency == null || currency.isEmpty()) {
            errors.add(new BusinessException.FieldError("currency", "validation.NotBlank"));
        } else if ("USD".equals(currency)) {
            errors.add(new BusinessException.FieldError("currency", "reference.rate.error.usd"));
        } else if (!currency.matches("[A-Z]{3}") || !codeLists.isCurrentCurrency(currency)) {
            errors.add(new BusinessException.FieldError("currency", "reference.rate.error.currency"));
        }
        Integer year = submission.year();
        if (year == null) {
            errors.add(new BusinessException.FieldError("year", "validation.NotNull"));
        } else if (year < FIRST_YEAR || year > today.getYear()) {
            errors.add(new BusinessException.FieldError(
                    "year", "reference.rate.error.year", String.valueOf(FIRST_YEAR), String.valueOf(today.getYear())));
        }
        BigDecimal rate = submission.ratePerUsd();
        if (rate == null) {
            errors.add(new BusinessException.FieldError("ratePerUsd", "validation.NotNull"));
        } else if (rate.signum() <= 0
                || rate.stripTrailingZeros().scale() > MAX_DECIMALS
                || rate.precision() - rate.scale() > MAX_INTEGER_DIGITS) {
            errors.add(new BusinessException.FieldError(
                    "ratePerUsd", "reference.rate.error.rate", MAX_INTEGER_DIGITS, MAX_DECIMALS));
        }
        String source =
                submission.source() == null ? "" : submission.source().strip().replaceAll("\\s+", " ");
        if (source.isEmpty()) {
            errors.add(new BusinessException.FieldError("source", "validation.NotBlank"));
        } else if (source.length() > MAX_SOURCE) {
            errors.add(new BusinessException.FieldError("source", "validation.Size", MAX_SOURCE, 1));
        }
        String url = submission.sourceUrl() == null || submission.sourceUrl().isBlank()
                ? null
                : submission.sourceUrl().strip();
        if (url != null && (url.length() > MAX_URL || !isWebAddress(url))) {
            errors.add(new BusinessException.FieldError("sourceUrl", "reference.rate.error.url", MAX_URL));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.REF_007, errors);
        }
        return new ExchangeRate(0, currency, year, plain(rate), source, url);
    }

    /** The number without trailing zeros but never in exponent notation: 23159.78, 80 (not 8E+1). */
    static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException ex) {
            return false;
        }
    }
}
