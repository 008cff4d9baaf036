package org.vietlao.linkage.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.vietlao.linkage.fuzz.ApiDescription.Operation;
import org.vietlao.linkage.fuzz.FuzzCases.Case;

/**
 * Fuzzes every operation of the live {@code /v3/api-docs}, as each demo role and without a token, with
 * hostile input (see {@link FuzzCases.Kind}). For every answer: never a 5xx; every 4xx is
 * {@code application/problem+json} with a {@code code} that the operation's description lists under that
 * status; and a rejected request changed no data ({@link DatabaseFingerprint}). A new endpoint is fuzzed the day it appears in the document.
 *
 * <p>It runs on its own embedded PostgreSQL ({@code target/test-postgres-fuzz}), because requests that
 * happen to be valid do change data (a demo enterprise may be deleted) and other tests rely on the demo data.
 * Generated cases per operation and identity: {@code -Dfuzz.tries} (default 1); seed: {@code -Dfuzz.seed}.
 * A longer run: {@code ./mvnw -B -ntp -o verify -Dtest=ApiFuzzTest -Dfuzz.tries=50 -Dsurefire.failIfNoSpecifiedTests=false}.
 * Figures of each run: {@code target/fuzz-report.txt}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "linkage.embedded-postgres.data-directory=./target/test-postgres-fuzz",
            "logging.level.org.vietlao.linkage.platform.ApiExceptionHandler=OFF"
        })
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTest {

    /** The demo accounts (password "demo"), one per role and organisation kind; null is no token at all. */
    static final List<String> IDENTITIES = Collections.unmodifiableList(java.util.Arrays.asList(
            null, "admin", "analyst", "iice-analyst", "ministry", "officer", "vn-enterprise", "la-enterprise"));

    static final String SIGN_IN = "/api/v1/auth/token";
    static final int TRIES = Integer.getInteger("fuzz.tries", 1);
    static final long SEED = Long.getLong("fuzz.seed", 20260309L);
    /** Every per-field case as every identity, instead of sharing them out between the identities. */
    static final boolean FULL = Boolean.getBoolean("fuzz.full");
    /** The tests' own fixture endpoints (one fails on purpose); not part of the product's API. */
    static final String TEST_FIXTURES = "/api/v1/test-probe/";

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}-\\d{3}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every /api/ answer with status ≥ 400 the suite saw, for the problem+json test. */
    private static final List<Seen> ERRORS_SEEN = Collections.synchronizedList(new ArrayList<>());

    private static final Map<Integer, AtomicLong> STATUSES = new ConcurrentHashMap<>();
    private static final List<String> SERVER_ERROR_CASES = Collections.synchronizedList(new ArrayList<>());
    private static final AtomicLong REQUESTS = new AtomicLong();
    /** Status and code pairs seen that the operation's description does not list (each also a failure). */
    private static final Map<String, java.util.Set<String>> UNDOCUMENTED = new ConcurrentHashMap<>();

    private static final AtomicLong SERVER_ERRORS = new AtomicLong();
    private static final List<String> OPERATIONS = Collections.synchronizedList(new ArrayList<>());
    private static long started;
    private static Map<String, String> referenceBefore;

    record Seen(String operation, String request, int status, String contentType, boolean hasCode) {}

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private RawHttp http;
    private DatabaseFingerprint database;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private Map<String, String> current;

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyOperationAnswersHostileInputWithAProblemAndChangesNothing() throws IOException {
        started = System.nanoTime();
        http = new RawHttp(port);
        database = new DatabaseFingerprint(jdbc);
        referenceBefore = database.readReference();
        RawHttp.Response docs =
                http.send(new RawHttp.Request("GET", "/v3/api-docs", Map.of("Accept", "application/json"), null));
        assertThat(docs.status()).isEqualTo(200);
        ApiDescription description = new ApiDescription(JSON.readTree(docs.body()));
        FuzzCases cases = new FuzzCases(description);
        List<Operation> operations = new ArrayList<>(description.operations());
        operations.removeIf(op -> op.path().startsWith(TEST_FIXTURES));
        assertThat(operations).as("operations in /v3/api-docs").isNotEmpty();
        // Sign-in and sign-out go last: fuzzing them revokes the suite's tokens and trips the sign-in throttle.
        operations.sort(Comparator.comparing((Operation op) -> op.path().equals(SIGN_IN))
                .thenComparing(Operation::path)
                .thenComparing(Operation::method));
        for (String user : IDENTITIES) {
            if (user != null) {
                tokens.put(user, signIn(user));
            }
        }
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> fuzz(op, cases)));
    }

    @Test
    @Order(2)
    void everyApiErrorTheSuiteSawIsProblemJsonWithACode() throws IOException {
        writeReport();
        assertThat(ERRORS_SEEN)
                .as("errors seen by the fuzz suite (did it run?)")
                .isNotEmpty();
        List<String> notProblem = ERRORS_SEEN.stream()
                .filter(seen ->
                        !seen.contentType().toLowerCase().startsWith("application/problem+json") || !seen.hasCode())
                .map(seen -> seen.operation() + ": " + seen.request() + " → " + seen.status() + " ["
                        + seen.contentType() + "]")
                .limit(20)
                .toList();
        assertThat(notProblem)
                .as("API errors that are not problem+json with a code")
                .isEmpty();
        assertThat(database.readReference())
                .as("reference tables that only migrations write")
                .isEqualTo(referenceBefore);
    }

    private void fuzz(Operation operation, FuzzCases cases) {
        OPERATIONS.add(operation.name());
        List<String> failures = new ArrayList<>();
        for (int slice = 0; slice < IDENTITIES.size(); slice++) {
            String user = IDENTITIES.get(slice);
            Map<String, String> headers = new LinkedHashMap<>();
            if (user != null) {
                headers.put("Authorization", "Bearer " + tokens.get(user));
            }
            Random random = new Random(
                    SEED ^ operation.name().hashCode() ^ String.valueOf(user).hashCode());
            RawHttp.Request baseline = cases.baseline(operation, headers);
            List<Case> all =
                    new ArrayList<>(cases.fixed(operation, baseline, random, slice, FULL ? 1 : IDENTITIES.size()));
            all.addAll(cases.generated(operation, baseline, random, TRIES));
            for (Case fuzzCase : all) {
                String failure = check(operation, user, fuzzCase);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        assertThat(failures)
                .as(operation.name() + ": " + failures.size() + " failures")
                .isEmpty();
    }

    private String check(Operation operation, String user, Case fuzzCase) {
        // The reading after one request is the reading before the next: one cheap query per request.
        Map<String, String> before = current != null ? current : database.read();
        RawHttp.Response response = http.send(fuzzCase.request());
        current = database.read();
        REQUESTS.incrementAndGet();
        STATUSES.computeIfAbsent(response.status(), s -> new AtomicLong()).incrementAndGet();
        String who = user == null ? "anonymous" : user;
        String label = who + " " + fuzzCase.kind() + " " + fuzzCase.detail();
        if (response.status() >= 500) {
            SERVER_ERRORS.incrementAndGet();
            SERVER_ERROR_CASES.add(operation.name() + " " + label);
        }
        if (response.status() >= 400) {
            ERRORS_SEEN.add(
                    new Seen(operation.name(), label, response.status(), response.contentType(), hasCode(response)));
        }
        if (response.status() >= 400) {
            String code = codeOf(response);
            JsonNode documented = operation.responses().path(String.valueOf(response.status()));
            boolean listed =
                    !documented.isMissingNode() && documented.toString().contains("\"" + code + "\"");
            if (!listed) {
                UNDOCUMENTED
                        .computeIfAbsent(operation.name(), k -> new java.util.TreeSet<>())
                        .add(response.status() + " " + code);
                return "answer not in the operation's description (" + response.status() + " " + code + "): " + label
                        + "\n      " + fuzzCase.request().describe() + "\n      → " + response.describe();
            }
        }
        String where = label + "\n      " + fuzzCase.request().describe() + "\n      → " + response.describe();
        if (response.status() >= 500) {
            return "5xx: " + where;
        }
        if (response.status() >= 400) {
            if (!response.isProblem() || !hasCode(response)) {
                return "not problem+json with a code: " + where;
            }
            List<String> changed = DatabaseFingerprint.changed(before, current);
            if (!changed.isEmpty()) {
                return "rejected but changed " + changed + ": " + where;
            }
        }
        return null;
    }

    private static String codeOf(RawHttp.Response response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return body == null ? "" : body.path("code").asText();
        } catch (IOException ex) {
            return "";
        }
    }

    private static boolean hasCode(RawHttp.Response response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return body != null && CODE.matcher(body.path("code").asText()).matches();
        } catch (IOException ex) {
            return false;
        }
    }

    private String signIn(String user) throws IOException {
        RawHttp.Response response = http.send(new RawHttp.Request(
                "POST",
                SIGN_IN,
                Map.of("Content-Type", "application/json"),
                ("{\"username\":\"" + user + "\",\"password\":\"demo\"}").getBytes(StandardCharsets.UTF_8)));
        assertThat(response.status()).as("sign-in of " + user).isEqualTo(200);
        return JSON.readTree(response.body()).path("token").asText();
    }

    private static void writeReport() throws IOException {
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder report = new StringBuilder();
        report.append("API fuzz run\n");
        report.append(String.format("operations fuzzed: %d%n", OPERATIONS.size()));
        report.append(String.format("identities: %d (7 demo roles and no token)%n", IDENTITIES.size()));
        report.append(String.format(
                "requests sent: %d in %.1f s (fuzz.tries=%d, fuzz.seed=%d, fuzz.full=%s)%n",
                REQUESTS.get(), seconds, TRIES, SEED, FULL));
        report.append(String.format("5xx answers: %d%n", SERVER_ERRORS.get()));
        report.append("statuses: ").append(new TreeMap<>(STATUSES)).append('\n');
        SERVER_ERROR_CASES.stream()
                .limit(100)
                .forEach(p -> report.append("  5xx: ").append(p).append('\n'));
        report.append(String.format(
                "operations answering a status and code their description does not list: %d%n", UNDOCUMENTED.size()));
        new TreeMap<>(UNDOCUMENTED)
                .forEach((op, codes) -> report.append("  ")
                        .append(op)
                        .append(": ")
                        .append(codes)
                        .append('\n'));
        Path file = Path.of("target", "fuzz-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        System.out.println(report);
    }
}
