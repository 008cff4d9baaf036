package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * What analysts curate: linkage chains (and their view with gaps) and the value-chain links the matching uses.
 */
@IntegrationTest
class ChainAndLinkApiTests extends MatchingApiTest {

    static final String LINKS = "/api/v1/matching/value-chain-links";
    static final String CHAINS = "/api/v1/matching/chains";

    @Test
    void shipsTheCuratedLinksOfTheIssue() {
        JsonNode links = client.get(LINKS, "vn-enterprise").json();
        assertThat(links).anySatisfy(link -> {
            assertThat(link.get("inputPrefix").asText()).isEqualTo("0714");
            assertThat(link.get("productPrefix").asText()).isEqualTo("1108");
        });
        for (String[] pair : new String[][] {
            {"4001", "4011"}, {"2701", "2716"}, {"1005", "2309"}, {"4403", "9403"}, {"4407", "9403"}, {"3104", "3105"}
        }) {
            assertThat(links).as(pair[0] + " → " + pair[1]).anySatisfy(link -> {
                assertThat(link.get("inputPrefix").asText()).isEqualTo(pair[0]);
                assertThat(link.get("productPrefix").asText()).isEqualTo(pair[1]);
            });
        }
    }

    @Test
    void anAnalystAddsChangesAndRemovesALinkThatMatchesUseAtOnce() {
        long bamboo = fixtures.lao("LA-XE").offers("460211", 100, "pcs").create();
        long umbrellaMaker =
                fixtures.vietnamese("48").offers("660110", 100, "pcs").create();
        assertThat(client.get("/api/v1/enterprises/" + bamboo + "/matches", "analyst")
                        .json())
                .isEmpty();

        ApiClient.Response created = client.post(
                LINKS,
                "analyst",
                "{\"inputPrefix\":\"460211\",\"productPrefix\":\"6601\",\"strength\":0.7,\"note\":\"bamboo for umbrella frames\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNode match = client.get("/api/v1/enterprises/" + bamboo + "/matches", "analyst")
                .json()
                .get(0);
        assertThat(match.at("/partner/id").asLong()).isEqualTo(umbrellaMaker);
        assertThat(match.at("/products/0/kind").asText()).isEqualTo("VALUE_CHAIN");
        assertThat(match.get("direction").asText()).isEqualTo("BUYS_FROM_YOU");
        assertThat(match.at("/components/productFit").asDouble()).isEqualTo(0.7);

        ApiClient.Response changed = client.put(
                LINKS + "/" + id,
                "analyst",
                "{\"inputPrefix\":\"460211\",\"productPrefix\":\"6601\",\"strength\":0.9}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("strength").asDouble()).isEqualTo(0.9);
        assertThat(client.get("/api/v1/enterprises/" + bamboo + "/matches", "analyst")
                        .json()
                        .get(0)
                        .at("/components/productFit")
                        .asDouble())
                .isEqualTo(0.9);

        assertThat(client.delete(LINKS + "/" + id, "analyst").status()).isEqualTo(204);
        assertThat(client.get(LINKS + "/" + id, "analyst").json().get("code").asText())
                .isEqualTo("MAT-010");
        assertThat(client.get("/api/v1/enterprises/" + bamboo + "/matches", "analyst")
                        .json())
                .isEmpty();
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'value_chain_link' AND entity_id = :id "
                                + "ORDER BY id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATED", "UPDATED", "DELETED");
    }

    @Test
    void onlyAnalystsEditLinks() {
        String body = "{\"inputPrefix\":\"0714\",\"productPrefix\":\"1903\",\"strength\":0.5}";
        for (String user : new String[] {"vn-enterprise", "ministry", "admin", "officer"}) {
            ApiClient.Response response = client.post(LINKS, user, body);
            assertThat(response.status()).as(user).isEqualTo(403);
            assertThat(response.json().get("code").asText()).isEqualTo("AUT-002");
        }
        long anyLink = client.get(LINKS, "analyst").json().get(0).get("id").asLong();
        assertThat(client.put(LINKS + "/" + anyLink, "la-enterprise", body).status())
                .isEqualTo(403);
        assertThat(client.delete(LINKS + "/" + anyLink, "ministry").status()).isEqualTo(403);
    }

    @Test
    void refusesABadLink() {
        ApiClient.Response malformed =
                client.post(LINKS, "analyst", "{\"inputPrefix\":\"07x4\",\"productPrefix\":\"0799\",\"strength\":1.5}");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().get("code").asText()).isEqualTo("MAT-009");
        assertThat(malformed.json().get("errors"))
                .extracting(error -> error.get("field").asText())
                .containsExactly("inputPrefix", "productPrefix", "strength");

        ApiClient.Response duplicate =
                client.post(LINKS, "analyst", "{\"inputPrefix\":\"0714\",\"productPrefix\":\"1108\",\"strength\":0.5}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").asText()).isEqualTo("MAT-011");

        ApiClient.Response tooLong = client.post(
                LINKS,
                "analyst",
                "{\"inputPrefix\":\"0714\",\"productPrefix\":\"1903\",\"strength\":0.5,\"note\":\"" + "n".repeat(501)
                        + "\"}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("code").asText()).isEqualTo("PLT-013");
        assertThat(tooLong.json().at("/errors/0/field").asText()).isEqualTo("note");
    }

