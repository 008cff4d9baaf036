package org.vietlao.linkage.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

@IntegrationTest
class HsApiTests {

    @LocalServerPort
    int port;

    ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient(port);
    }

    private static List<String> codes(JsonNode results) {
        return StreamSupport.stream(results.spliterator(), false)
                .map(r -> r.get("code").asText())
                .toList();
    }

    @Test
    void returnsCassavaInEnglishAndVietnamese() {
        var response = client.get("/api/v1/reference/hs/071410", "analyst");

        assertThat(response.status()).isEqualTo(200);
        JsonNode cassava = response.json();
        assertThat(cassava.get("code").asText()).isEqualTo("071410");
        assertThat(cassava.get("level").asInt()).isEqualTo(6);
        assertThat(cassava.get("parent").asText()).isEqualTo("0714");
        assertThat(cassava.get("description").get("en").asText()).contains("manioc (cassava)");
        assertThat(cassava.get("description").get("vi").asText()).isEqualTo("Sắn");
        assertThat(cassava.get("section").get("number").asText()).isEqualTo("II");
        assertThat(cassava.get("section").get("description").get("en").asText()).isEqualTo("Vegetable products");
        assertThat(StreamSupport.stream(cassava.get("hs2017").spliterator(), false)
                        .map(JsonNode::asText))
                .containsExactly("071410");
    }

    @Test
    void returnsAVietnameseNationalLineUnderItsSubheading() {
        JsonNode line =
                client.get("/api/v1/reference/hs/07141011", "vn-enterprise").json();

        assertThat(line.get("level").asInt()).isEqualTo(8);
        assertThat(line.get("national").asBoolean()).isTrue();
        assertThat(line.get("parent").asText()).isEqualTo("071410");
        assertThat(line.get("description").get("vi").asText()).isEqualTo("Lát đã được làm khô");
        assertThat(line.get("description").get("en").isNull()).isTrue();
        assertThat(line.get("section").get("number").asText()).isEqualTo("II");
    }

    @Test
    void acceptsCodesWrittenWithDots() {
        assertThat(client.get("/api/v1/reference/hs/0714.10", "officer")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("071410");
    }

    @Test
    void givesAChapterWithoutParentOrHs2017() {
        JsonNode chapter = client.get("/api/v1/reference/hs/07", "ministry").json();

        assertThat(chapter.get("level").asInt()).isEqualTo(2);
        assertThat(chapter.get("parent").isNull()).isTrue();
        assertThat(chapter.has("hs2017")).isFalse();
        assertThat(chapter.has("section")).isTrue();
    }

    @Test
    void rejectsUnknownHsCode() {
        var response = client.get("/api/v1/reference/hs/0715", "analyst");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo("REF-002");
    }

    @Test
    void rejectsMalformedHsCode() {
        for (String malformed : List.of("07141", "abc", "071410111", "TOTAL")) {
            var response = client.get("/api/v1/reference/hs/" + malformed, "analyst");

            assertThat(response.status()).as(malformed).isEqualTo(400);
            assertThat(response.json().get("code").asText()).as(malformed).isEqualTo("REF-001");
        }
    }

    @Test
    void rejectsAnonymousCallers() {
        var response = client.get("/api/v1/reference/hs/071410", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asText()).isEqualTo("AUT-001");
    }

    @Test
    void findsCassavaWithoutVietnameseDiacritics() {
        JsonNode results = client.get("/api/v1/reference/hs?q=san&lang=vi", "la-enterprise")
                .json();

        assertThat(codes(results)).contains("071410");
        assertThat(codes(results).subList(0, 3)).contains("071410");
    }

    @Test
    void ranksWhatWasTypedWithDiacriticsFirst() {
        JsonNode results = client.get("/api/v1/reference/hs?q=s%E1%BA%AFn&lang=vi&limit=5", "analyst")
                .json();

        assertThat(codes(results)).contains("071410", "0714");
        results.forEach(r -> assertThat(r.get("description").get("vi").asText().toLowerCase())
                .contains("sắn"));
    }

    @Test
    void findsCoffeeWithoutVietnameseDiacritics() {
        JsonNode results =
                client.get("/api/v1/reference/hs?q=ca%20phe&lang=vi", "analyst").json();

        assertThat(codes(results)).contains("0901");
    }

    @Test
    void searchesEnglishDescriptions() {
        JsonNode results = client.get("/api/v1/reference/hs?q=Cassava&lang=en&limit=5", "analyst")
                .json();

        assertThat(codes(results)).contains("071410");
    }

    @Test
    void searchesByCodePrefixInNomenclatureOrder() {
        JsonNode results =
                client.get("/api/v1/reference/hs?q=0714&limit=100", "analyst").json();

        List<String> codes = codes(results);
        assertThat(codes).first().isEqualTo("0714");
        assertThat(codes)
                .allMatch(code -> code.startsWith("0714"))
                .contains("071410", "07141011")
                .isSorted();
    }

    @Test
    void rejectsMissingBlankOrOverlongSearchText() {
        for (String query : List.of("", "?q=", "?q=%20%20", "?q=a", "?q=" + "x".repeat(101))) {
            var response = client.get("/api/v1/reference/hs" + query, "analyst");

            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().get("code").asText()).as(query).isEqualTo("REF-005");
        }
    }

    @Test
    void rejectsALanguageWithoutHsDescriptions() {
        for (String lang : List.of("lo", "fr")) {
            var response = client.get("/api/v1/reference/hs?q=rice&lang=" + lang, "analyst");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("code").asText()).isEqualTo("REF-009");
        }
    }

    @Test
    void rejectsALimitOutOfRange() {
        var response = client.get("/api/v1/reference/hs?q=rice&limit=1000", "analyst");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
    }

    // ---- Lao names (decision 0100) ----------------------------------------------------------------------------

    @org.springframework.beans.factory.annotation.Autowired
    ReferenceNames names;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everySectionAndChapterHasALaoNameInLaoScriptAndNothingBelowHasOne() {
        assertThat(jdbc.sql("SELECT count(*) FROM hs_section WHERE description_lo ~ '^[\u0E80-\u0EFF0-9 ,;()\\-]+$'")
                        .query(Long.class)
                        .single())
                .isEqualTo(21);
        assertThat(jdbc.sql("SELECT count(*) FROM hs_code WHERE level = 2 AND description_lo ~ '[\u0E80-\u0EFF]'")
                        .query(Long.class)
                        .single())
                .isEqualTo(97);
        assertThat(jdbc.sql("SELECT count(*) FROM hs_code WHERE level > 2 AND description_lo IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void givesAChapterAndItsSectionTheirLaoNames() {
        JsonNode coffee = client.get("/api/v1/reference/hs/09", "analyst").json();
        assertThat(coffee.get("description").get("lo").asText()).isEqualTo("ກາເຟ, ຊາ, ຊາມາເຕ ແລະ ເຄື່ອງເທດ");
        assertThat(coffee.get("section").get("description").get("lo").asText()).isEqualTo("ຜະລິດຕະພັນຈາກພືດ");

        JsonNode cassava = client.get("/api/v1/reference/hs/071410", "analyst").json();
        assertThat(cassava.get("description").get("lo").isNull())
                .as("a subheading has no Lao text of its own")
                .isTrue();
        assertThat(cassava.get("section").get("description").get("lo").asText()).isEqualTo("ຜະລິດຕະພັນຈາກພືດ");
    }

    @Test
    void aLaoReaderSeesTheLaoChapterNameBesideTheEnglishDescriptionOfACodeBelowIt() {
        java.util.Locale lao = java.util.Locale.forLanguageTag("lo");
        var chapter = names.hsDescription(
                        org.vietlao.linkage.shared.HsCode.tryParse("09").orElseThrow())
                .orElseThrow()
                .in(lao);
        assertThat(chapter.text()).isEqualTo("ກາເຟ, ຊາ, ຊາມາເຕ ແລະ ເຄື່ອງເທດ");
        assertThat(chapter.fallback()).isFalse();

        var subheading = names.hsDescription(
                        org.vietlao.linkage.shared.HsCode.tryParse("090111").orElseThrow())
                .orElseThrow();
        assertThat(subheading.in(lao).text())
                .startsWith("ກາເຟ, ຊາ, ຊາມາເຕ ແລະ ເຄື່ອງເທດ" + ReferenceNames.LAO_CHAPTER_SEPARATOR)
                .endsWith(subheading.en())
                .contains("ecaffeinated");
        assertThat(subheading.in(java.util.Locale.forLanguageTag("vi")).text())
                .as("Vietnamese readers keep the tariff's Vietnamese text")
                .isEqualTo(subheading.vi());
        assertThat(subheading.in(java.util.Locale.ENGLISH).text()).isEqualTo(subheading.en());
    }

    @Test
    void thePickerShowsLaoReadersTheLaoChapterName() throws Exception {
        org.vietlao.linkage.PageSession session = org.vietlao.linkage.PageSession.signIn(port, "analyst");
        session.page("/?lang=lo");
        org.jsoup.nodes.Document options = session.page("/reference/hs/options?q=0901");
        var first = options.select("li[data-value=0901]");
        assertThat(first).hasSize(1);
        assertThat(first.select(".picker-chapter").text()).startsWith("ກາເຟ, ຊາ, ຊາມາເຕ ແລະ ເຄື່ອງເທດ");
        assertThat(first.attr("data-label")).startsWith("ກາເຟ").contains("Coffee");
        org.jsoup.nodes.Document chapter = session.page("/reference/hs/options?q=09");
        assertThat(chapter.select("li[data-value=09]").text()).contains("ກາເຟ, ຊາ, ຊາມາເຕ ແລະ ເຄື່ອງເທດ");
        assertThat(chapter.select("li[data-value=09] .picker-fallback")).isEmpty();
    }
}
