package org.vietlao.linkage.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * The transit pages (the principal's list, the offices' actions: release at Cha Lo, arrival with the seals
 * checked and discharge at Vũng Áng) and the administrator's selectivity-rule page, through their forms with
 * CSRF, in Vietnamese.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransitAndRulePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    ApiClient api;
    BorderFixtures fixtures;
    long laTrader;

    @BeforeAll
    void setUp() {
        api = new ApiClient(port);
        fixtures = new BorderFixtures(jdbc, api);
        laTrader = fixtures.traderOf("la-enterprise");
    }

    /** Submits the form {@code formId} (or the form of the button with that id) of {@code page} with its CSRF token, its own fields and {@code values}. */
    static HttpResponse<String> submit(PageSession session, Document page, String formId, Map<String, String> values)
            throws Exception {
        Element form = page.getElementById(formId);
        assertThat(form).as(formId).isNotNull();
        if (!form.tagName().equals("form")) {
            form = form.closest("form");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name]")) {
            if (input.attr("type").equals("checkbox") && !input.hasAttr("checked")) {
                continue;
            }
            fields.put(
                    input.attr("name"),
                    input.tagName().equals("select")
                            ? input.select("option").first().attr("value")
                            : input.attr("type").equals("checkbox") ? "on" : input.val());
        }
        fields.putAll(values);
        fields.values().removeIf(v -> v == null);
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return session.http()
                .send(
                        HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theOfficesReleaseReceiveAndDischargeAMovementFromItsPage() throws Exception {
        String departure = fixtures.officerAt(encoder, "VL-INT-05");
        String port = fixtures.officerAt(encoder, "SEA-VUNG-ANG");
        long guarantee = api.post("/api/v1/guarantees", "la-enterprise", """
				{"traderId": %d, "journey": "MULTIPLE", "reference": "PAGE-%s", "amount": 1000000, "currency": "VND"}""".formatted(laTrader, UUID.randomUUID()))
                .json()
                .get("id")
                .asLong();
        ApiClient.Response declared = api.post(
                "/api/v1/transits",
                "la-enterprise",
                TransitTests.movement(laTrader, guarantee, "VL-INT-05", "SEA-VUNG-ANG", "500000", "1000"));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        long id = declared.json().get("id").asLong();

        PageSession principal = PageSession.signIn(this.port, "la-enterprise");
        Document list = principal.page("/border/transits?lang=vi");
        assertThat(list.select("tr[data-transit-id=" + id + "]").text())
                .contains("Cảng Vũng Áng")
                .contains("Đã khai báo");

        PageSession atDeparture = PageSession.signIn(this.port, departure);
        Document before = atDeparture.page("/border/transits/" + id + "?lang=vi");
        assertThat(before.getElementById("transit-arrive-form"))
                .as("not the office of destination")
                .isNull();
        HttpResponse<String> released = submit(atDeparture, before, "transit-release", Map.of());
        assertThat(released.statusCode()).isEqualTo(302);

        PageSession atPort = PageSession.signIn(this.port, port);
        Document arriving = atPort.page("/border/transits/" + id + "?lang=vi");
        assertThat(arriving.getElementById("transit-status").attr("data-status"))
                .isEqualTo("RELEASED");
        assertThat(arriving.getElementById("transit-deadline").text()).contains("72");
        HttpResponse<String> arrived = submit(atPort, arriving, "transit-arrive-form", Map.of());
        assertThat(arrived.statusCode()).as(arrived.body()).isEqualTo(302);
        Document after = atPort.page("/border/transits/" + id + "?lang=vi");
        assertThat(after.getElementById("transit-status").attr("data-status")).isEqualTo("ARRIVED");
        assertThat(after.getElementById("transit-seals").text()).contains("nguyên vẹn");

        submit(atPort, after, "transit-discharge", Map.of());
        Document discharged = atPort.page("/border/transits/" + id + "?lang=lo");
        assertThat(discharged.getElementById("transit-status").attr("data-status"))
                .isEqualTo("DISCHARGED");
        assertThat(discharged.getElementById("transit-history").select("li")).hasSize(4);
    }

    @Test
    void anAdministratorAddsAndDeactivatesARuleFromThePage() throws Exception {
        PageSession admin = PageSession.signIn(port, "admin");
        Document page = admin.page("/border/rules?lang=vi");
        String name = "test: page rule " + UUID.randomUUID();
        HttpResponse<String> created =
                submit(admin, page, "rule-form", Map.of("name", name, "channel", "YELLOW", "hsPrefix", "9606"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM border_selectivity_rule WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();

        Document listed = admin.page("/border/rules?lang=vi");
        assertThat(listed.select("tr[data-rule-id=" + id + "]").text())
                .contains("vàng")
                .contains("mã HS 9606");
        submit(admin, listed, "rule-toggle-" + id, Map.of());
        assertThat(jdbc.sql("SELECT active FROM border_selectivity_rule WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isFalse();

        HttpResponse<String> refused = submit(admin, listed, "rule-form", Map.of("name", "no criterion"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(PageSession.signIn(port, "officer").get("/border/rules").statusCode())
                .isEqualTo(403);
    }
}
