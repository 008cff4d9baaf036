package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * Issue 9, defect 9: when the answer to an import was lost (the process died after the import committed, or
 * the connection broke), the client's retry failed with duplicates. With an {@code Idempotency-Key} the retry
 * gets the first import's answer and nothing is imported twice; the key is kept in the import's own
 * transaction, so a refused import keeps no key; two requests with one key at once import once.
 */
@IntegrationTest
class ImportRetriedAfterCrashTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient(port);
    }

    @Test
    void aRetryAfterTheAnswerWasLostGetsTheFirstAnswerAndImportsNothingTwice() throws Exception {
        String prefix = "Thử lại " + UUID.randomUUID().toString().substring(0, 8);
        String csv = twoRows(prefix);
        String key = UUID.randomUUID().toString();

        // The client sends the import and is gone before the answer comes: the import commits all the same.
        sendAndHangUp(multipart(csv), key);
        awaitEnterprisesNamed(prefix, 2);
        List<Long> imported = idsNamed(prefix);

        ApiClient.Response retry = upload("analyst", csv, key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.json().get("imported").asInt()).isEqualTo(2);
        List<Long> answered = new ArrayList<>();
        retry.json().get("ids").forEach(id -> answered.add(id.asLong()));
        assertThat(answered).containsExactlyInAnyOrderElementsOf(imported);
        assertThat(enterprisesNamed(prefix)).as("nothing imported twice").isEqualTo(2);

        ApiClient.Response withoutKey = upload("analyst", csv, null);
        assertThat(withoutKey.status())
                .as("without the key the same file is refused as duplicates, as before")
                .isEqualTo(422);
    }

    @Test
    void theSameKeyAnswersTheSameStatusAndBodyEveryTime() {
        String prefix = "Nhắc lại " + UUID.randomUUID().toString().substring(0, 8);
        String csv = twoRows(prefix);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = uploadRaw("analyst", csv, key);
        HttpResponse<String> second = uploadRaw("analyst", csv, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.headers().firstValue("Idempotent-Replayed")).hasValue("false");
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(enterprisesNamed(prefix)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherFileIsRefusedWithItsOwnCode() {
        String key = UUID.randomUUID().toString();
        assertThat(upload("analyst", twoRows("Khóa một " + key), key).status()).isEqualTo(201);

        String other = "Khóa hai " + key;
        ApiClient.Response reused = upload("analyst", twoRows(other), key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.isProblem()).isTrue();
        assertThat(reused.json().get("code").asText()).isEqualTo("IDM-001");
        assertThat(reused.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(enterprisesNamed(other)).isZero();
    }

    @Test
    void aRefusedImportKeepsNoKeySoTheCorrectedFileGoesThrough() {
        String key = UUID.randomUUID().toString();
        String prefix = "Sửa lại " + key.substring(0, 8);
        String bad = EnterpriseImportTests.HEADER
                + EnterpriseImportTests.row(EnterpriseApiTests.newTaxCode(), prefix + " 1", "0714:abc:t:");

        assertThat(upload("analyst", bad, key).json().get("code").asText()).isEqualTo("ENT-012");
        assertThat(keysStored(key)).as("rolled back with the import").isZero();

        ApiClient.Response corrected = upload("analyst", twoRows(prefix), key);

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(enterprisesNamed(prefix)).isEqualTo(2);
        assertThat(keysStored(key)).isOne();
    }

    @Test
    void requestsWithOneKeyAtTheSameTimeImportOnce() throws Exception {
        String prefix = "Đồng thời " + UUID.randomUUID().toString().substring(0, 8);
        String csv = twoRows(prefix);
        String key = UUID.randomUUID().toString();
        client.tokenFor("analyst");
        int parallel = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return upload("analyst", csv, key);
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get();
                assertThat(response.status()).as(response.body()).isEqualTo(201);
                bodies.add(response.body());
            }
            assertThat(bodies).as("one answer, given %d times", parallel).containsOnly(bodies.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(enterprisesNamed(prefix)).isEqualTo(2);
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();
        String mine = "Của tôi " + key.substring(0, 8);
        String theirs = "Của họ " + key.substring(0, 8);

        assertThat(upload("analyst", twoRows(mine), key).status()).isEqualTo(201);
        assertThat(upload("iice-analyst", twoRows(theirs), key).status())
                .as("another analyst's key of the same value is their own")
                .isEqualTo(201);
        assertThat(enterprisesNamed(theirs)).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsRefused() {
        String prefix = "Khóa hỏng " + UUID.randomUUID().toString().substring(0, 8);

        ApiClient.Response tooLong = upload("analyst", twoRows(prefix), "k".repeat(201));
        ApiClient.Response withSpace = upload("analyst", twoRows(prefix), "two words");

        assertThat(List.of(tooLong, withSpace)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("code").asText()).isEqualTo("IDM-002");
        });
        assertThat(enterprisesNamed(prefix)).isZero();
    }

    @Test
    void aKeyIsForgottenAfterItsRetention() {
        String key = UUID.randomUUID().toString();
        assertThat(upload("analyst", twoRows("Hết hạn một " + key), key).status())
                .isEqualTo(201);
        jdbc.sql("UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE idempotency_key = :key")
                .param("key", key)
                .update();

        String later = "Hết hạn hai " + key;
        assertThat(upload("analyst", twoRows(later), key).status()).isEqualTo(201);
        assertThat(enterprisesNamed(later)).isEqualTo(2);
    }

    @Test
    void theImportPageSentTwiceImportsOnceAndShowsTheFirstReport() throws Exception {
        String prefix = "Trang " + UUID.randomUUID().toString().substring(0, 8);
        String csv = twoRows(prefix);
        EnterprisePagesTest.Session session = EnterprisePagesTest.Session.signIn(port, "analyst");
        String key = Jsoup.parse(session.get("/enterprises/import").body())
                .select("#import-form input[name=idempotencyKey]")
                .val();
        assertThat(key).isNotBlank();

        HttpResponse<String> first = pageUpload(session, csv, key);
        HttpResponse<String> again = pageUpload(session, csv, key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(again.body()).select("#import-done").text())
                .isNotBlank()
                .isEqualTo(Jsoup.parse(first.body()).select("#import-done").text());
        assertThat(Jsoup.parse(again.body()).select("#import-rejected")).isEmpty();
        assertThat(enterprisesNamed(prefix)).isEqualTo(2);
    }

    private static String twoRows(String prefix) {
        return EnterpriseImportTests.HEADER
                + EnterpriseImportTests.row(EnterpriseApiTests.newTaxCode(), prefix + " 1", "110814:20000:t:")
                + EnterpriseImportTests.row(EnterpriseApiTests.newTaxCode(), prefix + " 2", "110814:1000:t:");
    }

    private static final String BOUNDARY = "----import-retried-test";

    private static String multipart(String csv) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"enterprises.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n";
    }

    private HttpRequest request(String user, String csv, String key) {
        HttpRequest.Builder builder = client.builder("/api/v1/enterprises/import", user)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(multipart(csv), StandardCharsets.UTF_8));
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        return builder.build();
    }

    private ApiClient.Response upload(String user, String csv, String key) {
        return client.send(request(user, csv, key));
    }

    private HttpResponse<String> uploadRaw(String user, String csv, String key) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request(user, csv, key), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Writes the whole request on a raw connection and closes it without reading a byte of the answer. */
    private void sendAndHangUp(String multipartBody, String key) throws Exception {
        byte[] body = multipartBody.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/enterprises/import HTTP/1.1\r\n" + "Host: localhost:" + port + "\r\n"
                + "Authorization: Bearer " + client.tokenFor("analyst") + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                + "Idempotency-Key: " + key + "\r\n"
                + "Content-Length: " + body.length + "\r\n" + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        }
    }

    private HttpResponse<String> pageUpload(EnterprisePagesTest.Session session, String csv, String key)
            throws Exception {
        String boundary = "----import-page-retried";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + session.csrf()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"idempotencyKey\"\r\n\r\n" + key
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return session.http()
                .send(
                        HttpRequest.newBuilder(URI.create(session.baseUrl() + "/enterprises/import?lang=en"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void awaitEnterprisesNamed(String prefix, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (enterprisesNamed(prefix) < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(enterprisesNamed(prefix)).as("the import committed").isEqualTo(expected);
    }

    private long enterprisesNamed(String prefix) {
        return jdbc.sql("SELECT count(*) FROM enterprise WHERE name LIKE :prefix")
                .param("prefix", prefix + "%")
                .query(Long.class)
                .single();
    }

    private List<Long> idsNamed(String prefix) {
        return jdbc.sql("SELECT id FROM enterprise WHERE name LIKE :prefix")
                .param("prefix", prefix + "%")
                .query(Long.class)
                .list();
    }

    private long keysStored(String key) {
        return jdbc.sql("SELECT count(*) FROM idempotency_key WHERE idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }
}
