package db.migration;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the published Viet Nam–Laos trade figures (34 from the research file, copied byte for byte, and the two
 * conflicting 2024 figures cited in the project's seeds) and the published targets (the research file's ten
 * statements in structured form, plus the Ministry of Industry and Trade's two of 8 November 2025), each with
 * its source. A published row carries up to three values (total, Viet Nam's exports, its imports): each
 * becomes one figure with the row's source; the published growth belongs to the total.
 */
public class V201__Load_published_trade_figures_and_targets extends ReferenceDataMigration {

    static final String FIGURES = "trade/vn_la_turnover_published.csv";
    static final String MORE_FIGURES = "trade/vn_la_turnover_additional.csv";
    static final String TARGETS = "trade/vn_la_trade_targets_structured.csv";
    static final String TARGET_STATEMENTS = "trade/vn_la_trade_targets_published.csv";

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    @Override
    List<String> files() {
        return List.of(FIGURES, MORE_FIGURES, TARGETS, TARGET_STATEMENTS);
    }

    @Override
    void load(Connection connection) throws SQLException {
        List<Object[]> figures = new ArrayList<>();
        for (String file : List.of(FIGURES, MORE_FIGURES)) {
            for (CsvTable.Row row : csv(file).rows()) {
                figures.addAll(figures(row));
            }
        }
        copy(
                connection,
                "trade_figure (period_type, year, part, flow, value_usd, range_low_usd, range_high_usd, reporting_side,"
                        + " status, published_growth_pct, agency, publisher, url, published, notes, origin, recorded_by)",
                figures);

        List<Object[]> targets = csv(TARGETS).rows().stream()
                .map(row -> new Object[] {
                    row.get("code"),
                    row.get("kind"),
                    decimal(row.optional("growth_min_pct")),
                    decimal(row.optional("growth_max_pct")),
                    integer(row.optional("applies_from_year")),
                    integer(row.optional("applies_to_year")),
                    usd(row.optional("level_usd_mn")),
                    usd(row.optional("level_high_usd_mn")),
                    integer(row.optional("target_year")),
                    row.get("decided_on"),
                    row.get("decided_by"),
                    row.get("publisher"),
                    row.optional("url"),
                    row.get("statement"),
                    row.get("title_en"),
                    row.get("title_vi"),
                    row.get("title_lo")
                })
                .toList();
        copy(
                connection,
                "trade_target (code, kind, growth_min_pct, growth_max_pct, applies_from_year, applies_to_year, level_usd,"
                        + " level_high_usd, target_year, decided_on, decided_by, publisher, url, statement, title_en,"
                        + " title_vi, title_lo)",
                targets);
    }

    private static List<Object[]> figures(CsvTable.Row row) {
        String period = row.get("period");
        String type = row.get("period_type");
        int year = Integer.parseInt(period.substring(0, 4));
        String periodType;
        int part;
        if (type.equals("FY")) {
            periodType = "YEAR";
            part = 0;
        } else if (type.matches("H[12]")) {
            periodType = "HALF";
            part = type.charAt(1) - '0';
        } else if (type.matches("Q[1-4]")) {
            periodType = "QUARTER";
            part = type.charAt(1) - '0';
        } else if (type.equals("M")) {
            periodType = "MONTH";
            part = Integer.parseInt(period.substring(5, 7));
        } else if (type.matches("YTD_\\d{1,2}M")) {
            periodType = "YTD";
            part = Integer.parseInt(type.substring(4, type.length() - 1));
        } else {
            throw new IllegalStateException("unknown period type " + type);
        }
        String status = row.get("figure_status");
        BigDecimal low = null;
        BigDecimal high = null;
        String storedStatus;
        if (status.equals("reported")) {
            storedStatus = "REPORTED";
        } else if (status.equals("reported_rounded")) {
            storedStatus = "ROUNDED";
        } else if (status.equals("reported_lower_bound")) {
            storedStatus = "LOWER_BOUND";
        } else if (status.startsWith("estimate_range_")) {
            storedStatus = "ESTIMATE";
            String[] range = status.substring("estimate_range_".length()).split("_");
            low = usd(range[0]);
            high = usd(range[1]);
        } else {
            throw new IllegalStateException("unknown status " + status);
        }
        String side = row.get("reporting_side");
        String storedSide = side.equals("VN") || side.equals("LA") ? side : "UNCLEAR";
        List<Object[]> figures = new ArrayList<>();
        String[][] flows = {
            {"total_usd_mn", "TOTAL"},
            {"vn_exports_to_lao_usd_mn", "VN_TO_LA"},
            {"vn_imports_from_lao_usd_mn", "LA_TO_VN"}
        };
        for (String[] flow : flows) {
            String value = row.optional(flow[0]);
            if (value == null) {
                continue;
            }
            boolean total = flow[1].equals("TOTAL");
            figures.add(new Object[] {
                periodType,
                year,
                part,
                flow[1],
                usd(value),
                total ? low : null,
                total ? high : null,
                storedSide,
                // Rounding, estimates and lower bounds in these sources are said of the total.
                total ? storedStatus : "REPORTED",
                total ? decimal(row.optional("yoy_growth_pct")) : null,
                row.optional("primary_agency_as_cited"),
                row.get("publisher"),
                row.optional("url"),
                row.optional("publication_date"),
                row.optional("notes"),
                "PUBLISHED",
                "published-data"
            });
        }
        return figures;
    }

    private static BigDecimal usd(String millions) {
        return millions == null ? null : new BigDecimal(millions).multiply(MILLION);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
