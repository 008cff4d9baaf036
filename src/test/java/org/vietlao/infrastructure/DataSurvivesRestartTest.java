package org.vietlao.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded PostgreSQL keeps its data directory between runs, as {@code ./data/} does for the default run,
 * also when the previous run was killed without stopping its server.
 */
class DataSurvivesRestartTest {

    private static final Path BINARIES = Path.of("target", "test-postgres-bin");

    @TempDir
    Path directory;

    EmbeddedPostgresSettings settings;
    String value;

    @BeforeEach
    void setUp() {
        settings = new EmbeddedPostgresSettings(
                directory.resolve("postgres").toString(), BINARIES.toString(), 0, false, 2);
        value = UUID.randomUUID().toString();
    }

    @Test
    void aRowWrittenBeforeARestartIsThereAfterIt() {
        EmbeddedPostgresServer first = startAndWriteARow();
        first.stop();

        EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrReuse(settings);
        try {
            assertThat(second).as("a new server, not the stopped one").isNotSameAs(first);
            assertThat(rowsIn(second)).containsExactly(value);
            assertThat(clientOf(second).sql("SHOW fsync").query(String.class).single())
                    .as("kept data is flushed to disk")
                    .isEqualTo("on");
        } finally {
            second.stop();
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAndItsDataKept() throws Exception {
        EmbeddedPostgresServer first = startAndWriteARow();
        first.stop();
        // What a JVM killed with -9 leaves behind: a postmaster on the data directory that nobody will stop.
        Process orphan = startPostmasterWithoutTheLock();
        try {
            EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrReuse(settings);
            try {
                assertThat(orphan.isAlive()).isFalse();
                assertThat(rowsIn(second)).containsExactly(value);
            } finally {
                second.stop();
            }
        } finally {
            orphan.destroyForcibly();
        }
    }

    private EmbeddedPostgresServer startAndWriteARow() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrReuse(settings);
        JdbcClient jdbc = clientOf(server);
        jdbc.sql("CREATE TABLE survivor (value TEXT NOT NULL)").update();
        jdbc.sql("INSERT INTO survivor (value) VALUES (:value)")
                .param("value", value)
                .update();
        return server;
    }

    private Process startPostmasterWithoutTheLock() throws IOException, InterruptedException {
        Path dataDirectory = Path.of(settings.dataDirectory()).toAbsolutePath();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // As io.zonky's EmbeddedPostgres does: PostgreSQL refuses to run as root.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(
                List.of(postgresBinary().toString(), "-D", dataDirectory.toString(), "-p", String.valueOf(freePort())));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!(Files.exists(pidFile) && Files.readString(pidFile).contains("ready"))
                && Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("the stand-in for the orphaned server runs")
                    .isTrue();
            Thread.sleep(100);
        }
        assertThat(Files.readAllLines(pidFile).get(0).trim()).isEqualTo(String.valueOf(process.pid()));
        return process;
    }

    private static Path postgresBinary() throws IOException {
        try (Stream<Path> files = Files.walk(BINARIES)) {
            return files.filter(path -> path.endsWith(Path.of("bin", "postgres")))
                    .findFirst()
                    .orElseThrow()
                    .toAbsolutePath();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> rowsIn(EmbeddedPostgresServer server) {
        return clientOf(server)
                .sql("SELECT value FROM survivor")
                .query(String.class)
                .list();
    }

    private static JdbcClient clientOf(EmbeddedPostgresServer server) {
        return JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl()));
    }
}
