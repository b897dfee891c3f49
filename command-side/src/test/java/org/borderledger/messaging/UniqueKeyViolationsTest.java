package org.borderledger.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The event store hears of a lost append race from PostgreSQL's SQLSTATE, wherever it sits in the chain. */
class UniqueKeyViolationsTest {

    private final UniqueKeyViolations resolver = new UniqueKeyViolations();

    @Test
    void aUniqueViolationFromTheDriverIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", batch))).isTrue();
    }

    @Test
    void otherIntegrityAndConnectionFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("null value", "23502"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("I/O error", "08006"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
