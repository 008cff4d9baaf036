package org.vietlao.linkage.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load runs for the matching benchmark, on enterprise ids drawn (with a fixed seed) from the generated set.
 *
 * <ul>
 * <li>{@code open <target> <rate> <seconds>}: an open model. Request i is due at start + i / rate, whatever
 * happened to the earlier ones; a pool of workers sends it, and its latency is counted from the moment it was
 * due, so a slow answer also counts against the requests that queued behind it (no coordinated omission). A
 * warm-up of the same shape runs first and is not counted.</li>
 * <li>{@code serial <target> <seconds>}: one request at a time, back to back: the service time with nothing
 * else running.</li>
 * <li>{@code closed <target> <threads> <seconds>}: that many clients, each sending its next request when the last
 * one is answered: the most the target can answer per second.</li>
 * <li>{@code check <samples>}: the top ten of the API and of the naive SQL for the same enterprises, compared
 * partner by partner and score by score.</li>
 * </ul>
 * Targets: {@code index} is {@code GET /api/v1/enterprises/{id}/matches?limit=10} over HTTP with a bearer
 * token; {@code naive} is the naive SQL (naive-matches.sql) over JDBC, one connection per worker.
 */
public final class LoadRun {

	static final String BASE = System.getProperty("bench.base", "http://localhost:8081");
	static final String JDBC = System.getProperty("bench.jdbc", "jdbc:postgresql://localhost:55432/postgres");
	static final int WORKERS = Integer.getInteger("bench.workers", 32);
	static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 15);
	static final int LIMIT = 10;
	static final long SEED = 42;

	private LoadRun() {
	}

	interface Target {
		void call(long enterpriseId) throws Exception;
	}

	public static void main(String[] args) throws Exception {
		List<Long> ids = enterpriseIds();
		System.out.printf("%,d benchmark enterprises; base %s; jdbc %s%n", ids.size(), BASE, JDBC);
		switch (args[0]) {
			case "open" -> {
				double rate = Double.parseDouble(args[2]);
				int seconds = Integer.parseInt(args[3]);
				try (Targets targets = new Targets()) {
					Target target = targets.named(args[1]);
					open(target, ids, rate, WARMUP_SECONDS, new Random(SEED + 1));
					report(args[1] + " open " + rate + "/s " + seconds + " s", open(target, ids, rate, seconds, new Random(SEED)));
				}
			}
			case "serial" -> {
				int seconds = Integer.parseInt(args[2]);
				try (Targets targets = new Targets()) {
					Target target = targets.named(args[1]);
					serial(target, ids, Math.min(seconds, WARMUP_SECONDS), new Random(SEED + 1));
					report(args[1] + " serial " + seconds + " s", serial(target, ids, seconds, new Random(SEED)));
				}
			}
			case "closed" -> {
				int threads = Integer.parseInt(args[2]);
				int seconds = Integer.parseInt(args[3]);
				try (Targets targets = new Targets()) {
					Target target = targets.named(args[1]);
					report(args[1] + " closed " + threads + " clients " + seconds + " s",
							closed(target, ids, threads, seconds, SEED));
				}
			}
			case "check" -> check(ids, Integer.parseInt(args[1]));
			default -> throw new IllegalArgumentException(
					"open <target> <rate> <seconds> | serial <target> <seconds> | closed <target> <threads> <seconds> | check <n>");
		}
		System.exit(0);
	}

	/** What a run measured: latencies in nanoseconds of the answered requests, failures, and the wall time. */
	record Result(long[] latencies, int failures, int unfinished, long wallNanos) {
	}

	static Result open(Target target, List<Long> ids, double rate, int seconds, Random random) throws InterruptedException {
		int total = (int) Math.round(rate * seconds);
		long period = Math.round(1e9 / rate);
		long[] latencies = new long[total];
		Arrays.fill(latencies, -1);
		AtomicInteger failures = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(total);
		ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
		long start = System.nanoTime() + 10_000_000;
		for (int i = 0; i < total; i++) {
			long due = start + i * period;
			LockSupport.parkNanos(due - System.nanoTime());
			long id = ids.get(random.nextInt(ids.size()));
			int index = i;
			workers.execute(() -> {
				try {
					target.call(id);
					latencies[index] = System.nanoTime() - due;
				}
				catch (Exception ex) {
					if (failures.incrementAndGet() <= 3) {
						System.err.println("request failed: " + ex);
					}
				}
				finally {
					done.countDown();
				}
			});
		}
		boolean finished = done.await(120, TimeUnit.SECONDS);
		long wall = System.nanoTime() - start;
		workers.shutdownNow();
		long[] answered = Arrays.stream(latencies).filter(latency -> latency >= 0).toArray();
		int unfinished = finished ? 0 : (int) done.getCount();
		return new Result(answered, failures.get(), unfinished, wall);
	}

	static Result serial(Target target, List<Long> ids, int seconds, Random random) {
		List<Long> latencies = new ArrayList<>();
		int failures = 0;
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		while (System.nanoTime() < end) {
			long id = ids.get(random.nextInt(ids.size()));
			long began = System.nanoTime();
			try {
				target.call(id);
				latencies.add(System.nanoTime() - began);
			}
			catch (Exception ex) {
				failures++;
			}
		}
		return new Result(latencies.stream().mapToLong(Long::longValue).toArray(), failures, 0, System.nanoTime() - start);
	}

	static Result closed(Target target, List<Long> ids, int threads, int seconds, long seed) throws InterruptedException {
		List<Result> results = java.util.Collections.synchronizedList(new ArrayList<>());
		List<Thread> clients = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Random random = new Random(seed + 100 + t);
			Thread client = new Thread(() -> results.add(serial(target, ids, seconds, random)));
			clients.add(client);
			client.start();
		}
		for (Thread client : clients) {
			client.join();
		}
		long[] latencies = results.stream().flatMapToLong(result -> Arrays.stream(result.latencies())).toArray();
		int failures = results.stream().mapToInt(Result::failures).sum();
		long wall = results.stream().mapToLong(Result::wallNanos).max().orElse(1);
		return new Result(latencies, failures, 0, wall);
	}

	static void report(String name, Result result) {
		long[] sorted = result.latencies().clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT,
				"RESULT %s: answered %d, failed %d, unfinished %d, throughput %.1f/s, p50 %.2f ms, p90 %.2f ms, "
						+ "p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
				name, sorted.length, result.failures(), result.unfinished(), sorted.length / (result.wallNanos() / 1e9),
				millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99), millis(sorted, 0.999),
				sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
	}

	/** The nearest-rank percentile. */
	static double millis(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(quantile * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
	}

	static void check(List<Long> ids, int samples) throws Exception {
		Random random = new Random(SEED + 2);
		int same = 0;
		try (Targets targets = new Targets(); Connection db = DriverManager.getConnection(JDBC, "postgres", "postgres")) {
			String sql = naiveSql();
			for (int s = 0; s < samples; s++) {
				long id = ids.get(random.nextInt(ids.size()));
				List<String> api = targets.apiTopTen(id);
				List<String> naive = new ArrayList<>();
				try (PreparedStatement statement = db.prepareStatement(sql)) {
					statement.setLong(1, id);
					statement.setInt(2, LIMIT);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							naive.add(rs.getLong(1) + "@" + String.format(Locale.ROOT, "%.4f", rs.getDouble(2)));
						}
					}
				}
				if (api.equals(naive)) {
					same++;
				}
				else {
					System.out.println("DIFFERENT for " + id + ":\n  api   " + api + "\n  naive " + naive);
				}
			}
		}
		System.out.printf("RESULT check: %d of %d enterprises have the same top %d (partners, order, scores to 4 decimals)%n",
				same, samples, LIMIT);
	}

	static String naiveSql() throws IOException {
		try (InputStream in = LoadRun.class.getResourceAsStream("/naive-matches.sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static List<Long> enterpriseIds() throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(JDBC, "postgres", "postgres");
				ResultSet rs = db.createStatement().executeQuery("SELECT id FROM enterprise WHERE registration_number "
						+ "LIKE '" + GenerateEnterprises.PREFIX + "%' ORDER BY id")) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("no benchmark enterprises: run GenerateEnterprises first");
		}
		return ids;
	}

	/** The two targets, with what they hold open: an HTTP client and token, or a connection per worker thread. */
	static final class Targets implements AutoCloseable {

		private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
		private static final Pattern MATCH = Pattern.compile("\"partner\":\\{\"id\":(\\d+).*?\"score\":([0-9.Ee-]+)");

		private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10)).build();
		private final Map<Thread, PreparedStatement> statements = new HashMap<>();
		private final List<Connection> connections = new ArrayList<>();
		private String token;

		Target named(String name) {
			return switch (name) {
				case "index" -> this::callIndex;
				case "naive" -> this::callNaive;
				default -> throw new IllegalArgumentException("target is index or naive");
			};
		}

		void callIndex(long id) throws Exception {
			HttpResponse<String> response = get(id);
			if (response.statusCode() != 200) {
				throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
			}
		}

		void callNaive(long id) throws Exception {
			PreparedStatement statement = statement();
			statement.setLong(1, id);
			statement.setInt(2, LIMIT);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rs.getLong(1);
				}
			}
		}

		List<String> apiTopTen(long id) throws Exception {
			String body = get(id).body();
			List<String> top = new ArrayList<>();
			Matcher matcher = MATCH.matcher(body);
			while (matcher.find()) {
				top.add(matcher.group(1) + "@" + String.format(Locale.ROOT, "%.4f", Double.parseDouble(matcher.group(2))));
			}
			return top;
		}

		private HttpResponse<String> get(long id) throws Exception {
			HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/enterprises/" + id + "/matches?limit=" + LIMIT))
				.header("Authorization", "Bearer " + token()).timeout(Duration.ofSeconds(60)).GET().build();
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}

		private synchronized String token() throws Exception {
			if (token == null) {
				HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/auth/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"analyst\",\"password\":\"demo\"}")).build();
				Matcher matcher = TOKEN.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
				if (!matcher.find()) {
					throw new IllegalStateException("no token from " + BASE);
				}
				token = matcher.group(1);
			}
			return token;
		}

		private synchronized PreparedStatement statement() throws Exception {
			PreparedStatement statement = statements.get(Thread.currentThread());
			if (statement == null) {
				Connection connection = DriverManager.getConnection(JDBC, "postgres", "postgres");
				connections.add(connection);
				statement = connection.prepareStatement(naiveSql());
				statements.put(Thread.currentThread(), statement);
			}
			return statement;
		}

		@Override
		public void close() throws SQLException {
			for (Connection connection : connections) {
				connection.close();
			}
		}
	}
}
