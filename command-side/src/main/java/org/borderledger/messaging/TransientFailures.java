package org.borderledger.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.axonframework.common.AxonTransientException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Decides which failed commands may be sent again: a lost race on the event store's unique key,
 * a dropped or refused connection, a serialization failure or a deadlock. A domain rejection or a
 * bad value is never retried: sending it again would only be refused again.
 */
public final class TransientFailures {

    /** PostgreSQL SQLSTATEs worth a retry: serialization failure, deadlock, and the connection class 08. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AxonTransientException || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
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
