package org.vietlao.linkage.trade;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures table: plain SQL over {@code trade_figure}. */
@Repository
class TradeFigures {

    private static final String COLUMNS = """
			id, period_type, year, part, flow, product, gate_pair_id, value_usd, range_low_usd, range_high_usd,
			quantity, unit, original_currency, original_value, reporting_side, status, published_growth_pct, agency,
			publisher, url, published, notes, origin, version""";

    private final JdbcClient jdbc;

    TradeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a search keeps; a {@code null} criterion keeps everything. */
    record Filter(Period period, Flow flow, String product, Integer fromYear, Integer toYear) {

        static Filter years(int from, int to) {
            return new Filter(null, null, null, from, to);
        }
    }

    List<TradeFigure> find(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM trade_figure WHERE true");
        var params = new java.util.HashMap<String, Object>();
        if (filter.period() != null) {
            sql.append(" AND period_type = :type AND year = :year AND part = :part");
            params.put("type", filter.period().type().name());
            params.put("year", filter.period().year());
            params.put("part", filter.period().part());
        }
        if (filter.flow() != null) {
            sql.append(" AND flow = :flow");
            params.put("flow", filter.flow().name());
        }
        if (filter.product() != null) {
            sql.append(" AND product = :product");
            params.put("product", filter.product());
        }
        if (filter.fromYear() != null) {
            sql.append(" AND year >= :from");
            params.put("from", filter.fromYear());
        }
        if (filter.toYear() != null) {
            sql.append(" AND year <= :to");
            params.put("to", filter.toYear());
        }
        sql.append(" ORDER BY year, period_type, part, flow, product, id");
        return jdbc.sql(sql.toString()).params(params).query(TradeFigures::row).list();
    }

    Optional<TradeFigure> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM trade_figure WHERE id = :id")
                .param("id", id)
                .query(TradeFigures::row)
                .optional();
    }

    /** Inserts the figure; empty when the same figure from the same source is already there. */
    Optional<Long> insert(TradeFigure f, String origin, Long importId, String by) {
        return jdbc.sql("""
				INSERT INTO trade_figure (period_type, year, part, flow, product, gate_pair_id, value_usd, range_low_usd,
				    range_high_usd, quantity, unit, original_currency, original_value, reporting_side, status,
				    published_growth_pct, agency, publisher, url, published, notes, origin, import_id, recorded_by)
				VALUES (:type, :year, :part, :flow, :product, :gate, :value, :low, :high, :quantity, :unit, :currency,
				    :original, :side, :status, :growth, :agency, :publisher, :url, :published, :notes, :origin, :import, :by)
				ON CONFLICT DO NOTHING
				RETURNING id""")
                .params(values(f))
                .param("origin", origin)
                .param("import", importId)
                .param("by", by)
                .query(Long.class)
                .optional();
    }

    /** Replaces the figure's values if it still has {@code version}; false when it changed meanwhile. */
    boolean update(long id, int version, TradeFigure f) {
        return jdbc.sql("""
				UPDATE trade_figure SET period_type = :type, year = :year, part = :part, flow = :flow, product = :product,
				    gate_pair_id = :gate, value_usd = :value, range_low_usd = :low, range_high_usd = :high,
				    quantity = :quantity, unit = :unit, original_currency = :currency, original_value = :original,
				    reporting_side = :side, status = :status, published_growth_pct = :growth, agency = :agency,
				    publisher = :publisher, url = :url, published = :published, notes = :notes, version = version + 1
				WHERE id = :id AND version = :version""")
                        .params(values(f))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM trade_figure WHERE id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM trade_figure").query(Long.class).single();
    }

    private static java.util.Map<String, Object> values(TradeFigure f) {
        var v = new java.util.HashMap<String, Object>();
        v.put("type", f.period().type().name());
        v.put("year", f.period().year());
        v.put("part", f.period().part());
        v.put("flow", f.flow().name());
        v.put("product", f.product());
        v.put("gate", f.gatePairId());
        v.put("value", f.valueUsd());
        v.put("low", f.rangeLowUsd());
        v.put("high", f.rangeHighUsd());
        v.put("quantity", f.quantity());
        v.put("unit", f.unit());
        v.put("currency", f.originalCurrency());
        v.put("original", f.originalValue());
        v.put("side", f.side().name());
        v.put("status", f.status().name());
        v.put("growth", f.publishedGrowthPct());
        v.put("agency", f.source().agency());
        v.put("publisher", f.source().publisher());
        v.put("url", f.source().url());
        v.put("published", f.source().published());
        v.put("notes", f.notes());
        return v;
    }

    static TradeFigure row(ResultSet rs, int n) throws SQLException {
        return new TradeFigure(
                rs.getLong("id"),
                new Period(Period.Type.valueOf(rs.getString("period_type")), rs.getInt("year"), rs.getInt("part")),
                Flow.valueOf(rs.getString("flow")),
                rs.getString("product"),
                rs.getString("gate_pair_id"),
                rs.getBigDecimal("value_usd"),
                rs.getBigDecimal("range_low_usd"),
                rs.getBigDecimal("range_high_usd"),
                rs.getBigDecimal("quantity"),
                rs.getString("unit"),
                rs.getString("original_currency"),
                rs.getBigDecimal("original_value"),
                ReportingSide.valueOf(rs.getString("reporting_side")),
                FigureStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("published_growth_pct"),
                new TradeFigure.Source(
                        rs.getString("agency"),
                        rs.getString("publisher"),
                        rs.getString("url"),
                        rs.getString("published")),
                rs.getString("notes"),
                rs.getString("origin"),
                rs.getInt("version"));
    }

    static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
