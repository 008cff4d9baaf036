package org.vietlao.linkage.trade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * World files over the API (decision 0099): larger than the old 10 MB limit, streamed to a temporary file that
 * is deleted afterwards, hashed for the Idempotency-Key, with the import's progress reported under its key; a
 * figures file keeps its 10 MB limit, refused on {@code file} before it is read.
 */
@IntegrationTest
class TradeWorldUploadTests {

    /** A year no other test imports; its world rows are removed after each test. */
    static final int YEAR = 2013;

    static final String[] COUNTRIES = {"704", "418", "764", "116", "156", "842", "392", "410"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UploadedImports uploads;

    @TempDir
    Path files;

    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient(port);
    }

    @AfterEach
    void removeTheYear() {
        jdbc.sql("DELETE FROM trade_country_year WHERE year = :y")
                .param("y", YEAR)
                .update();
        jdbc.sql("DELETE FROM trade_world_year WHERE year = :y")
                .param("y", YEAR)
                .update();
        jdbc.sql("DELETE FROM trade_bilateral WHERE year = :y").param("y", YEAR).update();
    }

    /**
     * A BACI file of {@code rows} rows over eight countries and 1,000 HS6 codes (0101xx–0110xx are not all real:
     * the reader checks their form), each row worth 1.5 thousand USD; answers the world's exports of 271600.
     */
    Path baci(int rows, long seed) throws IOException {
        Path file = files.resolve("baci-" + rows + "-" + seed + ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("t,i,j,k,v,q\n");
            java.util.Random random = new java.util.Random(seed);
            for (int r = 0; r < rows; r++) {
                String exporter = COUNTRIES[random.nextInt(COUNTRIES.length)];
                String importer = COUNTRIES[random.nextInt(COUNTRIES.length)];
                if (exporter.equals(importer)) {
                    importer = exporter.equals("704") ? "418" : "704";
                }
                int product = 270000 + random.nextInt(1000) * 10;
                out.write(YEAR + "," + exporter + "," + importer + "," + product + ",1.5,0.25\n");
            }
        }
        return file;
    }

