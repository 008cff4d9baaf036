package org.vietlao.linkage.matching;

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
import org.springframework.stereotype.Component;

/**
 * Tells this instance's {@link MatchingIndex} at once when any instance records an enterprise change or edits
 * a value-chain link: it LISTENs on the channel {@code matching_index_change}, which the triggers of V121
 * notify, on a connection of its own (a pooled connection would be held for ever, and PostgreSQL delivers
 * notifications only to the session that listens). A notification only says "look": the change log holds
 * what changed, so a notification lost while the connection was down costs nothing but time; after each
 * reconnection the index catches up in full, and {@link MatchingIndex#poll()} stays as the fallback.
 */
@Component
class MatchingIndexNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MatchingIndexNotifications.class);

    static final String CHANNEL = "matching_index_change";
    private static final int WAIT_MILLIS = 1_000;
    private static final long MAX_BACKOFF_MILLIS = 10_000;

    private final MatchingIndex index;
    private final DataSource dataSource;

    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    MatchingIndexNotifications(MatchingIndex index, DataSource dataSource) {
        this.index = index;
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "matching-index-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
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

    /** Whether the dedicated connection is up and LISTENing. */
    boolean listening() {
        return listening;
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
                listening = true;
                backoff = 500;
                index.catchUp(true);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        index.catchUp(linksChanged(notifications));
                    }
                }
            } catch (SQLException | RuntimeException ex) {
                listening = false;
                if (!running) {
                    return;
                }
                log.warn(
                        "Matching index notifications interrupted ({}); the index polls until they resume",
                        ex.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private static boolean linksChanged(PGNotification[] notifications) {
        for (PGNotification notification : notifications) {
            if ("links".equals(notification.getParameter())) {
                return true;
            }
        }
        return false;
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
                properties.setProperty("ApplicationName", "linkage matching-index notifications");
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
