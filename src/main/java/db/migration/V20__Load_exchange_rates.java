package db.migration;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads the World Bank's official exchange rates (WDI PA.NUS.FCRF, period averages, from the IMF's
 * International Financial Statistics) for VND and LAK, as transcribed from the pages named in each row.
 */
public class V20__Load_exchange_rates extends ReferenceDataMigration {

    static final String RATES = "fx/lcu_per_usd_annual_wdi_PA.NUS.FCRF_vnd_lak.csv";

    @Override
    List<String> files() {
        return List.of(RATES);
    }

    @Override
    void load(Connection connection) throws SQLException {
        List<Object[]> rows = csv(RATES).rows().stream()
                .map(row -> new Object[] {
                    row.get("currency"),
                    Integer.valueOf(row.get("year")),
                    new BigDecimal(row.get("lcu_per_usd_period_average")),
                    source(row),
                    row.get("transcribed_from")
                })
                .toList();
        copy(connection, "exchange_rate (currency, year, rate_per_usd, source, source_url)", rows);
    }

    /** "World Bank WDI PA.NUS.FCRF (IMF International Financial Statistics)". */
    static String source(CsvTable.Row row) {
        String original = row.get("original_source");
        String via = " via World Bank WDI";
        String agency = original.endsWith(via) ? original.substring(0, original.length() - via.length()) : original;
        return "World Bank WDI " + row.get("indicator") + " (" + agency + ")";
    }
}