    ApiClient.Response upload(String format, Path file, String key, String... fields) throws IOException {
        String boundary = "----trade-world-test";
        StringBuilder head = new StringBuilder();
        List<String> all = new ArrayList<>(List.of("format", format));
        all.addAll(List.of(fields));
        for (int i = 0; i < all.size(); i += 2) {
            head.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(all.get(i))
                    .append("\"\r\n\r\n")
                    .append(all.get(i + 1))
                    .append("\r\n");
        }
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"world.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n");
        HttpRequest.Builder request = client.builder("/api/v1/trade/imports", "analyst")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head.toString()),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return client.send(request.build());
    }

    Set<Path> temporaryFiles() throws IOException {
        try (Stream<Path> list = Files.list(uploads.directory())) {
            return list.filter(p -> p.getFileName().toString().startsWith(ImportUpload.PREFIX))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void aWorldFileOverTheOldLimitIsStreamedImportedWithItsProgressAndItsTemporaryFileRemoved() throws Exception {
        int rows = 420_000;
        Path file = baci(rows, 7);
        assertThat(Files.size(file)).as("larger than the old 10 MB limit").isGreaterThan(10L * 1024 * 1024);
        Set<Path> before = temporaryFiles();
        String key = UUID.randomUUID().toString();

        // Polls the import's progress while it runs, as the page does.
        List<JsonNode> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<ApiClient.Response> running = CompletableFuture.supplyAsync(() -> {
            try {
                return upload("baci", file, key);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        while (!running.isDone()) {
            ApiClient.Response poll = client.get("/api/v1/trade/imports/progress?key=" + key, "analyst");
            if (poll.status() == 200) {
                seen.add(poll.json());
            }
            Thread.sleep(50);
        }
        ApiClient.Response imported = running.get();

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("rowsRead").asLong()).isEqualTo(rows);
        assertThat(imported.json().get("year").asInt()).isEqualTo(YEAR);
        // Every row is 1.5 thousand USD: the world's exports over all products are rows × 1,500 USD, in cents.
        assertThat(jdbc.sql("""
						SELECT sum(c) FROM trade_world_year w, unnest(w.exports_cents) c
						WHERE w.year = :y AND w.classification = 'HS'""").param("y", YEAR).query(Long.class).single()).isEqualTo(rows * 1_500L * 100);

        JsonNode last = client.get("/api/v1/trade/imports/progress?key=" + key, "analyst")
                .json();
        assertThat(last.get("phase").asText()).isEqualTo("DONE");
        assertThat(last.get("percent").asInt()).isEqualTo(100);
        assertThat(last.get("rows").asLong()).isEqualTo(rows);
        assertThat(last.get("bytesTotal").asLong()).isGreaterThanOrEqualTo(Files.size(file));
        List<String> order = List.of("RECEIVING", "READING", "WRITING", "DONE");
        int previous = 0;
        for (JsonNode view : seen) {
            int phase = order.indexOf(view.get("phase").asText());
            assertThat(phase).as("phases only move forward: %s", seen).isGreaterThanOrEqualTo(previous);
            assertThat(view.get("percent").asInt()).isBetween(0, 100);
            previous = phase;
        }
        assertThat(temporaryFiles())
                .as("the import's temporary file is deleted")
                .isEqualTo(before);
    }

    @Test
    void theSameKeyWithTheSameFileAnswersOnceAndWithAnotherFileConflicts() throws Exception {
        Path file = baci(2_000, 1);
        Path other = baci(2_000, 2);
        String key = UUID.randomUUID().toString();
        Set<Path> before = temporaryFiles();

        ApiClient.Response first = upload("baci", file, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        ApiClient.Response again = upload("baci", file, key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.json().get("importId").asLong())
                .isEqualTo(first.json().get("importId").asLong());
        long imports = jdbc.sql("SELECT count(*) FROM trade_import WHERE id >= :id")
                .param("id", first.json().get("importId").asLong())
                .query(Long.class)
                .single();

        ApiClient.Response conflict = upload("baci", other, key);
        assertThat(conflict.status()).isEqualTo(422);
        assertThat(conflict.json().get("code").asText()).isEqualTo("IDM-001");
        // The same file under another format is another request too.
        ApiClient.Response otherFormat = upload("exports", file, key, "year", "2013", "classification", "HS");
        assertThat(otherFormat.status()).isEqualTo(422);
        assertThat(otherFormat.json().get("code").asText()).isEqualTo("IDM-001");
        assertThat(jdbc.sql("SELECT count(*) FROM trade_import WHERE id >= :id")
                        .param("id", first.json().get("importId").asLong())
                        .query(Long.class)
                        .single())
                .as("nothing imported by the replay or the conflicts")
                .isEqualTo(imports);
        assertThat(temporaryFiles()).isEqualTo(before);
    }

    @Test
    void aFiguresFileOverTenMegabytesIsRefusedOnItsFieldBeforeItIsRead() throws Exception {
        Path big = files.resolve("figures.csv");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write(TradeWritesAndImportsTests.PLATFORM_HEADER);
            String line = "2036,TOTAL,TOTAL,1000,VN,REPORTED,,GDC,Big,https://example.org/a,2037\n";
            for (long written = 0; written <= 10L * 1024 * 1024; written += line.length()) {
                out.write(line);
            }
        }
        Set<Path> before = temporaryFiles();

        ApiClient.Response refused = upload("platform", big, null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("PLT-004");
        assertThat(refused.json().get("detail").asText()).contains("10 MB");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(temporaryFiles()).as("not even copied").isEqualTo(before);
    }

    @Test
    void aBadWorldFileLeavesNoTemporaryFileAndItsProgressSaysRefused() throws Exception {
        Path file = files.resolve("bad.csv");
        Files.writeString(file, "t,i,j,k,v,q\n" + YEAR + ",704,418,271600,-5,\n" + YEAR + ",999,418,271600,5,\n");
        String key = UUID.randomUUID().toString();
        Set<Path> before = temporaryFiles();

        ApiClient.Response refused = upload("baci", file, key);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("TRD-003");
        assertThat(refused.json().get("errors")).hasSize(2);
        assertThat(client.get("/api/v1/trade/imports/progress?key=" + key, "analyst")
                        .json()
                        .get("phase")
                        .asText())
                .isEqualTo("REFUSED");
        assertThat(temporaryFiles()).isEqualTo(before);
    }

    @Test
    void theProgressOfAnUnknownKeyIsNotFoundAndOnlyAnalystsAsk() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(upload("baci", baci(10, 3), key).status()).isEqualTo(201);

        ApiClient.Response unknown = client.get("/api/v1/trade/imports/progress?key=" + UUID.randomUUID(), "analyst");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("TRD-011");
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("key");
        assertThat(client.get("/api/v1/trade/imports/progress?key=" + key, "ministry")
                        .status())
                .as("only analysts import")
                .isEqualTo(403);
    }

    @Autowired
    TopProducts topProducts;

    @Test
    void theTopProductsReadInLaoWithTheChapterNameBesideTheEnglishSubheading() throws Exception {
        Path file = files.resolve("coffee.csv");
        Files.writeString(file, "t,i,j,k,v,q\n" + YEAR + ",704,418,090111,900,\n" + YEAR + ",704,418,271600,100,\n");
        assertThat(upload("baci", file, null).status()).isEqualTo(201);

        var lao = topProducts.products(YEAR, "VNM", "LAO", java.util.Locale.forLanguageTag("lo"));
        assertThat(lao).extracting(TopProducts.Product::code).containsExactly("090111", "271600");
        assertThat(lao.get(0).name())
                .startsWith("ກາເຟ, ຊາ, ຊາມາເຕ ແລະ ເຄື່ອງເທດ › ")
                .contains("Coffee");
        assertThat(lao.get(1).name()).startsWith("ເຊື້ອໄຟແຮ່ທາດ");
        var english = topProducts.products(YEAR, "VNM", "LAO", java.util.Locale.ENGLISH);
        assertThat(english.get(0).name()).startsWith("Coffee").doesNotContain("ກາເຟ");
    }
}