    @Test
    void shipsDemoChainsForTheThreePrioritySectors() {
        JsonNode chains = client.get(CHAINS, "ministry").json();
        assertThat(chains)
                .extracting(chain -> chain.get("sector").asText())
                .contains("AGRICULTURE", "ELECTRONICS", "RENEWABLE_ENERGY");
        JsonNode cassava = null;
        for (JsonNode chain : chains) {
            if (chain.get("sector").asText().equals("AGRICULTURE")
                    && chain.get("demo").asBoolean()) {
                cassava = chain;
            }
        }
        assertThat(cassava.at("/stages/0/country").asText()).isEqualTo("LA");
        assertThat(cassava.at("/stages/0/hsCodes/0").asText()).isEqualTo("071410");
        assertThat(cassava.at("/stages/1/hsCodes/0").asText()).isEqualTo("110814");
        assertThat(cassava.at("/names/lo").asText()).isNotBlank();
    }

    @Test
    void showsTheEnterprisesAtEachStageAndTheGaps() {
        long laoWeaver = fixtures.lao("LA-BL").offers("460212", 20, "pcs").create();
        long vietnameseWeaver =
                fixtures.vietnamese("40").offers("46021220", 20, "pcs").create();
        long vietnameseUmbrellas =
                fixtures.vietnamese("42").offers("660191", 20, "pcs").create();
        ApiClient.Response created = client.post(CHAINS, "analyst", """
				{"name": "Rattan to umbrellas", "names": {"vi": "Song mây – ô dù", "lo": "ຫວາຍ – ຄັນຮົ່ມ"},
				 "sector": "OTHER",
				 "stages": [{"country": "LA", "hsCodes": ["460212"], "label": "Rattan basketwork"},
				            {"country": "VN", "hsCodes": ["6602", "660320"], "label": "Walking sticks and umbrella parts"}]}""");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        JsonNode view = client.get(CHAINS + "/" + id + "/view", "la-enterprise").json();
        assertThat(view.at("/stages/0/gap").asBoolean()).isFalse();
        assertThat(view.at("/stages/0/enterprises/LA"))
                .extracting(ref -> ref.get("id").asLong())
                .contains(laoWeaver);
        assertThat(view.at("/stages/0/enterprises/VN"))
                .extracting(ref -> ref.get("id").asLong())
                .contains(vietnameseWeaver);
        assertThat(view.at("/stages/1/gap").asBoolean()).isTrue();
        assertThat(view.at("/stages/1/counts/VN").asInt()).isZero();
        assertThat(view.get("gaps")).extracting(JsonNode::asInt).containsExactly(2);
        assertThat(client.send(client.builder(CHAINS + "/" + id + "/view", "analyst")
                                .header("Accept-Language", "lo")
                                .GET()
                                .build())
                        .json()
                        .get("displayName")
                        .asText())
                .isEqualTo("ຫວາຍ – ຄັນຮົ່ມ");

        ApiClient.Response changed = client.put(CHAINS + "/" + id, "analyst", """
				{"name": "Rattan to umbrellas", "sector": "OTHER",
				 "stages": [{"country": "LA", "hsCodes": ["460212"]}, {"country": "VN", "hsCodes": ["660191"]}]}""");
        assertThat(changed.status()).isEqualTo(200);
        JsonNode changedView =
                client.get(CHAINS + "/" + id + "/view", "analyst").json();
        assertThat(changedView.get("gaps")).isEmpty();
        assertThat(changedView.at("/stages/1/enterprises/VN"))
                .extracting(ref -> ref.get("id").asLong())
                .contains(vietnameseUmbrellas);

        assertThat(client.delete(CHAINS + "/" + id, "vn-enterprise").status()).isEqualTo(403);
        assertThat(client.delete(CHAINS + "/" + id, "analyst").status()).isEqualTo(204);
        ApiClient.Response gone = client.get(CHAINS + "/" + id + "/view", "analyst");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("code").asText()).isEqualTo("MAT-013");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'linkage_chain' AND entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void refusesABadChain() {
        ApiClient.Response invalid = client.post(CHAINS, "analyst", """
				{"name": "Broken chain", "sector": "MINING",
				 "stages": [{"country": "TH", "hsCodes": ["0799", "07a1"]}]}""");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("code").asText()).isEqualTo("MAT-012");
        assertThat(invalid.json().get("errors"))
                .extracting(error -> error.get("field").asText())
                .containsExactly("sector", "stages[0].country", "stages[0].hsCodes[0]", "stages[0].hsCodes[1]");

        ApiClient.Response noStages =
                client.post(CHAINS, "analyst", "{\"name\": \"Empty\", \"sector\": \"OTHER\", \"stages\": []}");
        assertThat(noStages.json().at("/errors/0/field").asText()).isEqualTo("stages");

        ApiClient.Response tooLong = client.post(
                CHAINS,
                "analyst",
                "{\"name\": \"" + "c".repeat(201)
                        + "\", \"sector\": \"OTHER\", \"stages\": [{\"country\": \"VN\", \"hsCodes\": [\"2716\"]}]}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("code").asText()).isEqualTo("PLT-013");
        assertThat(tooLong.json().at("/errors/0/field").asText()).isEqualTo("name");

        String demoName =
                client.get(CHAINS, "analyst").json().get(0).get("name").asText();
        ApiClient.Response taken = client.post(
                CHAINS,
                "analyst",
                "{\"name\": \"" + demoName
                        + "\", \"sector\": \"OTHER\", \"stages\": [{\"country\": \"VN\", \"hsCodes\": [\"2716\"]}]}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("code").asText()).isEqualTo("MAT-018");

        assertThat(client.post(CHAINS, "ministry", "{}").status()).isEqualTo(403);
    }
}
