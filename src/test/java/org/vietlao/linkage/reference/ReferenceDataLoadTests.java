package org.vietlao.linkage.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * The migrations load every row of the shipped files. The expected counts are read from the files here with
 * plain line splitting (none of these files has a line break inside a field), independently of the loader's
 * CSV reader, and they agree with the provenance notes in reference-data/PROVENANCE.md.
 */
@IntegrationTest
class ReferenceDataLoadTests {

    @Autowired
    JdbcClient jdbc;

    private static List<String[]> records(String file) throws IOException {
        try (InputStream in =
                ReferenceDataLoadTests.class.getClassLoader().getResourceAsStream("reference-data/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return text.lines()
                    .skip(1)
                    .filter(line -> !line.replace(",", "").isBlank())
                    .map(line -> line.split(",", -1))
                    .toList();
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void loadsEveryHsCodeOfTheFileExceptTheTotal() throws IOException {
        List<String[]> hs = records("hs/harmonized-system-2022.csv");
        Map<Integer, Long> expected = Map.of(2, 97L, 4, 1229L, 6, 5613L);

        expected.forEach((level, rows) -> {
            assertThat(hs.stream()
                            .filter(r -> r[r.length - 1].equals(String.valueOf(level)))
                            .count())
                    .isEqualTo(rows);
            assertThat(count("SELECT count(*) FROM hs_code WHERE level = " + level))
                    .as("level " + level)
                    .isEqualTo(rows);
        });
        assertThat(hs).hasSize(97 + 1229 + 5613 + 1);
        assertThat(count("SELECT count(*) FROM hs_section"))
                .isEqualTo(records("hs/sections.csv").size())
                .isEqualTo(21);
        assertThat(count("SELECT count(*) FROM hs_concordance_2017"))
                .isEqualTo(records("hs/concordance/hs2022_to_hs2017.csv").size())
                .isEqualTo(5613);
    }

    @Test
    void loadsEveryVietnameseLineOutsideTheNationalChapter98() throws IOException {
        List<String> codes = records("hs/hs_vi.csv").stream().map(r -> r[0]).toList();
        long national = codes.stream()
                .filter(c -> c.length() == 8 && !c.startsWith("98"))
                .count();

        assertThat(codes).hasSize(15173);
        assertThat(codes.stream().filter(c -> c.startsWith("98"))).hasSize(551);
        assertThat(count("SELECT count(*) FROM hs_code WHERE level = 8"))
                .isEqualTo(national)
                .isEqualTo(11414);
        assertThat(count("SELECT count(*) FROM hs_code WHERE level = 4 AND description_vi IS NOT NULL"))
                .isEqualTo(codes.stream()
                        .filter(c -> c.length() == 4 && !c.startsWith("98"))
                        .count());
    }

    @Test
    void loadsCountriesCurrenciesAndExchangeRates() throws IOException {
        assertThat(count("SELECT count(*) FROM country"))
                .isEqualTo(records("reference/country-codes.csv").size())
                .isEqualTo(249);
        assertThat(count("SELECT count(*) FROM currency_use"))
                .isEqualTo(records("reference/currency-codes-iso4217.csv").size())
                .isEqualTo(449);
        assertThat(count("SELECT count(*) FROM exchange_rate WHERE source LIKE 'World Bank WDI%'"))
                .isEqualTo(records("fx/lcu_per_usd_annual_wdi_PA.NUS.FCRF_vnd_lak.csv")
                        .size())
                .isEqualTo(87);
    }

    @Test
    void loadsProvincesTheMergerAndTheBorder() throws IOException {
        assertThat(count("SELECT count(*) FROM province"))
                .isEqualTo(records("geo/provinces.csv").size())
                .isEqualTo(115);
        assertThat(count("SELECT count(*) FROM province_merger"))
                .isEqualTo(records("geo/vn_province_merger_2025.csv").size())
                .isEqualTo(63);
        assertThat(count("SELECT count(*) FROM border_gate_pair"))
                .isEqualTo(records("border/border_gates.csv").size())
                .isEqualTo(32);
        assertThat(count("SELECT count(*) FROM border_province"))
                .isEqualTo(records("border/border_provinces.csv").size())
                .isEqualTo(20);
    }

    @Test
    void classesEveryGatePointByPrecision() {
        Map<String, Object> vn = jdbc.sql("SELECT count(*) FILTER (WHERE vn_precision = 'exact') AS exact, "
                        + "count(*) FILTER (WHERE vn_precision = 'town') AS town, "
                        + "count(*) FILTER (WHERE vn_precision = 'district') AS district, "
                        + "count(*) FILTER (WHERE vn_precision = 'none') AS none FROM border_gate_pair")
                .query()
                .singleRow();

        assertThat(vn)
                .containsEntry("exact", 4L)
                .containsEntry("town", 5L)
                .containsEntry("district", 17L)
                .containsEntry("none", 6L);
    }
}
