package org.vietlao.linkage.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;
import org.vietlao.linkage.enterprise.EnterpriseFixtures;

/**
 * The promotion page forms (decision 0091): the same services and rules as the API, each refused rule shown in the
 * reader's language next to its field, a post without its CSRF token refused, and who may act decided first.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromotionPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    String tag;
    long laoProducer;

    @BeforeAll
    void enterprise() {
        tag = "pg" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        laoProducer = fixtures.lao("LA-SV")
                .named("Savan Cassava " + tag, null, "ມັນຕົ້ນສະຫວັນ " + tag)
                .offers("071410", 100, "t")
                .ownedBy("la-enterprise")
                .create();
    }

    String text(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    @Test
    void aChannelFormShowsEachRefusedRuleNextToItsFieldInTheReadersLanguageAndKeepsWhatWasTyped() throws Exception {
        PageSession vn = PageSession.signIn(port, "vn-enterprise");
        Document form = vn.page("/promotion/channels/new?lang=vi");
        String own = form.select("#prm-channel-enterprise option[selected]").val();
        assertThat(own).as("the user's own enterprise is chosen").isNotBlank();
        HttpResponse<String> refused = post(
                vn,
                form,
                "#prm-channel-form",
                Map.of(
                        "country",
                        List.of("VN"),
                        "kind",
                        List.of("SUPERMARKET_CHAIN"),
                        "name",
                        List.of("Siêu thị " + tag),
                        "enterpriseId",
                        List.of(own)));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#prm-channel-provinces-error").text())
                .isEqualTo(text("promotion.rule.provinces", "vi"));
        assertThat(page.select("#prm-channel-categories-error").text()).isEqualTo(text("promotion.rule.carries", "vi"));
        assertThat(page.select("#prm-channel-provinces").attr("aria-describedby"))
                .contains("prm-channel-provinces-error");
        assertThat(page.select("#prm-channel-name").val()).isEqualTo("Siêu thị " + tag);
        assertThat(jdbc.sql("SELECT count(*) FROM promotion_channel WHERE name = :n")
                        .param("n", "Siêu thị " + tag)
                        .query(Long.class)
                        .single())
                .isZero();

        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("country", List.of("VN"));
        fields.put("kind", List.of("SUPERMARKET_CHAIN"));
        fields.put("name", List.of("Siêu thị " + tag));
        fields.put("provinces", List.of("40", "42"));
        fields.put("categories", List.of("FOOD", "DRINK"));
        fields.put("hsChapters", List.of("07, 09"));
        fields.put("enterpriseId", List.of(own));
        HttpResponse<String> saved = post(vn, form, "#prm-channel-form", fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/promotion/listings?channelSaved=");
        Map<String, Object> row = jdbc.sql(
                        "SELECT provinces, hs_chapters, enterprise_id, created_by FROM promotion_channel WHERE name = :n")
                .param("n", "Siêu thị " + tag)
                .query()
                .singleRow();
        assertThat(row.get("created_by")).isEqualTo("vn-enterprise");
        assertThat(row.get("enterprise_id"))
                .as("the user's own enterprise, chosen by default")
                .isNotNull();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE entity_type = 'promotion_channel' AND entity_id = :id"
                                        + " AND actor = 'vn-enterprise'")
                        .param(
                                "id",
                                saved.headers()
                                        .firstValue("Location")
                                        .orElseThrow()
                                        .replaceAll(".*channelSaved=", ""))
                        .query(Long.class)
                        .single())
                .as("audited through EntityChanged")
                .isEqualTo(1);

        HttpResponse<String> noToken = vn.http()
                .send(
                        HttpRequest.newBuilder(URI.create(vn.baseUrl() + "/promotion/channels"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("country=VN&kind=DISTRIBUTOR&name=x"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).as("no CSRF token, no channel").isEqualTo(403);
    }

    @Test
    void theProducerEditsItsProductAndPhotosThroughThePagesAndNoOneElseMay() throws Exception {
        PageSession la = PageSession.signIn(port, "la-enterprise");
        Document create = la.page("/promotion/products/new?lang=lo");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("offer", List.of(laoProducer + "|071410"));
        fields.put("category", List.of("FOOD"));
        fields.put("nameLo", List.of("ແປ້ງມັນ " + tag));
        fields.put("brandLo", List.of("ສະຫວັນ " + tag));
        fields.put("stars", List.of("3"));
        fields.put("certificateNumber", List.of("ODOP-" + tag));
        fields.put("level", List.of("PROVINCE"));
        fields.put("ratedOn", List.of(LocalDate.now().minusMonths(2).toString()));
        HttpResponse<String> created = post(la, create, "#prm-product-form", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(
                created.headers().firstValue("Location").orElseThrow().replaceAll(".*/catalogue/(\\d+).*", "$1"));

        Document edit = la.page("/promotion/products/" + id + "/edit");
        assertThat(edit.select("#prm-nameLo").val()).isEqualTo("ແປ້ງມັນ " + tag);
        assertThat(edit.select("#prm-stars option[selected]").val()).isEqualTo("3");
        Map<String, List<String>> wrong = new LinkedHashMap<>(fields);
        wrong.put("stars", List.of("4"));
        wrong.put("priceMin", List.of("12,5,0"));
        HttpResponse<String> refused = post(la, edit, "#prm-product-form", wrong);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("#prm-price-min-error").text())
                .isEqualTo(text("promotion.rule.amount", "lo"));
        Map<String, List<String>> right = new LinkedHashMap<>(fields);
        right.put("stars", List.of("4"));
        right.put("nameVi", List.of("Bột sắn " + tag));
        HttpResponse<String> changed = post(la, edit, "#prm-product-form", right);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT rating_stars || ' ' || name_vi FROM promotion_product WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("4 Bột sắn " + tag);

        byte[] png = png();
        HttpResponse<String> uploaded =
                multipart(la, edit, "#prm-photo-form", "photo", "cassava.png", "image/png", png);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).contains("photoAdded");
        Document withPhoto = la.page("/promotion/products/" + id + "/edit");
        assertThat(withPhoto.select(".prm-photo-item")).hasSize(1);
        HttpResponse<String> notAPhoto =
                multipart(la, withPhoto, "#prm-photo-form", "photo", "notes.txt", "text/plain", "hello".getBytes());
        assertThat(notAPhoto.statusCode()).isEqualTo(302);
        Document shown = la.page("/promotion/products/" + id + "/edit");
        assertThat(shown.select("#prm-photo-error").text()).contains("PRM-010");
        assertThat(shown.select("#prm-photo-file").hasClass("is-invalid")).isTrue();
        HttpResponse<String> removed = post(la, shown, ".prm-photo-item form", Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM promotion_product_photo WHERE product_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();

        PageSession vn = PageSession.signIn(port, "vn-enterprise");
        assertThat(vn.get("/promotion/products/" + id + "/edit").statusCode()).isEqualTo(403);
        Document own = vn.page("/promotion/products/new");
        String csrf = own.select("input[name=_csrf]").val();
        HttpResponse<String> other = vn.http()
                .send(
                        HttpRequest.newBuilder(URI.create(vn.baseUrl() + "/promotion/products/" + id))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&nameVi=x&stars=zz"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode())
                .as("another enterprise is refused before its form is read")
                .isEqualTo(403);
    }

    @Test
    void aProgrammeItsActivitiesAndTheirResultsAreRecordedThroughThePages() throws Exception {
        PageSession ministry = PageSession.signIn(port, "ministry");
        Document list = ministry.page("/promotion/programmes?lang=lo");
        Map<String, List<String>> bad = new LinkedHashMap<>();
        bad.put("year", List.of("1999"));
        bad.put("organiserKind", List.of("TRADE_PROMOTION_AGENCY"));
        bad.put("organiser", List.of("Agency " + tag));
        bad.put("currency", List.of("USD"));
        HttpResponse<String> refused = post(ministry, list, "#prm-programme-form", bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#prm-programme-year-error").text())
                .isEqualTo(text("promotion.rule.range", "lo", 2000, 2100));
        assertThat(page.select("#prm-programme-titleLo-error").text())
                .isEqualTo(text("promotion.rule.languages", "lo"));
        assertThat(page.select("#prm-programme-organiser").val()).isEqualTo("Agency " + tag);

        Map<String, List<String>> good = new LinkedHashMap<>(bad);
        good.put("year", List.of("2026"));
        good.put("titleLo", List.of("ອາທິດສິນຄ້າລາວ " + tag));
        HttpResponse<String> created = post(ministry, list, "#prm-programme-form", good);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String programme =
                created.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");

        Document view = ministry.page(programme.replaceAll("^https?://[^/]+", ""));
        Map<String, List<String>> activity = new LinkedHashMap<>();
        activity.put("kind", List.of("TRADE_WEEK"));
        activity.put("title", List.of("Tuần hàng " + tag));
        activity.put("place", List.of("Hà Nội"));
        activity.put("startsOn", List.of("2026-05-10"));
        activity.put("endsOn", List.of("2026-05-01"));
        activity.put("budget", List.of("12000"));
        activity.put("budgetCurrency", List.of("USD"));
        HttpResponse<String> early = post(ministry, view, "#prm-activity-form", activity);
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(early.body())
                        .select("#prm-activity-endsOn-error")
                        .text())
                .isEqualTo(text("promotion.rule.afterStart", "lo"));
        activity.put("endsOn", List.of("2026-05-16"));
        assertThat(post(ministry, view, "#prm-activity-form", activity).statusCode())
                .isEqualTo(302);

        Document withActivity = ministry.page(programme.replaceAll("^https?://[^/]+", ""));
        assertThat(withActivity.select(".prm-activity").text()).contains("Tuần hàng " + tag);
        Map<String, List<String>> results = new LinkedHashMap<>();
        results.put("contracts", List.of("3"));
        results.put("mous", List.of("2"));
        results.put("sales", List.of("4500.50"));
        results.put("salesCurrency", List.of("USD"));
        assertThat(post(ministry, withActivity, ".prm-report form", results).statusCode())
                .isEqualTo(302);
        Document reported = ministry.page(programme.replaceAll("^https?://[^/]+", ""));
        assertThat(reported.select("#prm-total").text()).contains("4,500.50").contains("12,000.00");

        PageSession la = PageSession.signIn(port, "la-enterprise");
        HttpResponse<String> notAllowed = la.http()
                .send(
                        HttpRequest.newBuilder(URI.create(la.baseUrl() + "/promotion/programmes"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf="
                                        + la.page("/promotion")
                                                .select("input[name=_csrf]")
                                                .val() + "&year=x"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(notAllowed.statusCode()).isEqualTo(403);
    }

    /** Posts {@code fields} (each name with its values) to the action of the form {@code selector}, with its token. */
    static HttpResponse<String> post(
            PageSession session, Document page, String selector, Map<String, List<String>> fields) throws Exception {
        org.jsoup.nodes.Element form = page.selectFirst(selector);
        assertThat(form).as(selector).isNotNull();
        List<String> pairs = new ArrayList<>();
        pairs.add("_csrf=" + enc(form.select("input[name=_csrf]").val()));
        fields.forEach((name, values) -> values.forEach(v -> pairs.add(enc(name) + "=" + enc(v))));
        return session.http()
                .send(
                        HttpRequest.newBuilder(URI.create(session.baseUrl() + path(form.attr("action"))))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> multipart(
            PageSession session,
            Document page,
            String selector,
            String field,
            String filename,
            String type,
            byte[] content)
            throws Exception {
        org.jsoup.nodes.Element form = page.selectFirst(selector);
        assertThat(form).as(selector).isNotNull();
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + form.select("input[name=_csrf]").val() + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.http()
                .send(
                        HttpRequest.newBuilder(URI.create(session.baseUrl() + path(form.attr("action"))))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String path(String action) {
        return action.replaceAll("^https?://[^/]+", "").replaceAll(";jsessionid=[^?]*", "");
    }

    static String enc(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String joined(Map<String, String> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }
}
