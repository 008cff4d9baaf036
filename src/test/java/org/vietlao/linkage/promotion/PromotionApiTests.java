package org.vietlao.linkage.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;
import org.vietlao.linkage.enterprise.EnterpriseFixtures;

/**
 * Issue 18 over the API, on the real database: each country's export-ready rule and the rating's validity, the
 * catalogue's accent-insensitive search in Vietnamese and Lao, listing requests and their states, the ranking's
 * reasons, photo limits, and a programme's results on a hand-checked set with its budgets converted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromotionApiTests {

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseFixtures fixtures;

    @Autowired
    WhereToSell whereToSell;

    ApiClient api;
    long laoProducer;
    long vietnameseProducer;
    String tag;

    @BeforeAll
    void enterprises() {
        api = new ApiClient(port);
        tag = "zq" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        laoProducer = fixtures.lao("LA-CH")
                .named("Bolaven Coffee " + tag, null, "ກາເຟບໍລະເວນ " + tag)
                .offers("090111", 100, "t")
                .offers("040900", 5, "t")
                .ownedBy("la-enterprise")
                .create();
        vietnameseProducer = fixtures.vietnamese("40")
                .named("Nghe An Foods " + tag, "Thực phẩm Nghệ An " + tag, null)
                .offers("090111", 100, "t")
                .ownedBy("vn-enterprise")
                .create();
    }

    String product(
            long enterprise,
            String hs,
            String category,
            String vi,
            String lo,
            Integer stars,
            LocalDate ratedOn,
            LocalDate expiresOn) {
        String rating = stars == null
                ? "null"
                : "{\"stars\": %d, \"certificateNumber\": \"C-%s\", \"level\": \"PROVINCE\", \"ratedOn\": \"%s\"%s}"
                        .formatted(
                                stars, tag, ratedOn, expiresOn == null ? "" : ", \"expiresOn\": \"" + expiresOn + "\"");
        return """
				{"enterpriseId": %d, "hsCode": "%s", "category": "%s",
				 "brand": {"vi": "%s", "lo": "%s"}, "name": {"vi": "%s", "lo": "%s", "en": "Product %s"},
				 "rating": %s, "certifications": ["VietGAP", "organic"], "packSizes": ["250 g", "500 g"],
				 "priceMin": 45000, "priceMax": 120000, "currency": "LAK"}""".formatted(enterprise, hs, category, vi, lo, vi, lo, tag, rating);
    }

    JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void eachCountrysRuleDecidesExportReadyAndAnExpiredRatingStopsCounting() {
        LocalDate lastYear = LocalDate.now().minusYears(1);
        JsonNode laoFour = created(api.post(
                "/api/v1/promotion/products",
                "la-enterprise",
                product(laoProducer, "090111", "DRINK", "Cà phê Bolaven " + tag, "ກາເຟ " + tag, 4, lastYear, null)));
        assertThat(laoFour.get("rating").get("scheme").asText()).isEqualTo("ODOP");
        assertThat(laoFour.get("rating").get("state").asText()).isEqualTo("VALID");
        assertThat(laoFour.get("rating").get("expiresOn").asText())
                .isEqualTo(lastYear.plusMonths(36).toString());
        assertThat(laoFour.get("exportReady").asBoolean()).isTrue();

        JsonNode vietnameseFour = created(api.post(
                "/api/v1/promotion/products",
                "vn-enterprise",
                product(
                        vietnameseProducer,
                        "090111",
                        "DRINK",
                        "Cà phê Nghệ An " + tag,
                        "ກາເຟ ເງະອານ " + tag,
                        4,
                        lastYear,
                        null)));
        assertThat(vietnameseFour.get("rating").get("scheme").asText()).isEqualTo("OCOP");
        assertThat(vietnameseFour.get("exportReady").asBoolean()).isFalse();
        JsonNode vietnameseFive = created(api.post(
                "/api/v1/promotion/products",
                "vn-enterprise",
                product(
                        vietnameseProducer,
                        "090111",
                        "DRINK",
                        "Cà phê Năm Sao " + tag,
                        "ກາເຟ ຫ້າດາວ " + tag,
                        5,
                        lastYear,
                        null)));
        assertThat(vietnameseFive.get("exportReady").asBoolean()).isTrue();

        JsonNode expired = created(api.post(
                "/api/v1/promotion/products",
                "la-enterprise",
                product(
                        laoProducer,
                        "040900",
                        "FOOD",
                        "Mật ong cũ " + tag,
                        "ນ້ຳເຜິ້ງເກົ່າ " + tag,
                        5,
                        LocalDate.now().minusYears(4),
                        null)));
        assertThat(expired.get("rating").get("state").asText()).isEqualTo("EXPIRED");
        assertThat(expired.get("exportReady").asBoolean()).isFalse();

        JsonNode ready = api.get("/api/v1/promotion/products?country=LA&minRating=4&q=" + tag, "analyst")
                .json();
        assertThat(ids(ready))
                .contains(laoFour.get("id").asLong())
                .doesNotContain(expired.get("id").asLong());
        JsonNode notReady = api.get("/api/v1/promotion/products?country=VN&exportReady=false&q=" + tag, "analyst")
                .json();
        assertThat(ids(notReady)).containsExactly(vietnameseFour.get("id").asLong());
    }

    @Test
    void theProducersRulesAreCheckedWithTheField() {
        ApiClient.Response otherOrganisation = api.post(
                "/api/v1/promotion/products",
                "vn-enterprise",
                product(laoProducer, "090111", "DRINK", "x", "x", null, null, null));
        assertThat(otherOrganisation.status()).isEqualTo(403);
        ApiClient.Response notAnOffer = api.post(
                "/api/v1/promotion/products",
                "la-enterprise",
                product(
                        laoProducer,
                        "100630",
                        "FOOD",
                        "Gạo " + tag,
                        "ເຂົ້າ " + tag,
                        4,
                        LocalDate.now().plusDays(3),
                        null));
        assertThat(notAnOffer.status()).as(notAnOffer.body()).isEqualTo(422);
        assertThat(notAnOffer.json().get("code").asText()).isEqualTo("PRM-001");
        assertThat(fields(notAnOffer)).contains("hsCode", "rating.ratedOn");
    }

    @Test
    void theCatalogueFindsVietnameseWithoutAccentsAndLaoByNameOrProvince() {
        long id = created(api.post(
                        "/api/v1/promotion/products",
                        "la-enterprise",
                        product(
                                laoProducer,
                                "040900",
                                "FOOD",
                                "Mật ong rừng Đắk " + tag,
                                "ນ້ຳເຜິ້ງປ່າ " + tag,
                                4,
                                LocalDate.now().minusMonths(2),
                                null)))
                .get("id")
                .asLong();
        assertThat(ids(search("LA", "mat ong rung dak " + tag))).containsExactly(id);
        assertThat(ids(search("LA", "MẬT ONG RỪNG " + tag))).containsExactly(id);
        assertThat(ids(search("LA", "ນ້ຳເຜິ້ງປ່າ " + tag))).containsExactly(id);
        assertThat(ids(search("LA", "ຈຳປາສັກ ນ້ຳເຜິ້ງປ່າ " + tag)))
                .as("the province's Lao name")
                .containsExactly(id);
        assertThat(ids(search("LA", "champasak 040900 rung " + tag)))
                .as("province in English, HS code")
                .containsExactly(id);
        assertThat(ids(search("VN", "ນ້ຳເຜິ້ງປ່າ " + tag))).isEmpty();
        ApiClient.Response bad = api.get("/api/v1/promotion/products?country=TH", "analyst");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("code").asText()).isEqualTo("PRM-014");
    }

    @Test
    void theCatalogueSearchIsOpenToEveryoneAndAnswersAsToTheSignedIn() {
        long id = created(api.post(
                        "/api/v1/promotion/products",
                        "la-enterprise",
                        product(
                                laoProducer,
                                "090111",
                                "DRINK",
                                "Cà phê công khai " + tag,
                                "ກາເຟສາທາລະນະ " + tag,
                                3,
                                LocalDate.now().minusMonths(1),
                                null)))
                .get("id")
                .asLong();
        String path = "/api/v1/promotion/products?country=LA&q="
                + URLEncoder.encode("ca phe cong khai " + tag, StandardCharsets.UTF_8);
        ApiClient.Response anonymous = api.get(path, null);
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(200);
        assertThat(ids(anonymous.json())).containsExactly(id);
        assertThat(anonymous.json()).isEqualTo(api.get(path, "analyst").json());
        ApiClient.Response refused = api.get("/api/v1/promotion/products?country=TH", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("country");
        assertThat(api.get("/api/v1/promotion/products/" + id, null).status())
                .as("the product with its listings (requests and declines included) still needs a sign-in")
                .isEqualTo(401);
        assertThat(api.get("/api/v1/promotion/products/" + id + "/channels", null)
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/promotion/products", null, "{}").status()).isEqualTo(401);
    }

    JsonNode search(String country, String q) {
        ApiClient.Response response = api.get(
                "/api/v1/promotion/products?country=" + country + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "analyst");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aListingIsRequestedAnsweredOnceByTheChannelAndShownOnTheProduct() {
        long product = created(api.post(
                        "/api/v1/promotion/products",
                        "la-enterprise",
                        product(
                                laoProducer,
                                "090111",
                                "DRINK",
                                "Cà phê Paksong " + tag,
                                "ກາເຟປາກຊ່ອງ " + tag,
                                4,
                                LocalDate.now().minusMonths(1),
                                null)))
                .get("id")
                .asLong();
        long chain = channel(
                "vn-enterprise",
                "VN",
                "SUPERMARKET_CHAIN",
                "Chuỗi siêu thị " + tag,
                vietnameseProducer,
                List.of("40"),
                List.of("DRINK"),
                List.of());
        long laoChannel = channel(
                "analyst", "LA", "BORDER_MARKET", "ຕະຫຼາດ " + tag, null, List.of("LA-CH"), List.of("DRINK"), List.of());

        ApiClient.Response sameCountry = api.post(
                "/api/v1/promotion/listings",
                "la-enterprise",
                "{\"productId\": %d, \"channelId\": %d, \"via\": \"DIRECT\"}".formatted(product, laoChannel));
        assertThat(sameCountry.status()).isEqualTo(422);
        assertThat(fields(sameCountry)).containsExactly("channelId");
        ApiClient.Response notProducer = api.post(
                "/api/v1/promotion/listings",
                "vn-enterprise",
                "{\"productId\": %d, \"channelId\": %d, \"via\": \"DIRECT\"}".formatted(product, chain));
        assertThat(notProducer.status()).isEqualTo(403);

        JsonNode requested = created(api.post(
                "/api/v1/promotion/listings",
                "la-enterprise",
                "{\"productId\": %d, \"channelId\": %d, \"via\": \"FAIR\", \"message\": \"ສະບາຍດີ\"}"
                        .formatted(product, chain)));
        assertThat(requested.get("status").asText()).isEqualTo("REQUESTED");
        long listing = requested.get("id").asLong();
        JsonNode toChannel = notice("vn-enterprise", "vi", "promotion-listing-requested", "Cà phê Paksong " + tag);
        assertThat(toChannel.get("link").asText())
                .as("the channel is sent where it answers")
                .isEqualTo("/promotion/listings");
        assertThat(toChannel.get("text").asText())
                .as("in the reader's language, naming the producer, the channel and the product")
                .isEqualTo("Bolaven Coffee " + tag + " đề nghị kênh Chuỗi siêu thị " + tag
                        + " của bạn phân phối sản phẩm Cà phê Paksong " + tag + ".");
        assertThat(noticeTexts("la-enterprise", "lo", "promotion-listing-requested"))
                .as("the producer is not told of its own request")
                .noneMatch(text -> text.contains(tag));
        ApiClient.Response again = api.post(
                "/api/v1/promotion/listings",
                "la-enterprise",
                "{\"productId\": %d, \"channelId\": %d, \"via\": \"DIRECT\"}".formatted(product, chain));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("PRM-009");

        assertThat(api.post("/api/v1/promotion/listings/" + listing + "/accept", "la-enterprise", "{}")
                        .status())
                .as("the producer does not answer for the channel")
                .isEqualTo(403);
        ApiClient.Response noReason =
                api.post("/api/v1/promotion/listings/" + listing + "/decline", "vn-enterprise", "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("code").asText()).isEqualTo("PRM-008");

        LocalDate since = LocalDate.now().plusDays(7);
        ApiClient.Response accepted = api.post(
                "/api/v1/promotion/listings/" + listing + "/accept", "vn-enterprise", "{\"since\": \"" + since + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("since").asText()).isEqualTo(since.toString());
        assertThat(accepted.json().get("linkageId").isNumber())
                .as("counts as a linkage in matching")
                .isTrue();
        JsonNode toProducer = notice("la-enterprise", "lo", "promotion-listing-accepted", "ກາເຟປາກຊ່ອງ " + tag);
        assertThat(toProducer.get("link").asText()).isEqualTo("/promotion/catalogue/" + product);
        assertThat(toProducer.get("text").asText())
                .isEqualTo("Chuỗi siêu thị " + tag + " ໄດ້ຕົກລົງວາງຂາຍຜະລິດຕະພັນ ກາເຟປາກຊ່ອງ " + tag + ".");
        ApiClient.Response twice = api.post(
                "/api/v1/promotion/listings/" + listing + "/decline",
                "vn-enterprise",
                "{\"reason\": \"changed our mind\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asText()).isEqualTo("PRM-007");

        JsonNode detail = api.get("/api/v1/promotion/products/" + product, "vn-enterprise")
                .json();
        assertThat(detail.get("listings")).hasSize(1);
        assertThat(detail.get("listings").get(0).get("channelId").asLong()).isEqualTo(chain);
        assertThat(detail.get("listings").get(0).get("via").asText()).isEqualTo("FAIR");

        long second = created(api.post(
                        "/api/v1/promotion/listings",
                        "la-enterprise",
                        "{\"productId\": %d, \"channelId\": %d, \"via\": \"DIRECT\"}"
                                .formatted(
                                        product,
                                        channel(
                                                "analyst",
                                                "VN",
                                                "ECOMMERCE",
                                                "Sàn " + tag,
                                                null,
                                                List.of("01"),
                                                List.of("DRINK"),
                                                List.of()))))
                .get("id")
                .asLong();
        assertThat(api.post(
                                "/api/v1/promotion/listings/" + second + "/decline",
                                "vn-enterprise",
                                "{\"reason\": \"no\"}")
                        .status())
                .as("a channel without an enterprise is answered by analysts")
                .isEqualTo(403);
        JsonNode declined = api.post(
                        "/api/v1/promotion/listings/" + second + "/decline",
                        "analyst",
                        "{\"reason\": \"Không đủ chỗ trên kệ\"}")
                .json();
        assertThat(declined.get("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.get("declineReason").asText()).isEqualTo("Không đủ chỗ trên kệ");
        assertThat(notice("analyst", "en", "promotion-listing-requested", "Sàn " + tag)
                        .get("text")
                        .asText())
                .as("a channel without an enterprise: the analyst who recorded it hears of the request")
                .startsWith("Bolaven Coffee " + tag + " asks your channel Sàn " + tag + " to list Product " + tag);
        assertThat(notice("la-enterprise", "en", "promotion-listing-declined", "Sàn " + tag)
                        .get("link")
                        .asText())
                .isEqualTo("/promotion/catalogue/" + product);
    }

    /** The newest inbox item of {@code kind} whose text, in {@code language}, contains {@code words}. */
    JsonNode notice(String user, String language, String kind, String words) {
        List<JsonNode> found = new ArrayList<>();
        inbox(user, language).forEach(item -> {
            if (item.get("kind").asText().equals(kind)
                    && item.get("text").asText().contains(words)) {
                found.add(item);
            }
        });
        assertThat(found).as(user + " was told (" + kind + ", " + words + ")").isNotEmpty();
        return found.get(0);
    }

    List<String> noticeTexts(String user, String language, String kind) {
        List<String> texts = new ArrayList<>();
        inbox(user, language).forEach(item -> {
            if (item.get("kind").asText().equals(kind)) {
                texts.add(item.get("text").asText());
            }
        });
        return texts;
    }

    JsonNode inbox(String user, String language) {
        ApiClient.Response page =
                api.send(HttpRequest.newBuilder(java.net.URI.create(api.baseUrl() + "/api/v1/notifications?size=50"))
                        .header("Authorization", "Bearer " + api.tokenFor(user))
                        .header("Accept-Language", language)
                        .GET()
                        .build());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items");
    }

    long channel(
            String user,
            String country,
            String kind,
            String name,
            Long enterprise,
            List<String> provinces,
            List<String> categories,
            List<String> chapters) {
        return created(api.post("/api/v1/promotion/channels", user, """
						{"country": "%s", "kind": "%s", "name": "%s", "provinces": %s, "categories": %s,
						 "hsChapters": %s, "contact": "sales@example.test", "enterpriseId": %s}""".formatted(
                                country, kind, name, json(provinces), json(categories), json(chapters), enterprise)))
                .get("id")
                .asLong();
    }

    static String json(List<String> items) {
        return items.stream().map(s -> "\"" + s + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    @Test
    void whereCouldThisSellRanksTheChannelsWithTheirReasons() {
        long product = created(api.post(
                        "/api/v1/promotion/products",
                        "la-enterprise",
                        product(
                                laoProducer,
                                "040900",
                                "FOOD",
                                "Mật ong Xekong " + tag,
                                "ນ້ຳເຜິ້ງເຊກອງ " + tag,
                                4,
                                LocalDate.now().minusMonths(3),
                                null)))
                .get("id")
                .asLong();
        List<WhereToSell.NearGate> gates = whereToSell.nearestGates("LA", "LA-CH", 3);
        assertThat(gates).isNotEmpty();
        String across = gates.get(0).acrossProvince();
        long best = channel(
                "analyst", "VN", "DISTRIBUTOR", "A best " + tag, null, List.of(across), List.of("FOOD"), List.of("04"));
        long categoryOnly = channel(
                "analyst", "VN", "SHOWROOM", "B category " + tag, null, List.of("01"), List.of("FOOD"), List.of());
        long unrelated = channel(
                "analyst",
                "VN",
                "SHOWROOM",
                "C textiles " + tag,
                null,
                List.of(across),
                List.of("TEXTILE"),
                List.of("61"));

        JsonNode ranked = api.get("/api/v1/promotion/products/" + product + "/channels", "la-enterprise")
                .json();
        List<Long> order = new ArrayList<>();
        ranked.forEach(c -> order.add(c.get("channel").get("id").asLong()));
        assertThat(order).contains(best, categoryOnly).doesNotContain(unrelated);
        assertThat(order.indexOf(best)).isLessThan(order.indexOf(categoryOnly));
        JsonNode first = ranked.get(order.indexOf(best));
        assertThat(first.get("score").asInt()).isEqualTo(7);
        List<String> reasons = new ArrayList<>();
        first.get("reasons")
                .forEach(r -> reasons.add(
                        r.get("kind").asText() + ":" + r.get("value").asText()));
        assertThat(reasons).containsExactly("CATEGORY:FOOD", "HS_CHAPTER:04", "NEAR_GATE:" + across);
        assertThat(first.get("reasons").get(2).get("gatePairId").asText())
                .isEqualTo(gates.get(0).pairId());
        assertThat(ranked.get(order.indexOf(categoryOnly)).get("score").asInt()).isEqualTo(2);

        JsonNode missing = api.get("/api/v1/promotion/channels/" + best + "/products", "analyst")
                .json();
        List<Long> products = new ArrayList<>();
        missing.forEach(p -> products.add(p.get("id").asLong()));
        assertThat(products)
                .as("export-ready Lao products the channel does not carry")
                .contains(product);
    }

    @Test
    void aProductHasAtMostFivePhotosOfAnAllowedTypeResizedOnTheServer() throws IOException {
        long product = created(api.post(
                        "/api/v1/promotion/products",
                        "la-enterprise",
                        product(
                                laoProducer,
                                "090111",
                                "DRINK",
                                "Cà phê ảnh " + tag,
                                "ກາເຟຮູບ " + tag,
                                null,
                                null,
                                null)))
                .get("id")
                .asLong();
        byte[] png = PhotosTest.image(2400, 1800, "png");
        for (int i = 1; i <= 5; i++) {
            ApiClient.Response added = photo(product, "la-enterprise", "image/png", png);
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            assertThat(added.json().get("position").asInt()).isEqualTo(i);
            assertThat(added.json().get("width").asInt()).isEqualTo(1200);
            assertThat(added.json().get("height").asInt()).isEqualTo(900);
        }
        ApiClient.Response sixth = photo(product, "la-enterprise", "image/png", png);
        assertThat(sixth.status()).isEqualTo(409);
        assertThat(sixth.json().get("code").asText()).isEqualTo("PRM-011");
        assertThat(photo(product, "vn-enterprise", "image/png", png).status()).isEqualTo(403);

        long other = created(api.post(
                        "/api/v1/promotion/products",
                        "la-enterprise",
                        product(
                                laoProducer,
                                "090111",
                                "DRINK",
                                "Cà phê ảnh hai " + tag,
                                "ກາເຟຮູບສອງ " + tag,
                                null,
                                null,
                                null)))
                .get("id")
                .asLong();
        ApiClient.Response gif = photo(other, "la-enterprise", "image/gif", png);
        assertThat(gif.status()).isEqualTo(422);
        assertThat(gif.json().get("code").asText()).isEqualTo("PRM-010");
        assertThat(fields(gif)).containsExactly("photo");

        JsonNode detail =
                api.get("/api/v1/promotion/products/" + product, "analyst").json();
        assertThat(detail.get("product").get("photos")).hasSize(5);
        long photoId = detail.get("product").get("photos").get(0).asLong();
        // A search's results carry the same photos, in order (they used to come with none).
        JsonNode found = api.get(
                        "/api/v1/promotion/products?country=LA&q="
                                + java.net.URLEncoder.encode("ກາເຟຮູບ " + tag, java.nio.charset.StandardCharsets.UTF_8),
                        null)
                .json();
        JsonNode hit = null;
        for (JsonNode item : found.get("items")) {
            if (item.get("id").asLong() == product) {
                hit = item;
            }
        }
        assertThat(hit).as(found.toString()).isNotNull();
        assertThat(hit.get("photos")).isEqualTo(detail.get("product").get("photos"));
        for (JsonNode item : found.get("items")) {
            if (item.get("id").asLong() == other) {
                assertThat(item.get("photos")).isEmpty();
            }
        }
        java.net.http.HttpResponse<byte[]> image = sendBytes("/promotion/catalogue/" + product + "/photos/" + photoId);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image.body()))
                        .getWidth())
                .isEqualTo(1200);
    }

    java.net.http.HttpResponse<byte[]> sendBytes(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(java.net.URI.create(api.baseUrl() + path))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    ApiClient.Response photo(long product, String user, String type, byte[] bytes) throws IOException {
        String boundary = "prm" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"p.png\"\r\n"
                        + "Content-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.builder("/api/v1/promotion/products/" + product + "/photos", user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    @Test
    void aProgrammesResultsConvertTheBudgetsAndCountNewListingsPerTenThousandDollars() throws Exception {
        // Hand-checked set, year 2021 (WDI yearly rate 23,159.78 VND per USD): activity A costs 231,597,800 VND =
        // 10,000.00 USD and brings three accepted listings (two products newly sold in Viet Nam, one that was
        // already sold there), 2 contracts, 1 MoU, sales of 115,798,900 VND = 5,000.00 USD; activity B costs
        // 5,000 USD and brings one Vietnamese product into Laos, 1 contract, sales of 2,000 USD.
        JsonNode programme =
                created(api.post("/api/v1/promotion/programmes", "ministry", """
				{"year": 2021, "organiserKind": "TRADE_OFFICE", "organiser": "Trade Office %s",
				 "title": {"en": "Programme %s", "vi": "Chương trình %s", "lo": "ແຜນງານ %s"}, "currency": "USD"}""".formatted(tag, tag, tag, tag)));
        long id = programme.get("id").asLong();
        assertThat(api.post("/api/v1/promotion/programmes", "la-enterprise", "{}")
                        .status())
                .isEqualTo(403);
        long a = created(api.post("/api/v1/promotion/programmes/" + id + "/activities", "analyst", """
				{"kind": "TRADE_WEEK", "title": "Tuần hàng Lào %s", "startsOn": "2021-05-10", "endsOn": "2021-05-16",
				 "place": "Hà Nội", "budget": 231597800, "budgetCurrency": "VND", "participants": [%d]}""".formatted(
                                tag, laoProducer)))
                .get("id")
                .asLong();
        long b = created(api.post("/api/v1/promotion/programmes/" + id + "/activities", "analyst", """
				{"kind": "DELEGATION", "title": "Đoàn doanh nghiệp %s", "startsOn": "2021-09-01", "endsOn": "2021-09-03",
				 "place": "Vientiane", "budget": 5000, "budgetCurrency": "USD", "participants": [%d]}""".formatted(
                                tag, vietnameseProducer)))
                .get("id")
                .asLong();
        ApiClient.Response notAFair = api.post("/api/v1/promotion/programmes/" + id + "/activities", "analyst", """
				{"kind": "DELEGATION", "title": "x", "startsOn": "2021-09-01", "endsOn": "2021-09-03", "place": "x",
				 "budget": 1, "budgetCurrency": "USD", "expoEventId": 1}""");
        assertThat(fields(notAFair)).contains("expoEventId");

        LocalDate rated = LocalDate.now().minusMonths(1);
        long p1 = productId(laoProducer, "Cà phê một " + tag, "ກາເຟໜຶ່ງ " + tag, rated);
        long p2 = productId(laoProducer, "Cà phê hai " + tag, "ກາເຟສອງ " + tag, rated);
        long p3 = productId(laoProducer, "Cà phê ba " + tag, "ກາເຟສາມ " + tag, rated);
        long p4 = created(api.post(
                        "/api/v1/promotion/products",
                        "analyst",
                        product(
                                vietnameseProducer,
                                "090111",
                                "DRINK",
                                "Cà phê bốn " + tag,
                                "ກາເຟສີ່ " + tag,
                                5,
                                rated,
                                null)))
                .get("id")
                .asLong();
        long c1 = channel(
                "analyst", "VN", "SUPERMARKET_CHAIN", "C1 " + tag, null, List.of("01"), List.of("DRINK"), List.of());
        long c2 =
                channel("analyst", "VN", "DISTRIBUTOR", "C2 " + tag, null, List.of("01"), List.of("DRINK"), List.of());
        long l1 = channel(
                "analyst", "LA", "TRADE_CENTRE", "L1 " + tag, null, List.of("LA-VT"), List.of("DRINK"), List.of());
        accepted(p1, c1, null);
        accepted(p1, c2, a);
        accepted(p2, c1, a);
        accepted(p3, c1, a);
        accepted(p4, l1, b);
        put(
                "/api/v1/promotion/activities/" + a + "/results",
                "{\"contracts\": 2, \"mous\": 1, \"sales\": 115798900, \"salesCurrency\": \"VND\"}");
        put(
                "/api/v1/promotion/activities/" + b + "/results",
                "{\"contracts\": 1, \"mous\": 0, \"sales\": 2000, \"salesCurrency\": \"USD\"}");

        JsonNode result =
                api.get("/api/v1/promotion/programmes/" + id, "ministry").json();
        JsonNode first = result.get("activities").get(0);
        assertThat(first.get("budgetUsd").get("amount").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(first.get("budget").get("currency").asText()).isEqualTo("USD");
        assertThat(first.get("newListings").asInt()).isEqualTo(3);
        assertThat(first.get("listingsPer10kUsd").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(first.get("contractsPer10kUsd").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(first.get("sales").get("amount").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(first.get("newlySold").get("LA").asInt()).isEqualTo(2);
        assertThat(first.get("newlySold").get("VN").asInt()).isZero();
        JsonNode second = result.get("activities").get(1);
        assertThat(second.get("listingsPer10kUsd").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(second.get("newlySold").get("VN").asInt()).isEqualTo(1);
        assertThat(result.get("budgetUsd").get("amount").decimalValue()).isEqualByComparingTo("15000.00");
        assertThat(result.get("newListings").asInt()).isEqualTo(4);
        assertThat(result.get("contracts").asInt()).isEqualTo(3);
        assertThat(result.get("mous").asInt()).isEqualTo(1);
        assertThat(result.get("listingsPer10kUsd").decimalValue()).isEqualByComparingTo("2.67");
        assertThat(result.get("contractsPer10kUsd").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(result.get("sales").get("amount").decimalValue()).isEqualByComparingTo("7000.00");
        assertThat(result.get("newlySold").get("LA").asInt()).isEqualTo(2);
        assertThat(result.get("newlySold").get("VN").asInt()).isEqualTo(1);
        assertThat(result.get("rateSources").toString()).contains("VND 23159.78/USD 2021");

        // The same results as a PDF for the yearly conference, read back in each language: every figure is there
        // with its source.
        PageSession ministry = PageSession.signIn(port, "ministry");
        String vi = pdfText(ministry, "/promotion/programmes/" + id + "/results.pdf?lang=vi");
        assertThat(vi)
                .contains("Chương trình xúc tiến năm 2021: Chương trình " + tag)
                .contains("231,597,800.00 VND = 10,000.00 USD = 10,000.00 USD")
                .contains("Số kênh phân phối mới: 3.")
                .contains("Hợp đồng: 2; biên bản ghi nhớ: 1; doanh số: 5,000.00 USD.")
                .contains("Trên 10.000 USD kinh phí: 3.00 kênh mới, 2.00 hợp đồng.")
                .contains("Kinh phí: 15,000.00 USD = 15,000.00 USD.")
                .contains("2.67 kênh mới")
                .contains("1 của Việt Nam, 2 của Lào")
                .contains("VND 23159.78/USD 2021");
        assertThat(vi.split("Nguồn:", -1).length - 1)
                .as("a source on every figure line: 5 per activity, 5 for the total")
                .isEqualTo(15);
        String en = pdfText(ministry, "/promotion/programmes/" + id + "/results.pdf?lang=en");
        assertThat(en)
                .contains("2021 promotion programme: Programme " + tag)
                .contains("Contracts: 3; MoUs: 1; sales: 7,000.00 USD. Source: reported by the organiser.")
                .contains("Per 10,000 USD of budget: 2.67 listings, 2.00 contracts.");
        HttpResponse<byte[]> lo = pdf(ministry, "/promotion/programmes/" + id + "/results.pdf?lang=lo");
        assertThat(new String(lo.body(), StandardCharsets.ISO_8859_1))
                .as("Lao text is set in the embedded Lao font")
                .contains("NotoSansLao");
        String laoText = text(lo.body());
        assertThat(laoText).contains("231,597,800.00 VND").contains("2.67").contains("VND 23159.78/USD 2021");
        assertThat(pdf(PageSession.signIn(port, "la-enterprise"), "/promotion/programmes/" + id + "/results.pdf")
                        .statusCode())
                .isEqualTo(403);
    }

    static HttpResponse<byte[]> pdf(PageSession session, String path) throws Exception {
        return session.http()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create(session.baseUrl() + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    static String pdfText(PageSession session, String path) throws Exception {
        HttpResponse<byte[]> response = pdf(session, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return text(response.body());
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    long productId(long enterprise, String vi, String lo, LocalDate rated) {
        return created(api.post(
                        "/api/v1/promotion/products",
                        "analyst",
                        product(enterprise, "090111", "DRINK", vi, lo, 4, rated, null)))
                .get("id")
                .asLong();
    }

    void accepted(long product, long channel, Long activity) {
        long listing = created(api.post(
                        "/api/v1/promotion/listings",
                        "analyst",
                        "{\"productId\": %d, \"channelId\": %d, \"via\": \"TRADE_WEEK\", \"activityId\": %s}"
                                .formatted(product, channel, activity)))
                .get("id")
                .asLong();
        ApiClient.Response answer = api.post("/api/v1/promotion/listings/" + listing + "/accept", "analyst", "{}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    void put(String path, String body) {
        ApiClient.Response response = api.put(path, "analyst", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = response.json().get("errors");
        if (errors != null) {
            errors.forEach(e -> fields.add(e.get("field").asText()));
        }
        return fields;
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
