package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.infrastructure.EmbeddedPostgresConfiguration;
import org.vietlao.infrastructure.EmbeddedPostgresSettings;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.LinkagePlatformApplication;

/**
 * With {@code spring.datasource.url} set (as {@code SPRING_DATASOURCE_URL} does), the platform uses that
 * PostgreSQL server and starts no embedded one; and the {@code prod} profile brings neither demo accounts nor
 * demo migrations. The "external" server is a separate PostgreSQL this test starts on its own data directory.
 */
class ExternalPostgresTest {

    @TempDir
    static Path directory;

    static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws IOException {
        external = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("data"))
                .setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(
                        Path.of("target", "test-postgres-bin").toAbsolutePath().toFile())
                .start();
        JdbcClient admin = JdbcClient.create(external.getPostgresDatabase());
        admin.sql("CREATE DATABASE linkage").update();
        admin.sql("CREATE DATABASE linkage_prod").update();
    }

    @AfterAll
    static void stopExternalServer() throws IOException {
        external.close();
    }

    @Test
    void usesTheServerNamedBySpringDatasourceUrl() {
        try (ConfigurableApplicationContext app = start("test", "linkage")) {
            DataSource dataSource = app.getBean(DataSource.class);
            assertThat(EmbeddedPostgresConfiguration.isEmbedded(dataSource)).isFalse();
            assertThat(app.getBeanNamesForType(EmbeddedPostgresConfiguration.class))
                    .isEmpty();
            assertThat(app.getBeanNamesForType(EmbeddedPostgresSettings.class)).isEmpty();

            JdbcClient server = database("linkage");
            assertThat(server.sql(
                                    "SELECT count(*) FROM flyway_schema_history WHERE script = 'V1__platform_users_tokens_audit.sql' AND success")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(server.sql("SELECT count(*) FROM app_user WHERE username = 'admin'")
                            .query(Long.class)
                            .single())
                    .as("the default profiles load the demo accounts")
                    .isEqualTo(1);
            assertThat(new ApiClient(portOf(app)).tokenFor("admin")).isNotBlank();
        }
    }

    @Test
    void theProdProfileLoadsNoDemoData() {
        try (ConfigurableApplicationContext app = start("prod", "linkage_prod")) {
            JdbcClient server = database("linkage_prod");
            assertThat(server.sql("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL AND success")
                            .query(Long.class)
                            .single())
                    .as("the schema is there")
                    .isPositive();
            assertThat(server.sql("SELECT script FROM flyway_schema_history WHERE script LIKE '%demo%'")
                            .query(String.class)
                            .list())
                    .isEmpty();
            assertThat(server.sql("SELECT count(*) FROM app_user")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(server.sql("SELECT count(*) FROM organisation")
                            .query(Long.class)
                            .single())
                    .isZero();

            var signIn = new ApiClient(portOf(app))
                    .post("/api/v1/auth/token", null, "{\"username\":\"admin\",\"password\":\"demo\"}");
            assertThat(signIn.status()).isEqualTo(401);
            assertThat(signIn.json().path("code").asText()).isEqualTo("AUT-003");
        }
    }

    private static ConfigurableApplicationContext start(String profile, String database) {
        return new SpringApplicationBuilder(LinkagePlatformApplication.class)
                .profiles(profile)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + external.getJdbcUrl("postgres", database),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres");
    }

    private static JdbcClient database(String name) {
        return JdbcClient.create(external.getDatabase("postgres", name));
    }

    private static int portOf(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
