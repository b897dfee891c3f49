package org.borderledger.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on this instance for the change notices that any instance's projections commit, and
 * passes them to the local subscription queries.
 *
 * <p>The connection comes from the application's pool and is kept for as long as it works: the pool
 * already knows the URL and credentials of the embedded and of a configured database alike, and one
 * connection of its ten is a small price for not keeping a second copy of them. A lost connection or
 * database is retried with a bounded, growing pause; notices sent while nobody listened are lost, which
 * only means a console re-fetches later.
 */
@Component
class ProjectionChangeListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionChangeListener.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final ProjectionChangeBroadcast broadcast;
    private volatile boolean running;
    private Thread thread;

    ProjectionChangeListener(DataSource dataSource, ProjectionChangeBroadcast broadcast) {
        this.dataSource = dataSource;
        this.broadcast = broadcast;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listenUntilStopped, "projection-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        try {
            thread.join(2 * POLL_MILLIS + LONGEST_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
                deliver(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Listening for projection changes failed, trying again in {}", pause, e);
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void listen(Connection connection) throws SQLException {
        // The pool hands out auto-commit connections, so LISTEN takes effect at once.
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + ChangeNotice.CHANNEL);
        }
    }

    /** Returns when stopped; throws when the connection breaks. */
    private void deliver(PGConnection connection) throws SQLException {
        while (running) {
            PGNotification[] notifications = connection.getNotifications(POLL_MILLIS);
            if (notifications == null) {
                continue;
            }
            for (PGNotification notification : notifications) {
                broadcast.emit(ChangeNotice.parse(notification.getParameter()));
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
