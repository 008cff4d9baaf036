package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * The shipped published figures and targets, the reconciled series and the progress to each target, read over
 * the API, against values computed by hand from the domain note (docs/indicators.md).
 */
@IntegrationTest
class TradeSeriesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient(port);
    }

    JsonNode year(int year) {
        var response = client.get("/api/v1/trade/turnover?from=" + year + "&to=" + year, "vn-enterprise");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).hasSize(1);
        return response.json().get(0);
    }

    JsonNode target(String code) {
        var response = client.get("/api/v1/trade/targets", "ministry");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode t : response.json()) {
            if (t.get("code").asText().equals(code)) {
                return t;
            }
        }
        throw new AssertionError("no target " + code);
    }

    @Test
    void shipsEveryPublishedFigureWithItsSource() {
        long published = jdbc.sql("SELECT count(*) FROM trade_figure WHERE origin = 'PUBLISHED'")
                .query(Long.class)
                .single();
        // 36 published rows (34 + the 2 of the seeds); every non-empty total, export and import column is a figure.
        assertThat(published).isEqualTo(75);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM trade_figure WHERE origin = 'PUBLISHED' AND (publisher IS NULL OR url IS NULL)")
                        .query(Long.class)
                        .single())
                .isZero();
        JsonNode figures = client.get("/api/v1/trade/figures?period=2024&flow=TOTAL", "la-enterprise")
                .json();
        List<String> values = new ArrayList<>();
        figures.forEach(f ->
                values.add(f.get("valueUsd").decimalValue().stripTrailingZeros().toPlainString() + " "
                        + f.get("source").get("publisher").asText()));
        assertThat(values)
                .containsExactlyInAnyOrder(
                        "2200000000 CafeF",
                        "2250000000 MoIT portal vietlaotrade.com",
                        "2000000000 vietnam.vn",
                        "1600000000 Industry and Trade Newspaper (Bao Cong Thuong)",
                        "2000000000 MoIT portal vietlaotrade.com");
    }

    @Test
    void twentyTwentyFiveFollowsTheVietnameseFigureAndShowsTheLaoMirror() {
        JsonNode total = year(2025).get("total");
        assertThat(total.get("preferred").get("valueUsd").decimalValue()).isEqualByComparingTo("2980000000");
        assertThat(total.get("preferred").get("source").get("publisher").asText())
                .isEqualTo("SGGP");
        assertThat(total.get("decidedBy").asText()).isEqualTo("SIDE");
        assertThat(total.get("mirrorRatio").asDouble()).isCloseTo(3000 / 2980.0, within(1e-9));
        assertThat(total.get("spreadPct").asDouble()).isCloseTo(20 / 2980.0 * 100, within(1e-9));
        assertThat(year(2025).get("growthPct").asDouble()).isCloseTo(32.4444444, within(1e-6));
    }

    @Test
    void twentyTwentyFourPrefersTheMinistrysReportedFigureAndFlagsTheFigureUnderTheLowerBounds() {
        JsonNode row = year(2024);
        JsonNode total = row.get("total");
        assertThat(total.get("preferred").get("valueUsd").decimalValue()).isEqualByComparingTo("2250000000");
        assertThat(total.get("decidedBy").asText()).isEqualTo("AGENCY");
        assertThat(total.get("figures")).hasSize(5);
        assertThat(total.get("spreadPct").asDouble()).isCloseTo(40.625, within(1e-9));
        assertThat(total.get("mirrorRatio").isNull()).isTrue();
        // 2250 over 2023's single figure 1600
        assertThat(row.get("growthPct").asDouble()).isCloseTo(40.625, within(1e-9));
        List<String> kinds = new ArrayList<>();
        row.get("contradictions").forEach(c -> kinds.add(c.get("kind").asText()));
        assertThat(kinds).containsExactly("BELOW_LOWER_BOUND", "BELOW_LOWER_BOUND");
    }

    @Test
    void twentyTwentyTwoTakesTheLaterOfTwoMinistryFigures() {
        JsonNode row = year(2022);
        assertThat(row.get("total").get("preferred").get("valueUsd").decimalValue())
                .isEqualByComparingTo("1696400000");
        assertThat(row.get("total").get("decidedBy").asText()).isEqualTo("LATER_PUBLICATION");
        assertThat(row.get("exports").get("preferred").get("valueUsd").decimalValue())
                .isEqualByComparingTo("656400000");
        assertThat(row.get("imports").get("preferred").get("valueUsd").decimalValue())
                .isEqualByComparingTo("1040000000");
        assertThat(row.get("growthPct").asDouble()).isCloseTo((1696.4 / 1370 - 1) * 100, within(1e-9));
        assertThat(row.get("contradictions")).isEmpty();
    }

    @Test
    void twentyNineteenShowsTheMirrorDiscrepancy() {
        JsonNode total = year(2019).get("total");
        assertThat(total.get("preferred").get("valueUsd").decimalValue()).isEqualByComparingTo("1150000000");
        assertThat(total.get("preferred").get("status").asText()).isEqualTo("ESTIMATE");
        assertThat(total.get("mirrorRatio").asDouble()).isCloseTo(1680 / 1150.0, within(1e-9));
    }

    @Test
    void fiveBillionInTwoToThreeYears() {
        JsonNode t = target("level-5bn-in-2-3-years");
        assertThat(t.get("base").get("valueUsd").decimalValue()).isEqualByComparingTo("2980000000");
        assertThat(t.get("progressPct").asDouble()).isCloseTo(59.6, within(1e-9));
        assertThat(t.get("yearsLeft").asInt()).isEqualTo(3);
        assertThat(t.get("requiredGrowthPct").asDouble()).isCloseTo(18.8278, within(1e-4));
        assertThat(t.get("trendGrowthPct").asDouble()).isCloseTo(20.1613, within(1e-4));
        assertThat(t.get("reachedAtTrend").asInt()).isEqualTo(2028);
        assertThat(t.get("reachedAt10").asInt()).isEqualTo(2031);
        assertThat(t.get("reachedAt15").asInt()).isEqualTo(2029);
        assertThat(t.get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void tenBillionAndTheFiveToSevenRange() {
        JsonNode ten = target("level-10bn-vientiane-2026");
        assertThat(ten.get("progressPct").asDouble()).isCloseTo(29.8, within(1e-9));
        assertThat(ten.get("requiredGrowthPct").isNull()).isTrue();
        assertThat(ten.get("reachedAtTrend").asInt()).isEqualTo(2032);
        assertThat(ten.get("reachedAt10").asInt()).isEqualTo(2038);
        assertThat(ten.get("reachedAt15").asInt()).isEqualTo(2034);
        JsonNode range = target("level-5-7bn-moit-13th-conference");
        assertThat(range.get("progressPct").asDouble()).isCloseTo(59.6, within(1e-9));
        assertThat(range.get("progressToHighPct").asDouble()).isCloseTo(2980 / 70.0, within(1e-9));
        assertThat(range.get("source").get("url").asText()).contains("vietlaotrade.com");
    }

    @Test
    void fourBillionByTwentyTwentyWasMissed() {
        JsonNode t = target("level-4bn-2020");
        assertThat(t.get("base").get("period").asText()).isEqualTo("2020");
        assertThat(t.get("progressPct").asDouble()).isCloseTo(25.0, within(1e-9));
        assertThat(t.get("status").asText()).isEqualTo("MISSED");
    }

    @Test
    void growthBandsOnTheChosenSeries() {
        JsonNode t2025 = target("growth-10-15-2025");
        assertThat(t2025.get("years")).hasSize(1);
        assertThat(t2025.get("years").get(0).get("band").asText()).isEqualTo("ABOVE");
        assertThat(t2025.get("status").asText()).isEqualTo("MET");
        JsonNode t2020 = target("growth-10-15-2020");
        assertThat(t2020.get("years").get(0).get("growthPct").asDouble()).isCloseTo(-13.0435, within(1e-4));
        assertThat(t2020.get("years").get(0).get("band").asText()).isEqualTo("BELOW");
        assertThat(t2020.get("status").asText()).isEqualTo("MISSED");
        assertThat(target("growth-20-2022").get("years").get(0).get("band").asText())
                .isEqualTo("WITHIN");
        assertThat(target("growth-10-15-moit-2025").get("status").asText()).isEqualTo("NO_DATA");
        assertThat(target("growth-10-since-2012").get("status").asText()).isEqualTo("MISSED");
    }

    @Test
    void targetsCarryTheirTitleInTheReadersLanguage() {
        var response = client.send(client.builder("/api/v1/trade/targets", "ministry")
                .header("Accept-Language", "lo")
                .GET()
                .build());
        assertThat(response.body()).contains("ພາຍໃນ 2–3 ປີ");
    }
}
