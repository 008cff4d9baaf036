package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Expressions of interest from sending to linkage: who may send and answer, the rules that refuse, expiry
 * (enforced when answering and by the job, once across instances), the linkage counts and the audit.
 */
@IntegrationTest
class InterestWorkflowTests extends MatchingApiTest {

    @Autowired
    InterestExpiry expiry;

    @Test
    void aPartnerAcceptsAndThePairBecomesALinkage() {
        long lao = laoMusicShop();
        long vietnamese = vietnameseLuthier();

        ApiClient.Response sent = send(lao, vietnamese, "We would buy 500 of your guitars a year.", "la-enterprise");
        assertThat(sent.status()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        assertThat(sent.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(sent.json().at("/from/id").asLong()).isEqualTo(lao);
        assertThat(sent.json().at("/to/id").asLong()).isEqualTo(vietnamese);
        assertThat(Instant.parse(sent.json().get("expiresAt").asText()))
                .isCloseTo(
                        Instant.now().plus(30, ChronoUnit.DAYS),
                        org.assertj.core.api.Assertions.within(1, ChronoUnit.HOURS));

        assertThat(ids(client.get("/api/v1/matching/interests/outbox", "la-enterprise")))
                .contains(id);
        assertThat(ids(client.get("/api/v1/matching/interests/inbox", "vn-enterprise")))
                .contains(id);
        assertThat(ids(client.get("/api/v1/matching/interests/inbox", "la-enterprise")))
                .doesNotContain(id);

        ApiClient.Response bySender = client.post("/api/v1/matching/interests/" + id + "/accept", "la-enterprise", "");
        assertThat(bySender.status()).isEqualTo(403);
        assertThat(bySender.json().get("code").asText()).isEqualTo("MAT-005");

        ApiClient.Response accepted = client.post("/api/v1/matching/interests/" + id + "/accept", "vn-enterprise", "");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");

        JsonNode linkage = linkageOf(client.get("/api/v1/matching/linkages", "analyst"), id);
        assertThat(linkage.at("/vietnamese/id").asLong()).isEqualTo(vietnamese);
        assertThat(linkage.at("/lao/id").asLong()).isEqualTo(lao);
        assertThat(linkage.get("gatePairId").asText()).isEqualTo("VL-INT-06");
        assertThat(linkageOf(client.get("/api/v1/matching/linkages", "la-enterprise"), id))
                .isNotNull();
        JsonNode summary =
                client.get("/api/v1/matching/linkages/summary", "ministry").json();
        assertThat(summary.get("total").asLong()).isPositive();
        assertThat(summary.get("byGate"))
                .anySatisfy(count -> assertThat(count.get("key").asText()).isEqualTo("VL-INT-06"));
        assertThat(summary.get("byProvince")).anySatisfy(count -> {
            assertThat(count.get("country").asText()).isEqualTo("LA");
            assertThat(count.get("key").asText()).isEqualTo("LA-SV");
        });
        assertThat(summary.get("bySector"))
                .anySatisfy(count -> assertThat(count.get("key").asText()).isEqualTo("1062"));

        ApiClient.Response again = client.post("/api/v1/matching/interests/" + id + "/decline", "vn-enterprise", "");
        assertThat(again.json().get("code").asText()).isEqualTo("MAT-007");
        assertThat(send(lao, vietnamese, null, "la-enterprise")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("MAT-014");
        assertThat(audited("matching_interest", id)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'matching_linkage'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aPartnerDeclines() {
        long id = send(laoMusicShop(), vietnameseLuthier(), null, "la-enterprise")
                .json()
                .get("id")
                .asLong();
        ApiClient.Response declined = client.post("/api/v1/matching/interests/" + id + "/decline", "vn-enterprise", "");
        assertThat(declined.json().get("status").asText()).isEqualTo("DECLINED");
        assertThat(client.get("/api/v1/matching/interests/" + id, "la-enterprise")
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DECLINED");
    }

    @Test
    void refusesASecondOpenInterestBetweenTheSameTwoEitherWay() {
        long lao = laoMusicShop();
        long vietnamese = vietnameseLuthier();
        assertThat(send(lao, vietnamese, null, "la-enterprise").status()).isEqualTo(201);

        ApiClient.Response duplicate = send(lao, vietnamese, null, "la-enterprise");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").asText()).isEqualTo("MAT-004");
        assertThat(send(vietnamese, lao, null, "vn-enterprise")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("MAT-004");
    }

    @Test
    void refusesAPairInTheSameCountry() {
        long lao = laoMusicShop();
        long otherLao = fixtures.lao("LA-VT").offers("920290", 10, "pcs").create();
        ApiClient.Response response = send(lao, otherLao, null, "la-enterprise");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asText()).isEqualTo("MAT-003");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("toEnterpriseId");
    }

    @Test
    void refusesAnEnterpriseThatIsNotASuggestedPartner() {
        long unrelated = fixtures.vietnamese("01").offers("271600", 100, "MWh").create();
        ApiClient.Response response = send(laoMusicShop(), unrelated, null, "la-enterprise");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asText()).isEqualTo("MAT-016");
    }

    @Test
    void onlyTheOwnersOfTheSendingEnterpriseSendAndOnlyEnterprisesSendAtAll() {
        long lao = laoMusicShop();
        long vietnamese = vietnameseLuthier();
        assertThat(send(lao, vietnamese, null, "vn-enterprise")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("AUT-002");
        assertThat(send(lao, vietnamese, null, "analyst").status()).isEqualTo(403);
        assertThat(send(lao, 987_654_321L, null, "la-enterprise")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("MAT-001");
        ApiClient.Response missing = client.post("/api/v1/matching/interests", "la-enterprise", "{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("code").asText()).isEqualTo("MAT-017");
    }

    @Test
    void refusesAnOversizedMessage() {
        ApiClient.Response response = send(laoMusicShop(), vietnameseLuthier(), "x".repeat(1001), "la-enterprise");
        // Bean Validation answers before the rules (issue 9): 422 PLT-013 with the column's limit.
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asText()).isEqualTo("PLT-013");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("message");
        assertThat(response.json().get("detail").asText()).contains("1,000");
    }

    @Test
    void noAnswerAfterExpiryAndTheJobClosesOverdueInterest() {
        long id = send(laoMusicShop(), vietnameseLuthier(), null, "la-enterprise")
                .json()
                .get("id")
                .asLong();
        backdate(id);

        ApiClient.Response late = client.post("/api/v1/matching/interests/" + id + "/accept", "vn-enterprise", "");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asText()).isEqualTo("MAT-006");
        assertThat(client.get("/api/v1/matching/interests/" + id, "vn-enterprise")
                        .json()
                        .get("status")
                        .asText())
                .as("reads as expired before the job runs")
                .isEqualTo("EXPIRED");

        assertThat(expiry.run()).isPositive();
        assertThat(jdbc.sql("SELECT status FROM matching_interest WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("EXPIRED");
        assertThat(audited("matching_interest", id)).isEqualTo(2);
        assertThat(client.post("/api/v1/matching/interests/" + id + "/decline", "vn-enterprise", "")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("MAT-006");
    }

    @Test
    void theExpiryJobRunsOnceAcrossInstances() {
        long id = send(laoMusicShop(), vietnameseLuthier(), null, "la-enterprise")
                .json()
                .get("id")
                .asLong();
        backdate(id);
        lockHeldBy("another-instance", "10 minutes");

        expiry.scheduled();
        assertThat(statusOf(id)).as("another instance holds the job's lock").isEqualTo("OPEN");

        lockHeldBy("nobody", "-1 second");
        expiry.scheduled();
        assertThat(statusOf(id))
                .as("the lock is free: this instance runs the job")
                .isEqualTo("EXPIRED");
        assertThat(jdbc.sql("""
						SELECT lock_until - locked_at >= interval '15 minutes' FROM shedlock WHERE name = :name""")
                        .param("name", InterestExpiry.LOCK_NAME)
                        .query(Boolean.class)
                        .single())
                .as("the lock stays taken for one interval, so no other instance runs the job again meanwhile")
                .isTrue();

        long another = send(laoMusicShop(), vietnameseLuthier(), null, "la-enterprise")
                .json()
                .get("id")
                .asLong();
        backdate(another);
        expiry.scheduled();
        assertThat(statusOf(another)).isEqualTo("OPEN");
        lockHeldBy("nobody", "-1 second");
        assertThat(expiry.run()).isPositive();
    }

    /** Writes the job's lock row as another instance would (ShedLock updates the row once it exists). */
    private void lockHeldBy(String instance, String forHowLong) {
        jdbc.sql("""
				INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
				VALUES (:name, timezone('utc', now()) + CAST(:span AS INTERVAL), timezone('utc', now()), :by)
				ON CONFLICT (name) DO UPDATE SET lock_until = excluded.lock_until, locked_at = excluded.locked_at,
				                                 locked_by = excluded.locked_by""")
                .param("name", InterestExpiry.LOCK_NAME)
                .param("span", forHowLong)
                .param("by", instance)
                .update();
    }

    private String statusOf(long interest) {
        return jdbc.sql("SELECT status FROM matching_interest WHERE id = :id")
                .param("id", interest)
                .query(String.class)
                .single();
    }

    @Test
    void onlyThePartiesAndOverseersSeeAnInterest() {
        long id = send(laoMusicShop(), vietnameseLuthier(), null, "la-enterprise")
                .json()
                .get("id")
                .asLong();
        assertThat(client.get("/api/v1/matching/interests/" + id, "analyst").status())
                .isEqualTo(200);
        ApiClient.Response officer = client.get("/api/v1/matching/interests/" + id, "officer");
        assertThat(officer.status()).isEqualTo(404);
        assertThat(officer.json().get("code").asText()).isEqualTo("MAT-008");
        assertThat(client.get("/api/v1/matching/linkages", "officer")
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("AUT-002");
    }

    @Test
    void anEnterpriseLeavingTheRegistryWithdrawsItsOpenInterest() {
        long vietnamese = vietnameseLuthier();
        long id = send(laoMusicShop(), vietnamese, null, "la-enterprise")
                .json()
                .get("id")
                .asLong();

        assertThat(client.delete("/api/v1/enterprises/" + vietnamese, "analyst").status())
                .isIn(200, 204);

        JsonNode interest =
                client.get("/api/v1/matching/interests/" + id, "la-enterprise").json();
        assertThat(interest.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(interest.at("/to/name").isNull())
                .as("the enterprise is gone from the registry")
                .isTrue();
    }

    private long laoMusicShop() {
        return fixtures.lao("LA-SV")
                .ownedBy("la-enterprise")
                .needs("920290", 500, "pcs")
                .offers("920600", 100, "pcs")
                .create();
    }

    private long vietnameseLuthier() {
        return fixtures.vietnamese("44")
                .ownedBy("vn-enterprise")
                .offers("920290", 800, "pcs")
                .create();
    }

    private ApiClient.Response send(long from, long to, String message, String user) {
        String body = "{\"fromEnterpriseId\":" + from + ",\"toEnterpriseId\":" + to
                + (message == null ? "" : ",\"message\":\"" + message + "\"") + "}";
        return client.post("/api/v1/matching/interests", user, body);
    }

    private void backdate(long id) {
        Instant past = Instant.now().minus(31, ChronoUnit.DAYS);
        jdbc.sql("UPDATE matching_interest SET sent_at = :sent, expires_at = :expires WHERE id = :id")
                .param("sent", Timestamp.from(past))
                .param("expires", Timestamp.from(past.plus(30, ChronoUnit.DAYS)))
                .param("id", id)
                .update();
    }

    private long audited(String type, long id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = :type AND entity_id = :id")
                .param("type", type)
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single();
    }

    private static java.util.List<Long> ids(ApiClient.Response response) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        response.json().forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }

    private static JsonNode linkageOf(ApiClient.Response response, long interestId) {
        for (JsonNode linkage : response.json()) {
            if (linkage.get("interestId").asLong() == interestId) {
                return linkage;
            }
        }
        return null;
    }
}
