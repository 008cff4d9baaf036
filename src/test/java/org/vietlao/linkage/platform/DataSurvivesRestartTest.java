package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded PostgreSQL keeps its data directory between runs, as {@code ./data/} does for the default run.
 */
class DataSurvivesRestartTest {

	@TempDir
	Path directory;

	@Test
	void aRowWrittenBeforeARestartIsThereAfterIt() {
		var settings = new EmbeddedPostgresSettings(directory.resolve("postgres").toString(),
				Path.of("target", "test-postgres-bin").toString(), 0, false, 2);
		String value = UUID.randomUUID().toString();

		EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrReuse(settings);
		try {
			JdbcClient jdbc = clientOf(first);
			jdbc.sql("CREATE TABLE survivor (value TEXT NOT NULL)").update();
			jdbc.sql("INSERT INTO survivor (value) VALUES (:value)").param("value", value).update();
		}
		finally {
			first.stop();
		}

		EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrReuse(settings);
		try {
			assertThat(second).as("a new server, not the stopped one").isNotSameAs(first);
			assertThat(clientOf(second).sql("SELECT value FROM survivor").query(String.class).list())
				.containsExactly(value);
		}
		finally {
			second.stop();
		}
	}

	private static JdbcClient clientOf(EmbeddedPostgresServer server) {
		return JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl()));
	}
}
