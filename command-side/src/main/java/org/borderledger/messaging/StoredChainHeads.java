package org.borderledger.messaging;

import org.axonframework.eventhandling.DomainEventMessage;
import org.borderledger.messaging.api.EventHash;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a consignment's chain ends in the event store. Read through Spring's JdbcTemplate, so inside the
 * unit of work's transaction: it sees the events this transaction has already appended.
 */
final class StoredChainHeads {

    private final JdbcTemplate jdbc;

    StoredChainHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The hash of the stored event right before this one, or {@link EventHash#GENESIS} for the first
     * event of a consignment. Events stored before tamper evidence carry no hash, so the chain starts
     * anew after them; verification reports them as unhashed.
     */
    String hashBefore(DomainEventMessage<?> event) {
        if (event.getSequenceNumber() == 0) {
            return EventHash.GENESIS; // a new consignment: nothing to read, and declarations are the commonest command
        }
        return jdbc.query("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
                        (row, number) -> row.getBytes("metadata"), event.getAggregateIdentifier(), event.getSequenceNumber() - 1)
                .stream().findFirst()
                .flatMap(EventHash::storedHash)
                .orElse(EventHash.GENESIS);
    }
}
