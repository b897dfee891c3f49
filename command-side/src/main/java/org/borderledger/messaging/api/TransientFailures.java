package org.borderledger.messaging.api;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.axonframework.common.AxonTransientException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Decides which failed commands may be sent again: a lost race on the event store's unique key,
 * a dropped or refused connection, a serialization failure or a deadlock. A domain rejection or a
 * bad value is never retried: sending it again would only be refused again. A resend is safe even
 * when a lost connection leaves unknown whether the first attempt committed: the event store's
 * unique key and the version check refuse a second copy. Published: the command gateway retries by it,
 * and the console answers "try again" by it when the retries are spent.
 */
public final class TransientFailures {

    /**
     * PostgreSQL SQLSTATEs worth a retry besides the connection class 08: serialization failure,
     * deadlock, and the server's own ending of a session (terminated, crashed, still starting up), as a
     * restart or a failover gives every open connection.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03");

    private TransientFailures() {
    }

    /**
     * Whether sending the command again may succeed soon: a transient failure, except that the pool
     * had no connection to give within its connection timeout. That wait is already the patience a
     * person at the lane gets; retrying would multiply it during an outage and end in the same
     * "temporarily unavailable" seconds later.
     */
    public static boolean isWorthRetrying(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return false;
            }
        }
        return isTransient(failure);
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AxonTransientException || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    // A commit on a lost connection: Spring's rollback then fails on the closed
                    // connection and its exception replaces the commit's, without an SQLSTATE.
                    || cause instanceof TransactionSystemException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
