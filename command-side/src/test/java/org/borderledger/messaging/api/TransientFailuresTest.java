package org.borderledger.messaging.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.RejectionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failed commands the gateway may send again, judged on the whole chain of causes. */
class TransientFailuresTest {

    @ParameterizedTest
    @ValueSource(strings = {"08006", "08001", "40001", "40P01", "57P01", "57P02", "57P03"})
    void postgresqlStatesOfLostSessionsAndLostRacesAreTransientWhateverTheRootCause(String sqlState) {
        SQLException fromDriver = new SQLException("from PostgreSQL", sqlState, new EOFException("socket closed"));
        assertThat(TransientFailures.isTransient(new DataAccessResourceFailureException("JDBC commit", fromDriver))).isTrue();
    }

    @Test
    void aRollbackThatFailedOnTheClosedConnectionIsTransient() {
        assertThat(TransientFailures.isTransient(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void refusalsAndBadDataAreNot() {
        assertThat(TransientFailures.isTransient(new ConsignmentRejectedException(RejectionCode.STALE_VERSION, "changed"))).isFalse();
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("too long",
                new SQLException("value too long", "22001")))).isFalse();
    }

    @Test
    void aPoolThatHadNoConnectionWithinItsTimeoutIsUnavailableButNotRetried() {
        Exception noConnection = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms.",
                        "08001", new SQLException("Connection refused", "08001")));

        assertThat(TransientFailures.isTransient(noConnection)).isTrue();
        assertThat(TransientFailures.isWorthRetrying(noConnection)).isFalse();
        assertThat(TransientFailures.isWorthRetrying(new DataAccessResourceFailureException("JDBC commit",
                new SQLException("terminating connection", "57P01")))).isTrue();
    }
}
