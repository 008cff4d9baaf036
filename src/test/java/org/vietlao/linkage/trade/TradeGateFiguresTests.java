package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * Released declarations roll up into monthly figures by gate with the source "platform declarations": the flow
 * follows the direction and the trader's country, the month is the first release in Indochina time, transit and
 * unreleased declarations do not count. The declarations are written for 2031 so that no other test's
 * declarations fall into the months read (the tests share the database).
 */
@IntegrationTest
class TradeGateFiguresTests {

    static final String KEY_PREFIX = "trade-gate-test-";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;

    @BeforeEach
    void declarations() {
        client = new ApiClient(port);
        removeDeclarations();
        long vn = trader("VN");
        long la = trader("LA");
        declaration("vn-export", vn, "EXPORT", "RELEASED", "2031-03-10T09:00:00+07:00", 1000, 500);
        declaration("la-import", la, "IMPORT", "EXITED", "2031-03-20T09:00:00+07:00", 2000);
        // 20:00 UTC on 31 March is 03:00 on 1 April in Viet Nam and Laos.
        declaration("la-export", la, "EXPORT", "RELEASED", "2031-03-31T20:00:00Z", 700);
        declaration("vn-transit", vn, "TRANSIT", "RELEASED", "2031-03-12T09:00:00+07:00", 9000);
        declaration("vn-not-released", vn, "EXPORT", "CHANNEL_ASSIGNED", null, 8000);
    }

    @AfterEach
    void removeDeclarations() {
        jdbc.sql("DELETE FROM border_declaration WHERE client_key LIKE :k")
                .param("k", KEY_PREFIX + "%")
                .update();
    }

    long trader(String country) {
        return jdbc.sql("SELECT min(id) FROM enterprise WHERE country = :c")
                .param("c", country)
                .query(Long.class)
                .single();
    }

    void declaration(String key, long trader, String direction, String status, String releasedAt, int... usd) {
        long id = jdbc.sql("""
				INSERT INTO border_declaration (trader_id, client_key, request_hash, gate_pair_id, direction,
				    vehicle_plate, vehicle_country, driver_name, driver_document, status, lodged_by, lodged_at,
				    updated_at)
				VALUES (:t, :k, repeat('0', 64), 'VL-INT-06', :d, '74C99999', 'VN', 'Test Driver', 'X-1', :s,
				    'vn-enterprise', TIMESTAMPTZ '2031-03-01 08:00+07', TIMESTAMPTZ '2031-03-01 08:00+07')
				RETURNING id""")
                .param("t", trader)
                .param("k", KEY_PREFIX + key)
                .param("d", direction)
                .param("s", status)
                .query(Long.class)
                .single();
        for (int i = 0; i < usd.length; i++) {
            jdbc.sql("""
					INSERT INTO border_declaration_item (declaration_id, line_no, hs_code, description, quantity, unit,
					    value_amount, value_currency, origin_country)
					VALUES (:id, :line, '110814', 'Cassava starch', 1000, 'KGM', :v, 'USD', 'VN')""")
                    .param("id", id)
                    .param("line", i + 1)
                    .param("v", usd[i])
                    .update();
        }
        if (releasedAt != null) {
            jdbc.sql("""
					INSERT INTO border_declaration_history (declaration_id, seq, from_status, to_status, actor, at)
					VALUES (:id, 1, 'INSPECTED', 'RELEASED', 'officer', :at)""")
                    .param("id", id)
                    .param("at", OffsetDateTime.parse(releasedAt))
                    .update();
        }
    }

    @Test
    void releasedDeclarationsBecomeMonthlyFiguresByGateAndFlow() {
        var response = client.get("/api/v1/trade/gates?from=2031&to=2031", "ministry");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode g : response.json()) {
            rows.add(g.get("month").asText() + " " + g.get("gatePairId").asText() + " "
                    + g.get("flow").asText()
                    + " "
                    + g.get("valueUsd").decimalValue().stripTrailingZeros().toPlainString() + " "
                    + g.get("declarations").asLong() + " " + g.get("source").asText());
        }
        assertThat(rows)
                .containsExactly(
                        "2031-03 VL-INT-06 VN_TO_LA 3500 2 platform declarations",
                        "2031-04 VL-INT-06 LA_TO_VN 700 1 platform declarations");
        assertThat(response.json().get(0).get("demo").asBoolean()).isFalse();
    }

    @Test
    void theDashboardShowsTheGateFiguresWithTheirSourceInLao() throws Exception {
        Document page = PageSession.signIn(port, "ministry").page("/trade?lang=lo");
        var march = page.select("#trade-gates tr[data-month=2031-03]");
        assertThat(march).hasSize(1);
        String lao = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("lo"))
                .format(3500);
        // The gate in Lao, as the reference module names it (V171), not in Vietnamese.
        String gate = jdbc.sql("SELECT vn_gate_lo FROM border_gate_pair WHERE pair_id = 'VL-INT-06'")
                .query(String.class)
                .single();
        assertThat(march.text())
                .contains(lao)
                .contains("ໃບແຈ້ງຂອງແພລັດຟອມ")
                .contains(gate)
                .doesNotContain("Lao Bảo");
    }

    @Test
    void yearsOutOfRangeAreRefused() {
        var response = client.get("/api/v1/trade/gates?from=2031&to=2030", "ministry");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asText()).isEqualTo("TRD-009");
    }
}
