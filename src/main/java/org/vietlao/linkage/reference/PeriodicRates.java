package org.vietlao.linkage.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Daily and monthly exchange rates per US dollar (issue 15, decision 0050), imported by analysts from CSV. A rate
 * is effective for its day or its calendar month. A row that gives another value for a rate already recorded (same
 * currency, basis, date and source) is refused unless it says why in {@code correction_reason}: then the rate takes
 * the new value and the old one stays in its history. Nothing is ever overwritten silently.
 */
@Repository
class PeriodicRates {

    static final String ENTITY = "exchange_rate_period";
    static final int MAX_ROWS = 100_000;
    static final int MAX_REASON = 300;
    static final List<String> COLUMNS =
            List.of("currency", "basis", "date", "rate_per_usd", "source", "source_url", "correction_reason");

    private final JdbcClient jdbc;
    private final CodeLists codeLists;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeriodicRates(JdbcClient jdbc, CodeLists codeLists, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.codeLists = codeLists;
        this.events = events;
        this.clock = clock;
    }

    /** A daily or monthly rate as recorded now. */
    record PeriodicRate(
            long id,
            String currency,
            CurrencyConverter.RateBasis basis,
            LocalDate validFrom,
            LocalDate validTo,
            BigDecimal ratePerUsd,
            String source,
            String sourceUrl,
            String recordedBy) {}

    /** A value a rate had before a correction. */
    record Correction(BigDecimal oldRate, BigDecimal newRate, String reason, String correctedBy, String correctedAt) {}

    /** A rate with every value it had. */
    record History(PeriodicRate rate, List<Correction> corrections) {}

    /** What an import did: rows read, rates added, corrected, and rows that repeated a recorded value. */
    record Report(int rows, int added, int corrected, int unchanged) {}

    private record Row(
            int line,
            String currency,
            CurrencyConverter.RateBasis basis,
            LocalDate from,
            LocalDate to,
            BigDecimal rate,
            String source,
            String url,
            String reason) {}

