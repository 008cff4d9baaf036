package org.vietlao.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data and how it starts.
 *
 * @param dataDirectory the cluster's data directory; survives restarts unless {@code clean} is set
 * @param workingDirectory where the PostgreSQL binaries are unpacked
 * @param port the port to listen on; 0 picks a free one
 * @param clean wipe the data directory at start (tests)
 * @param poolSize connections in the pool
 */
@ConfigurationProperties("linkage.embedded-postgres")
public record EmbeddedPostgresSettings(
        @DefaultValue("./data/postgres") String dataDirectory,
        @DefaultValue("./data/postgres-bin") String workingDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("10") int poolSize) {}
