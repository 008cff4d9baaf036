package org.vietlao.linkage.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Tells this instance's {@link VerifiedTokens} at once when any instance commits a change to a token, an account,
 * its roles, gates or organisation: it LISTENs on {@code api_token_change}, which the triggers of V173 notify, on a
 * connection of its own (as {@code matching.MatchingIndexNotifications} does). While the connection is down the
 * cache is not used at all, so a lost notification costs only database reads.
 */
class VerifiedTokenNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VerifiedTokenNotifications.class);

    static final String CHANNEL = "api_token_change";
    private static final int WAIT_MILLIS = 1_000;
    private static final long MAX_BACKOFF_MILLIS = 10_000;

    private final VerifiedTokens verified;
    private final DataSource dataSource;

    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    VerifiedTokenNotifications(VerifiedTokens verified, DataSource dataSource) {
        this.verified = verified;
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "verified-token-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        verified.listening(false);
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection dedicated = open()) {
                connection = dedicated;
                try (Statement statement = dedicated.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = dedicated.unwrap(PGConnection.class);
                verified.listening(true);
                backoff = 500;
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        verified.forgetAll();
                    }
                }
            } catch (SQLException | RuntimeException ex) {
                verified.listening(false);
                if (!running) {
                    return;
                }
                log.warn(
                        "Token change notifications interrupted ({}); every API call reads its token until they resume",
                        ex.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            } finally {
                verified.listening(false);
                connection = null;
            }
        }
    }

    /** A connection outside the pool, to the pool's server with the pool's credentials and properties. */
    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getJdbcUrl() != null) {
                Properties properties = new Properties();
                properties.putAll(pool.getDataSourceProperties());
                if (pool.getUsername() != null) {
                    properties.setProperty("user", pool.getUsername());
                }
                if (pool.getPassword() != null) {
                    properties.setProperty("password", pool.getPassword());
                }
                properties.setProperty("ApplicationName", "linkage verified-token notifications");
                Connection dedicated = DriverManager.getConnection(pool.getJdbcUrl(), properties);
                dedicated.setAutoCommit(true);
                return dedicated;
            }
        }
        return dataSource.getConnection();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing is all that was wanted
            }
        }
    }
}
