import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of the reliability runs (docs/reliability.md). One file, JDK only, run with the source
 * launcher ({@code java tools/reliability/Reliability.java <command> ...}); not part of the test command.
 *
 * <pre>
 * write BASE COUNT THREADS PREFIX ACK_LOG
 *     registers COUNT Lao enterprises LA-PREFIX000001... through POST /api/v1/enterprises as analyst, retrying
 *     each record through connection failures and 5xx until it is acknowledged; every acknowledged record
 *     is appended to ACK_LOG ("ACK regno id", or "EXISTS regno" when a retry finds the record already
 *     committed by an attempt whose answer was lost). Runs until every record is acknowledged.
 * mixed BASE SECONDS API_USERS PAGE_USERS PREFIX ACK_LOG
 *     a mixed load through a proxy: API users (bearer tokens) register enterprises and read them back; page
 *     users sign in with the form (session cookie, CSRF) and read protected pages. Never retries: every
 *     failed request is counted, by second, and a page user sent back to the login page counts as a lost
 *     session. Acknowledged writes go to ACK_LOG.
 * propagation WRITE_BASE READ_BASE SAMPLES PREFIX
 *     registers an enterprise through one instance and asks the other for its matches until it stops
 *     answering 404 (MAT-001: not in that instance's index); prints the delay of each sample.
 * </pre>
 */
public class Reliability {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "write" -> write(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], Path.of(args[5]));
            case "mixed" -> mixed(
                    args[1],
                    Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]),
                    args[5],
                    Path.of(args[6]));
            case "propagation" -> propagation(args[1], args[2], Integer.parseInt(args[3]), args[4]);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ---------------------------------------------------------------------------------------------- write

    static void write(String base, int count, int threads, String prefix, Path ackLog) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger existed = new AtomicInteger();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        Token token = new Token(base, "analyst", "demo");
        long started = System.nanoTime();
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(
                ackLog, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int n = next.incrementAndGet(); n <= count; n = next.incrementAndGet()) {
                        String regno = registration(prefix, n);
                        String body = enterpriseJson(regno, "Reliability run " + prefix + " #" + n);
                        while (true) {
                            String outcome;
                            try {
                                HttpResponse<String> response = HTTP.send(
                                        json(base + "/api/v1/enterprises", token.get()).POST(body(body)).build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() == 201) {
                                    synchronized (log) {
                                        log.println("ACK " + regno + " " + field(response.body(), "id"));
                                        log.flush();
                                    }
                                    acknowledged.incrementAndGet();
                                    break;
                                }
                                if (response.statusCode() == 409 && response.body().contains("ENT-003")) {
                                    synchronized (log) {
                                        log.println("EXISTS " + regno);
                                        log.flush();
                                    }
                                    existed.incrementAndGet();
                                    break;
                                }
                                if (response.statusCode() == 401) {
                                    token.renew();
                                }
                                outcome = "HTTP " + response.statusCode();
                            } catch (IOException ex) {
                                outcome = ex.getClass().getSimpleName();
                            } catch (InterruptedException ex) {
                                return;
                            } catch (RuntimeException ex) {
                                outcome = ex.getClass().getSimpleName();
                            }
                            failures.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                            sleep(200);
                        }
                        int done = acknowledged.get() + existed.get();
                        if (done % 1000 == 0) {
                            System.out.printf(
                                    "%s %d acknowledged (%.0f/s)%n",
                                    Instant.now(),
                                    done,
                                    1000 / ((System.nanoTime() - lastProgress.getAndSet(System.nanoTime())) / 1e9));
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.HOURS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "write: %d records, %d acknowledged with 201, %d found already committed on retry (409 ENT-003), "
                        + "%.1f s, failed attempts retried: %s%n",
                count, acknowledged.get(), existed.get(), seconds, new TreeMap<>(failures));
    }

    static String registration(String prefix, int n) {
        return "LA-" + prefix + String.format("%06d", n);
    }

    static String enterpriseJson(String regno, String name) {
        return """
                {"country":"LA","registrationNumber":"%s","name":"%s","provinceCode":"LA-SV","sector":"0113",\
                "sizeClass":"SMALL","offers":[{"hsCode":"071410","annualCapacity":100,"unit":"t"}],\
                "needs":[{"hsCode":"310520","annualVolume":10,"unit":"t"}]}"""
                .formatted(regno, name);
    }

    // ---------------------------------------------------------------------------------------------- mixed

    static void mixed(String base, int seconds, int apiUsers, int pageUsers, String prefix, Path ackLog)
            throws Exception {
        Map<Long, Map<String, AtomicInteger>> bySecond = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> totals = new ConcurrentHashMap<>();
        AtomicInteger lostSessions = new AtomicInteger();
        AtomicInteger lostTokens = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        long started = System.nanoTime();
        Recorder record = (kind, outcome) -> {
            long second = (System.nanoTime() - started) / 1_000_000_000L;
            String key = kind + " " + outcome;
            totals.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (!outcome.equals("ok")) {
                bySecond.computeIfAbsent(second, s -> new ConcurrentHashMap<>())
                        .computeIfAbsent(key, k -> new AtomicInteger())
                        .incrementAndGet();
            }
        };
        List<Thread> users = new ArrayList<>();
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(
                ackLog, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (int u = 0; u < apiUsers; u++) {
                users.add(started(() -> {
                    String token = Token.issue(base, "analyst", "demo");
                    while (running.get()) {
                        int n = sequence.incrementAndGet();
                        String regno = registration(prefix, n);
                        try {
                            HttpResponse<String> created = HTTP.send(
                                    json(base + "/api/v1/enterprises", token)
                                            .POST(body(enterpriseJson(regno, "Mixed load " + n)))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            record.outcome("api-write", classify(created.statusCode(), 201));
                            if (created.statusCode() == 401) {
                                lostTokens.incrementAndGet();
                            }
                            if (created.statusCode() == 201) {
                                String id = field(created.body(), "id");
                                synchronized (log) {
                                    log.println("ACK " + regno + " " + id);
                                    log.flush();
                                }
                                HttpResponse<String> read = HTTP.send(
                                        json(base + "/api/v1/enterprises/" + id, token)
                                                .GET()
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                                record.outcome("api-read", classify(read.statusCode(), 200));
                            }
                            HttpResponse<String> search = HTTP.send(
                                    json(base + "/api/v1/enterprises?q=cassava&size=20", token)
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            record.outcome("api-read", classify(search.statusCode(), 200));
                        } catch (IOException ex) {
                            record.outcome("api", ex.getClass().getSimpleName());
                        } catch (InterruptedException ex) {
                            return;
                        }
                    }
                }));
            }
            String[] pages = {"/", "/enterprises", "/matching", "/matching/chains", "/enterprises?q=cassava"};
            for (int u = 0; u < pageUsers; u++) {
                int me = u;
                users.add(started(() -> {
                    HttpClient browser = HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(2))
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .cookieHandler(new CookieManager())
                            .build();
                    try {
                        signIn(browser, base, me % 2 == 0 ? "analyst" : "ministry");
                    } catch (Exception ex) {
                        record.outcome("page-sign-in", ex.getMessage());
                        return;
                    }
                    int i = 0;
                    while (running.get()) {
                        String page = pages[i++ % pages.length];
                        try {
                            HttpResponse<String> response = browser.send(
                                    HttpRequest.newBuilder(URI.create(base + page))
                                            .timeout(Duration.ofSeconds(10))
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            String location = response.headers().firstValue("Location").orElse("");
                            if (response.statusCode() == 302 && location.contains("/login")) {
                                lostSessions.incrementAndGet();
                                record.outcome("page", "sent to sign-in");
                                signIn(browser, base, me % 2 == 0 ? "analyst" : "ministry");
                            } else if (response.statusCode() == 200 && !response.body().contains("signed-in-as")) {
                                lostSessions.incrementAndGet();
                                record.outcome("page", "shown signed out");
                                signIn(browser, base, me % 2 == 0 ? "analyst" : "ministry");
                            } else {
                                record.outcome("page", classify(response.statusCode(), 200));
                            }
                        } catch (IOException ex) {
                            record.outcome("page", ex.getClass().getSimpleName());
                        } catch (InterruptedException ex) {
                            return;
                        } catch (Exception ex) {
                            record.outcome("page-sign-in", String.valueOf(ex.getMessage()));
                        }
                    }
                }));
            }
            for (int s = 0; s < seconds; s++) {
                Thread.sleep(1000);
            }
            running.set(false);
            for (Thread user : users) {
                user.join(15_000);
            }
        }
        System.out.println("second  failures (kind outcome: count)");
        new TreeMap<>(bySecond).forEach((second, failures) -> System.out.printf("%6d  %s%n", second, new TreeMap<>(failures)));
        int total = totals.values().stream().mapToInt(AtomicInteger::get).sum();
        int ok = totals.entrySet().stream()
                .filter(e -> e.getKey().endsWith(" ok"))
                .mapToInt(e -> e.getValue().get())
                .sum();
        System.out.printf(
                "mixed: %d requests in %d s, %d ok, %d failed; sessions lost: %d; tokens refused: %d%n",
                total, seconds, ok, total - ok, lostSessions.get(), lostTokens.get());
        System.out.println("totals: " + new TreeMap<>(totals));
    }

    static Thread started(Runnable body) {
        Thread thread = new Thread(body);
        thread.start();
        return thread;
    }

    interface Recorder {
        void outcome(String kind, String outcome);
    }

    static String classify(int status, int expected) {
        return status == expected ? "ok" : "HTTP " + status;
    }

    static void signIn(HttpClient browser, String base, String user) throws Exception {
        HttpResponse<String> form = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page (HTTP " + form.statusCode() + ")");
        }
        String fields = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused: HTTP " + signedIn.statusCode() + " " + location);
        }
    }

    // ---------------------------------------------------------------------------------------- propagation

    static void propagation(String writeBase, String readBase, int samples, String prefix) throws Exception {
        String writeToken = Token.issue(writeBase, "analyst", "demo");
        String readToken = Token.issue(readBase, "analyst", "demo");
        List<Long> delays = new ArrayList<>();
        for (int n = 1; n <= samples; n++) {
            String regno = registration(prefix, n);
            HttpResponse<String> created = HTTP.send(
                    json(writeBase + "/api/v1/enterprises", writeToken)
                            .POST(body(enterpriseJson(regno, "Propagation " + n)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("write refused: " + created.statusCode() + " " + created.body());
            }
            long written = System.nanoTime();
            String id = field(created.body(), "id");
            while (true) {
                HttpResponse<String> matches = HTTP.send(
                        json(readBase + "/api/v1/enterprises/" + id + "/matches", readToken)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (matches.statusCode() == 200) {
                    break;
                }
                if (System.nanoTime() - written > 60_000_000_000L) {
                    throw new IllegalStateException("not seen in 60 s: " + matches.statusCode() + " " + matches.body());
                }
                sleep(10);
            }
            delays.add((System.nanoTime() - written) / 1_000_000);
            sleep(500);
        }
        List<Long> sorted = delays.stream().sorted().toList();
        System.out.printf(
                "propagation: %d samples, delays in ms %s; median %d ms, max %d ms%n",
                samples, delays, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    // -------------------------------------------------------------------------------------------- helpers

    static final class Token {
        private final String base;
        private final String user;
        private final String password;
        private volatile String value;

        Token(String base, String user, String password) {
            this.base = base;
            this.user = user;
            this.password = password;
        }

        String get() {
            String current = value;
            if (current == null) {
                synchronized (this) {
                    if (value == null) {
                        value = retrying(() -> issue(base, user, password));
                    }
                    current = value;
                }
            }
            return current;
        }

        synchronized void renew() {
            value = null;
        }

        static String issue(String base, String user, String password) {
            try {
                HttpResponse<String> response = HTTP.send(
                        json(base + "/api/v1/auth/token", null)
                                .POST(body("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("token refused: HTTP " + response.statusCode());
                }
                return field(response.body(), "token");
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

    static <T> T retrying(java.util.function.Supplier<T> action) {
        while (true) {
            try {
                return action.get();
            } catch (RuntimeException ex) {
                sleep(500);
            }
        }
    }

    static HttpRequest.Builder json(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
