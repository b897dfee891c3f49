package org.borderledger.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Listens on this instance for the change notices that any instance's projections commit, and
 * passes them to the local subscription queries.
 *
 * <p>The connection comes from the application's pool and is kept for as long as it works: the pool
 * already knows the URL and credentials of the embedded and of a configured database alike, and one
 * of its connections is a small price for not keeping a second copy of them. A lost connection or
 * database is retried with a bounded, growing pause. Notices sent while nobody listened are lost:
 * a console then shows the change on its next update or re-fetch.
 *
 * <p>The loop keeps a thread for as long as it runs ({@link LiveUpdatesConfiguration}): the driver
 * hands a connection's notices over only when asked, so one thread holds the listening connection
 * and asks.
 */
@Component
class ProjectionChangeListener implements SmartLifecycle {

    static final String SESSION_NAME = "borderledger-change-listener";

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionChangeListener.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final Duration QUIET_CHECK = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final ProjectionChangeBroadcast broadcast;
    private final AsyncTaskExecutor listenerThread;
    private volatile boolean running;
    private Future<?> listening;

    ProjectionChangeListener(DataSource dataSource, ProjectionChangeBroadcast broadcast,
                             @Qualifier(LiveUpdatesConfiguration.LISTENER_THREAD) AsyncTaskExecutor listenerThread) {
        this.dataSource = dataSource;
        this.broadcast = broadcast;
        this.listenerThread = listenerThread;
    }

    @Override
    public synchronized void start() {
        running = true;
        listening = listenerThread.submit(this::listenUntilStopped);
    }

    @Override
    public synchronized void stop() {
        running = false;
        try {
            listening.get(2 * POLL_MILLIS + LONGEST_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException stillChecking) {
            // A check of a quiet connection can outlast the wait; the loop ends when it next sees the flag.
        } catch (ExecutionException failed) {
            LOG.warn("Listening for projection changes ended with a failure", failed.getCause());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        Duration pause = FIRST_PAUSE;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
                pause = FIRST_PAUSE;
                deliver(connection);
                unlisten(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Listening for projection changes failed, trying again in {}", pause, e);
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** The session is named so that an operator (or a test) finds it in {@code pg_stat_activity}. */
    private static void listen(Connection connection) throws SQLException {
        // The pool hands out auto-commit connections, so LISTEN takes effect at once.
        execute(connection, "LISTEN " + ChangeNotice.CHANNEL, "SET application_name = '" + SESSION_NAME + "'");
    }

    /** Before the connection goes back to the pool: a session that listens without reading fills the notice queue. */
    private static void unlisten(Connection connection) throws SQLException {
        execute(connection, "UNLISTEN *", "RESET application_name");
    }

    private static void execute(Connection connection, String... commands) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String command : commands) {
                statement.execute(command);
            }
        }
    }

    /**
     * Returns when stopped; throws when the connection breaks. A quiet connection is checked now and
     * then, since a dead network can leave it waiting without any error.
     */
    private void deliver(Connection connection) throws SQLException {
        PGConnection notices = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = notices.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    broadcast.emit(ChangeNotice.parse(notification.getParameter()));
                }
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > QUIET_CHECK.toNanos()) {
                if (!connection.isValid((int) QUIET_CHECK.toSeconds())) {
                    throw new SQLException("The listening connection no longer answers");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
