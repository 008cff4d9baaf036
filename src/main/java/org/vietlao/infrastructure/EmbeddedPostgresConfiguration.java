package org.vietlao.infrastructure;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} set, the platform runs on its own embedded PostgreSQL so that one
 * command starts everything. A pooled {@link HikariDataSource} sits in front of it (the embedded server's own
 * data source opens a connection per call). Setting {@code SPRING_DATASOURCE_URL} switches this off and
 * Spring Boot connects to that server instead.
 *
 * <p>An auto-configuration (listed in {@code META-INF/spring/...AutoConfiguration.imports}), not a scanned
 * configuration, so that a module test ({@code @ApplicationModuleTest}) or an MVC slice, which scan only part of
 * the application, still gets the database.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedPostgresSettings.class)
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresSettings settings) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrReuse(settings);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(settings.poolSize());
        pool.setPoolName("embedded-postgres");
        return pool;
    }

    /** Whether the data source is this embedded server's pool. */
    public static boolean isEmbedded(DataSource dataSource) {
        return dataSource instanceof HikariDataSource hikari && "embedded-postgres".equals(hikari.getPoolName());
    }

    /**
     * No {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}), or an empty one. Read as plain text
     * rather than through an expression, so that no character in a real URL can upset the check.
     */
    static final class NoDatasourceUrl implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
