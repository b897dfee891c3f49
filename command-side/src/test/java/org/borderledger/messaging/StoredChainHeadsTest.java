package org.borderledger.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.borderledger.messaging.StoredChainHeads.ChainHead;
import org.borderledger.messaging.api.EventHash;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * A chain head is taken from memory only when this unit of work chained it or this instance committed it,
 * and only for the very next event; otherwise the store is read.
 */
class StoredChainHeadsTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final StoredChainHeads heads = new StoredChainHeads(jdbc);

    @Test
    void eventsOfOneUnitOfWorkChainInMemoryAcrossItsRoundsOfPublication() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        heads.extendedHeads().put("CN-1", new ChainHead(2, "hash-2"));

        assertThat(heads.hashBefore(event(3), heads.extendedHeads())).isEqualTo("hash-2");
        verifyNoInteractions(jdbc);
        unitOfWork.rollback();
    }

    @Test
    void theNextCommandAfterACommittedHeadChainsToItWithoutReadingTheStore() {
        chainAndEnd(4, unitOfWork -> unitOfWork.commit());

        assertThat(nextUnitOfWorksHashBefore(event(5))).isEqualTo("hash-4");
        verifyNoInteractions(jdbc);
    }

    @Test
    void aHeadWhoseUnitOfWorkRolledBackIsNotRemembered() {
        chainAndEnd(4, unitOfWork -> unitOfWork.rollback());

        assertThat(nextUnitOfWorksHashBefore(event(5))).isEqualTo(EventHash.GENESIS); // nothing in the mocked store
        verify(jdbc).query(anyString(), any(RowMapper.class), eq("CN-1"), eq(4L));
    }

    @Test
    void afterEventsStoredElsewhereTheStoreIsRead() {
        chainAndEnd(4, unitOfWork -> unitOfWork.commit());

        nextUnitOfWorksHashBefore(event(7)); // events 5 and 6 came from another instance
        verify(jdbc).query(anyString(), any(RowMapper.class), eq("CN-1"), eq(6L));
    }

    private void chainAndEnd(long sequenceNumber, Consumer<UnitOfWork<?>> end) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        heads.extendedHeads().put("CN-1", new ChainHead(sequenceNumber, "hash-" + sequenceNumber));
        end.accept(unitOfWork);
    }

    private String nextUnitOfWorksHashBefore(DomainEventMessage<?> event) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            Map<String, ChainHead> extended = heads.extendedHeads();
            assertThat(extended).isEmpty();
            return heads.hashBefore(event, extended);
        } finally {
            unitOfWork.rollback();
        }
    }

    private static DomainEventMessage<String> event(long sequenceNumber) {
        return new GenericDomainEventMessage<>("Consignment", "CN-1", sequenceNumber, "payload");
    }
}
