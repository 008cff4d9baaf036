package org.vietlao.linkage.expo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * The Expo's forms as a browser sends them (with the CSRF token of the session): an organiser creates and changes
 * an event, an enterprise applies for a booth and an organiser decides it, participants register, request, answer
 * with a message, block slots and cancel, and each downloads its agenda as .ics and PDF. Refusals come back on the
 * page in the reader's language.
 */
@IntegrationTest
class ExpoPagesTest {

    static final Locale LAO = Locale.forLanguageTag("lo");
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    ApiClient api;
    long vn;
    long la;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        vn = enterprise("3369006021");
        la = enterprise("LA-0100234");
    }

    @Test
    void anOrganiserCreatesAnEventThroughTheFormAndReadsItsErrorsInLao() throws Exception {
        Session analyst = Session.signIn(port, "analyst");
        analyst.get("/expo?lang=lo");
        LocalDate day = LocalDate.now().plusDays(60);
        List<String[]> form = eventForm(day);
        form.removeIf(field -> field[0].equals("nameLo"));
        form.add(new String[] {"nameLo", ""});
        form.add(new String[] {"halls[1].name", "Hall B"});
        form.add(new String[] {"halls[1].capacity", "many"});
        form.removeIf(field -> field[0].equals("venueProvince"));
        form.add(new String[] {"venueProvince", "01"});

        HttpResponse<String> refused = analyst.post("/expo/events", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#expo-form-invalid").text()).isEqualTo(text("expo.form.invalid", LAO));
        assertThat(page.select("#nameEn-error").text()).isEqualTo(text("expo.rule.languages", LAO));
        assertThat(page.select("[id=halls1.capacity] ~ .invalid-feedback").text())
                .isEqualTo(text("expo.rule.wholeNumber", LAO));
        assertThat(page.select("[id=halls1.name]").val())
                .as("what was typed stays")
                .isEqualTo("Hall B");
        assertThat(page.select("input[name=_csrf]")).isNotEmpty();

        HttpResponse<String> created = analyst.post("/expo/events", eventForm(day));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/expo/events/\\d+\\?saved");
        long id = Long.parseLong(location.replaceAll(".*/expo/events/(\\d+).*", "$1"));
        Map<String, Object> row = jdbc.sql(
                        "SELECT name_lo, city, venue_province, meeting_tables FROM expo_event WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("name_lo", "ງານທົດລອງແບບຟອມ")
                .containsEntry("venue_province", "LA-VT")
                .containsEntry("meeting_tables", 4);
        assertThat(analyst.page("/expo/events/" + id)
                        .select("#expo-event-province .ref-name")
                        .text())
                .as("the province in the reader's language")
                .isEqualTo("ນະຄອນຫຼວງວຽງຈັນ");
        assertThat(jdbc.sql("SELECT count(*) FROM expo_slot WHERE event_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("4 morning slots and 2 afternoon slots on the one day")
                .isEqualTo(6);

        List<String[]> change = new ArrayList<>(eventForm(day));
        change.removeIf(field -> field[0].equals("nameVi") || field[0].equals("requestQuota"));
        change.add(new String[] {"nameVi", "Hội chợ đã sửa"});
        change.add(new String[] {"requestQuota", "7"});
        HttpResponse<String> changed = analyst.post("/expo/events/" + id, change);

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT name_vi || '/' || request_quota FROM expo_event WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Hội chợ đã sửa/7");
        assertThat(Session.signIn(port, "vn-enterprise")
                        .post("/expo/events", eventForm(day))
                        .statusCode())
                .as("an enterprise creates no event")
                .isEqualTo(403);
    }

    @Test
    void anEnterpriseAppliesForABoothAndAnOrganiserApprovesItOnThePage() throws Exception {
        long event = createEvent(LocalDate.now().plusDays(45));
        Session vietnamese = Session.signIn(port, "vn-enterprise");
        vietnamese.get("/expo?lang=vi");
        Document before = vietnamese.page("/expo/events/" + event);
        assertThat(before.select(".expo-apply-form input[name=enterpriseId]").val())
                .isEqualTo(String.valueOf(vn));

        assertThat(Session.signIn(port, "la-enterprise")
                        .post(
                                "/expo/events/" + event + "/booths",
                                List.<String[]>of(new String[] {"enterpriseId", "" + vn}))
                        .statusCode())
                .as("not for another organisation's enterprise")
                .isEqualTo(403);
        HttpResponse<String> notOffered = vietnamese.post(
                "/expo/events/" + event + "/booths",
                List.of(new String[] {"enterpriseId", "" + vn}, new String[] {"products", "071410"}));
        assertThat(notOffered.statusCode()).isEqualTo(302);
        Document refused = vietnamese.page("/expo/events/" + event);
        assertThat(refused.select("#expo-form-error").text())
                .contains(messages.getMessage("error.EXP-007.detail", new Object[] {"071410"}, VIETNAMESE))
                .contains("EXP-007");

        HttpResponse<String> applied = vietnamese.post(
                "/expo/events/" + event + "/booths",
                List.of(new String[] {"enterpriseId", "" + vn}, new String[] {"products", "110814"}));
        assertThat(applied.headers().firstValue("Location").orElseThrow()).endsWith("?applied");
        assertThat(vietnamese
                        .page("/expo/events/" + event)
                        .select(".expo-own-booth")
                        .text())
                .contains(text("expo.booth.status.APPLIED", VIETNAMESE));

        Session analyst = Session.signIn(port, "analyst");
        Document organiser = analyst.page("/expo/events/" + event);
        String booth = organiser.select(".expo-application").attr("data-booth-id");
        assertThat(booth).isNotBlank();
        HttpResponse<String> noReason =
                analyst.post("/expo/events/" + event + "/booths/" + booth + "/decline", List.of());
        assertThat(noReason.statusCode()).isEqualTo(302);
        assertThat(analyst.page("/expo/events/" + event)
                        .select("#expo-form-error")
                        .text())
                .contains("EXP-010");

        analyst.post("/expo/events/" + event + "/booths/" + booth + "/approve", List.of());

        Map<String, Object> decided = jdbc.sql("SELECT status, number FROM expo_booth WHERE id = :id")
                .param("id", Long.parseLong(booth))
                .query()
                .singleRow();
        assertThat(decided).containsEntry("status", "APPROVED").containsEntry("number", 1);
        Document exhibitors = vietnamese.page("/expo/events/" + event + "?hs=1108");
        assertThat(exhibitors.select("#expo-exhibitors tbody tr")).hasSize(1);
        assertThat(exhibitors.select("#expo-exhibitors").text()).contains("110814");
    }

    @Test
    void participantsRequestAnswerWithAMessageBlockSlotsAndDownloadTheirAgendas() throws Exception {
        long event = createEvent(LocalDate.now().plusDays(50));
        Session vietnamese = Session.signIn(port, "vn-enterprise");
        Session lao = Session.signIn(port, "la-enterprise");
        lao.get("/expo?lang=lo");
        assertThat(vietnamese
                        .post(
                                "/expo/events/" + event + "/participants",
                                List.<String[]>of(new String[] {"enterpriseId", "" + vn}))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/meetings?registered");
        lao.post("/expo/events/" + event + "/participants", List.<String[]>of(new String[] {"enterpriseId", "" + la}));

        lao.post(
                "/expo/events/" + event + "/meetings",
                List.of(
                        new String[] {"fromEnterpriseId", "" + la},
                        new String[] {"toEnterpriseId", "" + vn},
                        new String[] {"message", "ສະບາຍດີ"}));
        long first = meetingBetween(event, "REQUESTED");
        vietnamese.post(
                "/expo/meetings/" + first + "/decline", List.<String[]>of(new String[] {"answer", "Tuần sau nhé"}));
        assertThat(jdbc.sql("SELECT status || '/' || answer FROM expo_meeting WHERE id = :id")
                        .param("id", first)
                        .query(String.class)
                        .single())
                .isEqualTo("DECLINED/Tuần sau nhé");

        lao.post(
                "/expo/events/" + event + "/meetings",
                List.of(new String[] {"fromEnterpriseId", "" + la}, new String[] {"toEnterpriseId", "" + vn}));
        long second = meetingBetween(event, "REQUESTED");
        HttpResponse<String> bySender = lao.post("/expo/meetings/" + second + "/accept", List.of());
        assertThat(bySender.statusCode())
                .as("the sender does not answer its own request")
                .isEqualTo(403);
        vietnamese.post("/expo/meetings/" + second + "/accept", List.of());

        HttpResponse<String> blocked = vietnamese.post(
                "/expo/events/" + event + "/blocked-slots",
                List.of(new String[] {"enterpriseId", "" + vn}, new String[] {"slots", "1"}, new String[] {"slots", "2"
                }));
        assertThat(blocked.headers().firstValue("Location").orElseThrow()).endsWith("?blocked");
        Document meetingsPage = vietnamese.page("/expo/events/" + event + "/meetings");
        assertThat(meetingsPage.select(".expo-blocked-form input[name=slots][checked]"))
                .hasSize(2);

        Session analyst = Session.signIn(port, "analyst");
        analyst.post("/expo/events/" + event + "/schedule", List.of());
        Map<String, Object> placed = jdbc.sql("SELECT slot_number, table_number FROM expo_meeting WHERE id = :id")
                .param("id", second)
                .query()
                .singleRow();
        int slot = ((Number) placed.get("slot_number")).intValue();
        assertThat(slot).as("the blocked slots stay free").isGreaterThan(2);

        HttpResponse<String> ics = lao.get("/expo/events/" + event + "/agenda.ics?enterpriseId=" + la);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        String calendar = ics.body().replace("\r\n ", "");
        assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0");
        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(2);
        assertThat(calendar)
                .contains("UID:expo-" + event + "-meeting-" + second + "@vietlao-linkage")
                .contains("DTSTAMP:")
                .containsPattern("DTSTART:\\d{8}T\\d{6}Z")
                .containsPattern("SUMMARY:.*" + placed.get("table_number"))
                .contains("LOCATION:");
        assertThat(vietnamese
                        .get("/expo/events/" + event + "/agenda.ics?enterpriseId=" + la)
                        .statusCode())
                .as("another enterprise's agenda")
                .isEqualTo(403);

        HttpResponse<byte[]> pdf = lao.bytes("/expo/events/" + event + "/agenda.pdf?enterpriseId=" + la);
        assertThat(pdf.statusCode()).isEqualTo(200);
        String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF").contains("NotoSansLao");

        vietnamese.post("/expo/meetings/" + second + "/cancel", List.of());
        assertThat(jdbc.sql("SELECT status FROM expo_meeting WHERE id = :id")
                        .param("id", second)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
    }

    @Test
    void theEventReportTotalsAgreementsInUsDollarsWithTheRateUsedAndKeepsDetailsForOfficials() throws Exception {
        LocalDate day = LocalDate.now().plusDays(55);
        long event = createEvent(day);
        String agreement = """
				{"vnEnterpriseId": %d, "laEnterpriseId": %d, "kind": "%s", "hsCodes": ["110814"],
				 "amount": %s, "currency": "%s", "signedOn": "%s"}""";
        assertThat(api.post(
                                "/api/v1/expo/events/" + event + "/agreements",
                                "analyst",
                                agreement.formatted(vn, la, "CONTRACT", "21000000", "LAK", day))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/expo/events/" + event + "/agreements",
                                "analyst",
                                agreement.formatted(vn, la, "MOU", "5000", "USD", day))
                        .status())
                .isEqualTo(201);
        java.math.BigDecimal lakPerUsd = jdbc.sql(
                        "SELECT rate_per_usd FROM exchange_rate WHERE currency = 'LAK' AND year <= :y ORDER BY year DESC LIMIT 1")
                .param("y", day.getYear())
                .query(java.math.BigDecimal.class)
                .single();
        java.math.BigDecimal expected = new java.math.BigDecimal("21000000")
                .divide(lakPerUsd, 12, java.math.RoundingMode.HALF_EVEN)
                .setScale(2, java.math.RoundingMode.HALF_EVEN)
                .add(new java.math.BigDecimal("5000.00"));
        String shown = String.format(Locale.ENGLISH, "%,.2f", expected);

        Session ministry = Session.signIn(port, "ministry");
        ministry.get("/expo?lang=en");
        Document report = ministry.page("/expo/events/" + event + "/report");

        assertThat(report.select("#expo-report-figures tr")
                        .select("th:contains(" + text("expo.report.totalUsd", Locale.ENGLISH) + ") + td")
                        .text())
                .isEqualTo(shown);
        assertThat(report.select("#expo-report-figures caption").text()).startsWith("Source:");
        assertThat(report.select(".expo-report-agreement")).hasSize(2);
        assertThat(report.select(".expo-report-agreement").first().text())
                .contains(lakPerUsd.stripTrailingZeros().toPlainString() + " LAK per US dollar");
        HttpResponse<byte[]> xlsx = ministry.bytes("/expo/events/" + event + "/report?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        HttpResponse<byte[]> pdf = ministry.bytes("/expo/events/" + event + "/report?format=pdf&lang=lo");
        assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF")
                .contains("NotoSansLao");

        Document asEnterprise = Session.signIn(port, "vn-enterprise").page("/expo/events/" + event + "/report");
        assertThat(asEnterprise.select("#expo-report-figures")).hasSize(1);
        assertThat(asEnterprise.select(".expo-report-agreement"))
                .as("an enterprise sees the totals, not other enterprises' agreements")
                .isEmpty();
    }

    long meetingBetween(long event, String status) {
        return jdbc.sql("SELECT max(id) FROM expo_meeting WHERE event_id = :e AND status = :s")
                .param("e", event)
                .param("s", status)
                .query(Long.class)
                .single();
    }

    long createEvent(LocalDate day) {
        ApiClient.Response created = api.post("/api/v1/expo/events", "analyst", ExpoApiTests.event(5, 5, 2, day));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static List<String[]> eventForm(LocalDate day) {
        List<String[]> form = new ArrayList<>();
        form.add(new String[] {"nameEn", "Form Expo"});
        form.add(new String[] {"nameVi", "Hội chợ biểu mẫu"});
        form.add(new String[] {"nameLo", "ງານທົດລອງແບບຟອມ"});
        form.add(new String[] {"city", "Vientiane"});
        form.add(new String[] {"country", "LA"});
        form.add(new String[] {"venueProvince", "LA-VT"});
        form.add(new String[] {"startsOn", day.toString()});
        form.add(new String[] {"endsOn", day.plusDays(1).toString()});
        form.add(new String[] {"slotMinutes", "30"});
        form.add(new String[] {"tables", "4"});
        form.add(new String[] {"provinceQuota", "3"});
        form.add(new String[] {"requestQuota", "5"});
        form.add(new String[] {"requestsCloseHours", "24"});
        form.add(new String[] {"halls[0].name", "Hall A"});
        form.add(new String[] {"halls[0].capacity", "20"});
        form.add(new String[] {"days[0].date", day.toString()});
        form.add(new String[] {"days[0].start1", "09:00"});
        form.add(new String[] {"days[0].slots1", "4"});
        form.add(new String[] {"days[0].start2", "14:00"});
        form.add(new String[] {"days[0].slots2", "2"});
        return form;
    }

    long enterprise(String registration) {
        return jdbc.sql("SELECT id FROM enterprise WHERE registration_number = :r")
                .param("r", registration)
                .query(Long.class)
                .single();
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A signed-in browser without a browser: cookies kept, redirects not followed, forms with the CSRF token. */
    record Session(HttpClient http, String baseUrl) {

        static Session signIn(int port, String username) throws IOException, InterruptedException {
            Session session = new Session(
                    HttpClient.newBuilder()
                            .cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build(),
                    "http://localhost:" + port);
            var response = session.post(
                    "/login", List.of(new String[] {"username", username}, new String[] {"password", "demo"}));
            assertThat(response.statusCode()).as("sign-in of %s", username).isEqualTo(302);
            return session;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        Document page(String path) throws IOException, InterruptedException {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return Jsoup.parse(response.body());
        }

        HttpResponse<String> post(String path, List<String[]> fields) throws IOException, InterruptedException {
            List<String[]> all = new ArrayList<>(fields);
            all.add(new String[] {
                "_csrf",
                Jsoup.parse(get("/login").body()).select("input[name=_csrf]").val()
            });
            String body = all.stream()
                    .map(e -> URLEncoder.encode(e[0], StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e[1], StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
