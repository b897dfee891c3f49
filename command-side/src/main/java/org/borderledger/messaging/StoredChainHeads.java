package org.borderledger.messaging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.borderledger.messaging.api.EventHash;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a consignment's chain ends in the event store. Read through Spring's JdbcTemplate, so inside the
 * unit of work's transaction: it sees the events this transaction has already appended.
 * <p>
 * Most heads are known without reading the store back (a round trip of every command that is not a
 * declaration). Events chained earlier in the same unit of work are appended in its transaction before
 * the next ones are chained (Axon intercepts the events published while others are stored in further
 * rounds). The heads this instance committed last are kept in memory: a stored event never changes, so
 * the row at a consignment and sequence number, once committed, holds the hash committed with it,
 * whichever instance asks. A head is remembered only after its unit of work committed, and used only for
 * the event with the very next sequence number; after another instance's events (or a rolled-back append)
 * the numbers do not meet and the store is read.
 */
final class StoredChainHeads {

    /** Heads of the consignments used most recently; a few hundred bytes each. */
    private static final int REMEMBERED_HEADS = 10_000;

    private static final String HEADS_OF_UNIT_OF_WORK = StoredChainHeads.class.getName();

    private final JdbcTemplate jdbc;
    private final Cache<String, ChainHead> committedHeads = Caffeine.newBuilder().maximumSize(REMEMBERED_HEADS).build();

    StoredChainHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where the chains that the current unit of work extends end, by consignment, to be updated as events
     * are chained; they are remembered once the unit of work has committed. Outside a unit of work, events
     * are stored right after they are chained, with an outcome not known here: the heads serve those events only.
     */
    Map<String, ChainHead> extendedHeads() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(HEADS_OF_UNIT_OF_WORK, key -> {
            Map<String, ChainHead> heads = new HashMap<>();
            // Commands to one consignment hold its lock until after this, so the last commit is the one remembered.
            unitOfWork.afterCommit(committed -> committedHeads.putAll(heads));
            return heads;
        });
    }

    /**
     * The hash of the stored event right before this one, or {@link EventHash#GENESIS} for the first
     * event of a consignment. Events stored before tamper evidence carry no hash, so the chain starts
     * anew after them; verification reports them as unhashed.
     */
    String hashBefore(DomainEventMessage<?> event, Map<String, ChainHead> extendedHeads) {
        if (event.getSequenceNumber() == 0) {
            return EventHash.GENESIS; // a new consignment: nothing to read, and declarations are the commonest command
        }
        ChainHead known = extendedHeads.getOrDefault(event.getAggregateIdentifier(),
                committedHeads.getIfPresent(event.getAggregateIdentifier()));
        if (known != null && known.sequenceNumber() == event.getSequenceNumber() - 1) {
            return known.hash();
        }
        return jdbc.query("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
                        (row, number) -> row.getBytes("metadata"), event.getAggregateIdentifier(), event.getSequenceNumber() - 1)
                .stream().findFirst()
                .flatMap(EventHash::storedHash)
                .orElse(EventHash.GENESIS);
    }

    /** The event a consignment's chain ends with, and its hash. */
    record ChainHead(long sequenceNumber, String hash) {
    }
}
