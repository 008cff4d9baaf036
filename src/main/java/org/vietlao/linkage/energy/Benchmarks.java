package org.vietlao.linkage.energy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
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
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Monthly values of the coal benchmark series (ICI-1…5, NEWC, API 2/3/4, HBA, or any the analysts name), each
 * with its source, entered one by one or imported from CSV all-or-nothing. A formula reads the average of a series
 * over its quotation period only when every month of it has a value.
 */
@Service
class Benchmarks {

    static final String ENTITY = "energy_benchmark_value";

    static final Pattern SERIES = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

    static final BigDecimal MAX_VALUE = new BigDecimal("100000");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Benchmarks(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** One month's value of a series, with its source. */
    record Value(String series, YearMonth month, BigDecimal value, String currency, String source) {}

    record Recorded(
            long id, String series, YearMonth month, BigDecimal value, String currency, String source, boolean demo) {}

    /** What an import did: how many values it recorded. */
    record ImportReport(int recorded) {}

    /** The normalised value, or every bad field (prefixed) added to {@code errors}. */
    static Value normalise(
            String series,
            String month,
            BigDecimal value,
            String currency,
            String source,
            String prefix,
            List<BusinessException.FieldError> errors) {
        String s = series == null ? "" : series.strip().toUpperCase(Locale.ROOT);
        if (!SERIES.matcher(s).matches()) {
            errors.add(field(prefix + "series"));
        }
        YearMonth m = null;
        try {
            m = month == null ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException ex) {
            // reported below
        }
        if (m == null || m.getYear() < 1990 || m.getYear() > 2100) {
            errors.add(field(prefix + "month"));
        }
        if (value == null || value.signum() <= 0 || value.compareTo(MAX_VALUE) >= 0 || value.scale() > 4) {
            errors.add(field(prefix + "value"));
        }
        String c = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            errors.add(field(prefix + "currency"));
        }
        String src = source == null ? "" : source.strip();
        if (src.isEmpty() || src.length() > 500) {
            errors.add(field(prefix + "source"));
        }
        return new Value(s, m, value, c, src);
    }

    private static BusinessException.FieldError field(String name) {
        return new BusinessException.FieldError(name, ErrorCode.ENR_007.messageKey());
    }

    @Transactional
    long record(Value value, Actor actor, boolean demo) {
        Optional<Long> id = insert(value, actor, demo);
        if (id.isEmpty()) {
            throw new BusinessException(
                    ErrorCode.ENR_008,
                    List.of(new BusinessException.FieldError("month", ErrorCode.ENR_008.messageKey())),
                    value.series(),
                    value.month().toString());
        }
        return id.get();
    }

    private Optional<Long> insert(Value value, Actor actor, boolean demo) {
        Optional<Long> id = jdbc.sql("""
				INSERT INTO energy_benchmark_value (series, month, value, currency, source, recorded_by, recorded_at, demo)
				VALUES (:series, :month, :value, :currency, :source, :by, :at, :demo)
				ON CONFLICT (series, month) DO NOTHING RETURNING id""")
                .param("series", value.series())
                .param("month", Date.valueOf(value.month().atDay(1)))
                .param("value", value.value())
                .param("currency", value.currency())
                .param("source", value.source())
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("demo", demo)
                .query(Long.class)
                .optional();
        id.ifPresent(v -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("series", value.series());
            values.put("month", value.month().toString());
            values.put("value", value.value());
            values.put("currency", value.currency());
            values.put("source", value.source());
            events.publishEvent(EntityChanged.created(ENTITY, v, values));
        });
        return id;
    }

    /**
     * A CSV with the header {@code series,month,value,currency,source}: every row valid and new, or nothing
     * recorded and every bad row reported (ENR-007, fields {@code rows[n].<column>}, n from 1).
     */
    @Transactional
    ImportReport importCsv(String text, Actor actor) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text.replace("\uFEFF", "")))) {
            String header = reader.readLine();
            if (header == null
                    || !header.strip()
                            .toLowerCase(Locale.ROOT)
                            .replace(" ", "")
                            .equals("series,month,value,currency,source")) {
                throw new BusinessException(ErrorCode.ENR_017);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", 5));
                }
                if (rows.size() > 10_000) {
                    throw new BusinessException(ErrorCode.ENR_017);
                }
            }
        } catch (IOException ex) {
            throw new BusinessException(ErrorCode.ENR_017);
        }
        List<BusinessException.FieldError> errors = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            String prefix = "rows[" + (i + 1) + "].";
            if (cells.length < 5) {
                errors.add(field(prefix + "source"));
                continue;
            }
            BigDecimal number = null;
            try {
                number = new BigDecimal(cells[2].strip());
            } catch (NumberFormatException ex) {
                // reported by normalise
            }
            int before = errors.size();
            Value value = normalise(cells[0], cells[1], number, cells[3], unquote(cells[4]), prefix, errors);
            if (errors.size() == before) {
                if (!seen.add(value.series() + "|" + value.month()) || exists(value.series(), value.month())) {
                    errors.add(new BusinessException.FieldError(
                            prefix + "month",
                            ErrorCode.ENR_008.messageKey(),
                            value.series(),
                            value.month().toString()));
                } else {
                    values.add(value);
                }
            }
        }
        if (rows.isEmpty()) {
            throw new BusinessException(ErrorCode.ENR_017);
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ENR_007, errors);
        }
        for (Value value : values) {
            insert(value, actor, false);
        }
        return new ImportReport(values.size());
    }

    private static String unquote(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1).replace("\"\"", "\"");
        }
        return t;
    }

    private boolean exists(String series, YearMonth month) {
        return jdbc.sql("SELECT count(*) FROM energy_benchmark_value WHERE series = :s AND month = :m")
                        .param("s", series)
                        .param("m", Date.valueOf(month.atDay(1)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The value of a series for a month, if recorded. */
    @Transactional(readOnly = true)
    Optional<BigDecimal> value(String series, YearMonth month) {
        return jdbc.sql("SELECT value FROM energy_benchmark_value WHERE series = :s AND month = :m")
                .param("s", series)
                .param("m", Date.valueOf(month.atDay(1)))
                .query(BigDecimal.class)
                .optional();
    }

    /** Every value recorded, newest month first, optionally of one series; at most 500. */
    @Transactional(readOnly = true)
    List<Recorded> list(String series) {
        return jdbc.sql("""
				SELECT id, series, month, value, currency, source, demo FROM energy_benchmark_value
				WHERE (CAST(:s AS VARCHAR) IS NULL OR series = :s) ORDER BY month DESC, series LIMIT 500""")
                .param("s", series)
                .query((rs, n) -> new Recorded(
                        rs.getLong(1),
                        rs.getString(2),
                        YearMonth.from(rs.getDate(3).toLocalDate()),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
    }
}