    List<PeriodicRate> list(String currency, LocalDate from, LocalDate to) {
        return jdbc.sql("""
				SELECT * FROM exchange_rate_period
				WHERE (CAST(:currency AS TEXT) IS NULL OR currency = :currency)
				  AND valid_to >= :from AND valid_from <= :to
				ORDER BY currency, valid_from, basis, source LIMIT 5000""")
                .param("currency", currency)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> read(rs))
                .list();
    }

    History history(long id) {
        PeriodicRate rate = jdbc.sql("SELECT * FROM exchange_rate_period WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> read(rs))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.REF_017, String.valueOf(id)));
        List<Correction> corrections = jdbc.sql("""
				SELECT old_rate, new_rate, reason, corrected_by, corrected_at FROM exchange_rate_correction
				WHERE rate_id = :id ORDER BY id""")
                .param("id", id)
                .query((rs, n) -> new Correction(
                        ExchangeRates.plain(rs.getBigDecimal(1)),
                        ExchangeRates.plain(rs.getBigDecimal(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant().toString()))
                .list();
        return new History(rate, corrections);
    }

    /** The daily rate of {@code date}, or the monthly rate of its month; earliest-recorded source first. */
    Optional<PeriodicRate> covering(String currency, CurrencyConverter.RateBasis basis, LocalDate date) {
        return jdbc.sql("""
				SELECT * FROM exchange_rate_period
				WHERE currency = :currency AND basis = :basis AND valid_from <= :date AND valid_to >= :date
				ORDER BY valid_from DESC, id LIMIT 1""")
                .param("currency", currency)
                .param("basis", basis.name())
                .param("date", Date.valueOf(date))
                .query((rs, n) -> read(rs))
                .optional();
    }

    /** The latest daily rate in the {@code days} days before {@code date} (a weekend, a holiday). */
    Optional<PeriodicRate> latestDailyBefore(String currency, LocalDate date, int days) {
        return jdbc.sql("""
				SELECT * FROM exchange_rate_period
				WHERE currency = :currency AND basis = 'DAILY' AND valid_from < :date AND valid_from >= :earliest
				ORDER BY valid_from DESC, id LIMIT 1""")
                .param("currency", currency)
                .param("date", Date.valueOf(date))
                .param("earliest", Date.valueOf(date.minusDays(days)))
                .query((rs, n) -> read(rs))
                .optional();
    }

    /** Imports the CSV file all or nothing: REF-016 for the file itself, REF-015 with every bad row. */
    @Transactional
    Report importCsv(byte[] content, Actor actor) {
        List<Row> rows = parse(content);
        int added = 0;
        int corrected = 0;
        int unchanged = 0;
        List<BusinessException.FieldError> errors = new ArrayList<>();
        for (Row row : rows) {
            Optional<PeriodicRate> existing = jdbc.sql("""
					SELECT * FROM exchange_rate_period
					WHERE currency = :c AND basis = :b AND valid_from = :d AND source = :s FOR UPDATE""")
                    .param("c", row.currency())
                    .param("b", row.basis().name())
                    .param("d", Date.valueOf(row.from()))
                    .param("s", row.source())
                    .query((rs, n) -> read(rs))
                    .optional();
            if (existing.isEmpty()) {
                long id = jdbc.sql("""
						INSERT INTO exchange_rate_period
						  (currency, basis, valid_from, valid_to, rate_per_usd, source, source_url, recorded_by, recorded_at)
						VALUES (:c, :b, :from, :to, :rate, :s, :url, :by, :at) RETURNING id""")
                        .param("c", row.currency())
                        .param("b", row.basis().name())
                        .param("from", Date.valueOf(row.from()))
                        .param("to", Date.valueOf(row.to()))
                        .param("rate", row.rate())
                        .param("s", row.source())
                        .param("url", row.url())
                        .param("by", actor.username())
                        .param("at", Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single();
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("currency", row.currency());
                values.put("basis", row.basis().name());
                values.put("validFrom", row.from().toString());
                values.put("ratePerUsd", row.rate().toPlainString());
                values.put("source", row.source());
                events.publishEvent(EntityChanged.created(ENTITY, id, values));
                added++;
            } else if (existing.get().ratePerUsd().compareTo(row.rate()) == 0) {
                unchanged++;
            } else if (row.reason() == null) {
                errors.add(new BusinessException.FieldError(
                        "rows[" + row.line() + "].rate_per_usd",
                        "reference.periodic.error.conflict",
                        existing.get().ratePerUsd().toPlainString()));
            } else {
                PeriodicRate old = existing.get();
                jdbc.sql("""
						INSERT INTO exchange_rate_correction
						  (rate_id, old_rate, new_rate, old_url, reason, corrected_by, corrected_at)
						VALUES (:id, :old, :new, :url, :reason, :by, :at)""")
                        .param("id", old.id())
                        .param("old", old.ratePerUsd())
                        .param("new", row.rate())
                        .param("url", old.sourceUrl())
                        .param("reason", row.reason())
                        .param("by", actor.username())
                        .param("at", Timestamp.from(clock.instant()))
                        .update();
                jdbc.sql(
                                "UPDATE exchange_rate_period SET rate_per_usd = :rate, source_url = COALESCE(:url, source_url) "
                                        + "WHERE id = :id")
                        .param("rate", row.rate())
                        .param("url", row.url())
                        .param("id", old.id())
                        .update();
                events.publishEvent(EntityChanged.updated(
                        ENTITY,
                        old.id(),
                        "ratePerUsd",
                        old.ratePerUsd().toPlainString(),
                        row.rate().toPlainString()));
                corrected++;
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.REF_015, errors);
        }
        return new Report(rows.size(), added, corrected, unchanged);
    }

    private List<Row> parse(byte[] content) {
        List<Row> rows = new ArrayList<>();
        List<BusinessException.FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new BufferedReader(new InputStreamReader(
                        new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8.newDecoder())))) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (!header.containsAll(COLUMNS.subList(0, 5))) {
                throw new BusinessException(ErrorCode.REF_016);
            }
            Map<String, Integer> at = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                at.putIfAbsent(header.get(i), i);
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    throw new BusinessException(ErrorCode.REF_016);
                }
                Row row = row(record, at, line, today, errors);
                if (row != null) {
                    String key = row.currency() + "|" + row.basis() + "|" + row.from() + "|" + row.source();
                    if (!seen.add(key)) {
                        errors.add(new BusinessException.FieldError(
                                "rows[" + line + "].date", "reference.periodic.error.repeated"));
                    } else {
                        rows.add(row);
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
            throw new BusinessException(ErrorCode.REF_016);
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.REF_015, errors);
        }
        if (rows.isEmpty()) {
            throw new BusinessException(ErrorCode.REF_016);
        }
        return rows;
    }

    private Row row(
            CSVRecord record,
            Map<String, Integer> at,
            int line,
            LocalDate today,
            List<BusinessException.FieldError> errors) {
        int before = errors.size();
        String prefix = "rows[" + line + "].";
        String currency = cell(record, at, "currency").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}") || "USD".equals(currency) || !codeLists.isCurrentCurrency(currency)) {
            errors.add(new BusinessException.FieldError(prefix + "currency", "reference.rate.error.currency"));
        }
        CurrencyConverter.RateBasis basis = null;
        String basisText = cell(record, at, "basis").toUpperCase(Locale.ROOT);
        if (basisText.equals("DAILY") || basisText.equals("MONTHLY")) {
            basis = CurrencyConverter.RateBasis.valueOf(basisText);
        } else {
            errors.add(new BusinessException.FieldError(prefix + "basis", "reference.periodic.error.basis"));
        }
        LocalDate from = null;
        LocalDate to = null;
        String date = cell(record, at, "date");
        try {
            if (basis == CurrencyConverter.RateBasis.MONTHLY) {
                YearMonth month = YearMonth.parse(date.length() > 7 ? date.substring(0, 7) : date);
                if (date.length() > 7 && !LocalDate.parse(date).equals(month.atDay(1))) {
                    throw new DateTimeParseException("not the first day", date, 0);
                }
                from = month.atDay(1);
                to = month.atEndOfMonth();
            } else if (basis == CurrencyConverter.RateBasis.DAILY) {
                from = LocalDate.parse(date);
                to = from;
            }
        } catch (DateTimeParseException ex) {
            errors.add(new BusinessException.FieldError(prefix + "date", "reference.periodic.error.date"));
        }
        if (from != null && (from.isAfter(today) || from.getYear() < ExchangeRates.FIRST_YEAR)) {
            errors.add(new BusinessException.FieldError(prefix + "date", "reference.periodic.error.future"));
        }
        BigDecimal rate = null;
        try {
            rate = new BigDecimal(cell(record, at, "rate_per_usd"));
            if (rate.signum() <= 0
                    || rate.stripTrailingZeros().scale() > ExchangeRates.MAX_DECIMALS
                    || rate.precision() - rate.scale() > ExchangeRates.MAX_INTEGER_DIGITS) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException ex) {
            rate = null;
            errors.add(new BusinessException.FieldError(
                    prefix + "rate_per_usd",
                    "reference.rate.error.rate",
                    ExchangeRates.MAX_INTEGER_DIGITS,
                    ExchangeRates.MAX_DECIMALS));
        }
        String source = cell(record, at, "source").replaceAll("\\s+", " ");
        if (source.isEmpty() || source.length() > ExchangeRates.MAX_SOURCE || hasControl(source)) {
            errors.add(new BusinessException.FieldError(
                    prefix + "source", "validation.Size", ExchangeRates.MAX_SOURCE, 1));
        }
        String url = cell(record, at, "source_url");
        if (url.isEmpty()) {
            url = null;
        } else if (url.length() > ExchangeRates.MAX_URL || !url.matches("(?i)https?://[^\\s/]+.*") || hasControl(url)) {
            errors.add(new BusinessException.FieldError(
                    prefix + "source_url", "reference.rate.error.url", ExchangeRates.MAX_URL));
        }
        String reason = cell(record, at, "correction_reason");
        if (reason.length() > MAX_REASON || hasControl(reason)) {
            errors.add(
                    new BusinessException.FieldError(prefix + "correction_reason", "validation.Size", MAX_REASON, 0));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Row(
                line,
                currency,
                basis,
                from,
                to,
                ExchangeRates.plain(rate),
                source,
                url,
                reason.isEmpty() ? null : reason);
    }

    private static String cell(CSVRecord record, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        return i == null || i >= record.size() ? "" : record.get(i).strip();
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c));
    }

    private static PeriodicRate read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PeriodicRate(
                rs.getLong("id"),
                rs.getString("currency"),
                CurrencyConverter.RateBasis.valueOf(rs.getString("basis")),
                rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_to").toLocalDate(),
                ExchangeRates.plain(rs.getBigDecimal("rate_per_usd")),
                rs.getString("source"),
                rs.getString("source_url"),
                rs.getString("recorded_by"));
    }
}
