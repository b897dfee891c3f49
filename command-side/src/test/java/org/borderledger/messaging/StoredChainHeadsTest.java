package org.borderledger.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.borderledger.messaging.api.EventHash;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** A chain head is taken from memory only when this instance committed it, and only for the very next event. */
class StoredChainHeadsTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final StoredChainHeads heads = new StoredChainHeads(jdbc);

    @Test
    void theNextEventAfterACommittedHeadChainsToItWithoutReadingTheStore() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        heads.onCommit(event(4), "hash-4");
        unitOfWork.commit();

        assertThat(heads.hashBefore(event(5))).isEqualTo("hash-4");
        verifyNoInteractions(jdbc);
    }

    @Test
    void aHeadWhoseAppendRolledBackIsNotRemembered() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        heads.onCommit(event(4), "hash-4");
        unitOfWork.rollback();

        assertThat(heads.hashBefore(event(5))).isEqualTo(EventHash.GENESIS); // nothing stored in the mocked store
        verify(jdbc).query(anyString(), any(RowMapper.class), eq("CN-1"), eq(4L));
    }

    @Test
    void afterEventsStoredElsewhereTheStoreIsRead() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        heads.onCommit(event(4), "hash-4");
        unitOfWork.commit();

        heads.hashBefore(event(7)); // events 5 and 6 came from another instance
        verify(jdbc).query(anyString(), any(RowMapper.class), eq("CN-1"), eq(6L));
    }

    private static DomainEventMessage<String> event(long sequenceNumber) {
        return new GenericDomainEventMessage<>("Consignment", "CN-1", sequenceNumber, "payload");
    }
}
