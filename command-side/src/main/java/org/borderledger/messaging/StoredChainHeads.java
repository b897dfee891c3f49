package org.borderledger.messaging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.borderledger.messaging.api.EventHash;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a consignment's chain ends in the event store. Read through Spring's JdbcTemplate, so inside the
 * unit of work's transaction: it sees the events this transaction has already appended.
 * <p>
 * The heads this instance committed last are also kept in memory, so that the next command to a consignment
 * does not read its previous event back (a round trip of every command that is not a declaration). That is
 * safe because a stored event never changes: the row at a consignment and sequence number, once committed,
 * holds the hash that was committed with it, whichever instance asks. A head is remembered only after its
 * unit of work committed, and used only for the event with the very next sequence number; after another
 * instance's events (or a rolled-back append) the numbers do not meet and the store is read.
 */
final class StoredChainHeads {

    /** Heads of the consignments used most recently; a few hundred bytes each. */
    private static final int REMEMBERED_HEADS = 10_000;

    private final JdbcTemplate jdbc;
    private final Cache<String, ChainHead> committedHeads = Caffeine.newBuilder().maximumSize(REMEMBERED_HEADS).build();

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
        ChainHead committed = committedHeads.getIfPresent(event.getAggregateIdentifier());
        if (committed != null && committed.sequenceNumber() == event.getSequenceNumber() - 1) {
            return committed.hash();
        }
        return jdbc.query("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
                        (row, number) -> row.getBytes("metadata"), event.getAggregateIdentifier(), event.getSequenceNumber() - 1)
                .stream().findFirst()
                .flatMap(EventHash::storedHash)
                .orElse(EventHash.GENESIS);
    }

    /**
     * Remembers that this event ends its consignment's chain once the unit of work that stores it has committed.
     * Commands to one consignment hold its lock until after that, so the last commit is the one remembered.
     * Outside a unit of work nothing is remembered: the append's outcome is not known here.
     */
    void onCommit(DomainEventMessage<?> event, String hash) {
        ChainHead head = new ChainHead(event.getSequenceNumber(), hash);
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().afterCommit(
                committed -> committedHeads.put(event.getAggregateIdentifier(), head)));
    }

    private record ChainHead(long sequenceNumber, String hash) {
    }
}
