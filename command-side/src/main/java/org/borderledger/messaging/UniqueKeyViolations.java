package org.borderledger.messaging;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells the event store that an append lost a race on its unique key (aggregate, sequence number),
 * so that it reports a concurrency conflict, which the command gateway retries and the version check
 * then answers. PostgreSQL's driver says so with SQLSTATE 23505 (unique_violation), never with the
 * {@code SQLIntegrityConstraintViolationException} that Axon's default resolver looks for; without
 * this, a command that lost to another instance failed as an unexplained store error.
 */
public class UniqueKeyViolations implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
