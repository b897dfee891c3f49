package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.CommandSideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshDatabase;
import org.borderledger.support.TransactionFaults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The consignment cache of one instance while another instance, which it knows nothing of, appends to
 * the same store (simulated by appending through the event store behind the repository's back).
 * Commands are sent without the application's retries: a command decided on a stale cached copy would
 * fail on the store's unique key instead of being answered, so each command here must be answered
 * from what the store holds at its first attempt.
 */
@SpringBootTest(classes = CommandSideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshDatabase.class)
@Import(TransactionFaults.class)
class CachedConsignmentsTest {

    static final Actor OTHER_INSTANCES_SUPERVISOR = new Actor("s.bekova", Role.SUPERVISOR, "Kurmangazy");

    Commands commands;
    @Autowired
    CommandBus commandBus;
    @Autowired
    EventStore eventStore;
    @Autowired
    Cache consignmentCache;
    @Autowired
    TransactionFaults faults;

    @BeforeEach
    void sendWithoutRetries() {
        commands = new Commands(DefaultCommandGateway.builder().commandBus(commandBus).build());
    }

    @Test
    void aCommandIsDecidedOnWhatTheStoreHoldsNotOnTheCachedCopy() {
        String id = "CN-CACHE-BEHIND";
        ConsignmentStatus clearance = declare(id);

        appendOnAnotherInstance(id, 2, "H-9", clearance);
        commands.send(new PlaceHoldCommand(id, 2, "H-1", HoldReason.DOCUMENTS, "Invoice missing"), OFFICER);

        appendOnAnotherInstance(id, 4, "H-10", clearance);
        assertThatThrownBy(() -> commands.send(
                new PlaceHoldCommand(id, 3, "H-2", HoldReason.DOCUMENTS, "Packing list missing"), OFFICER))
                .isInstanceOfSatisfying(ConsignmentRejectedException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(RejectionCode.STALE_VERSION);
                    assertThat(refused.details()).containsEntry("currentVersion", "4")
                            .containsEntry("changedBy", OTHER_INSTANCES_SUPERVISOR.userId());
                });

        assertThat(holdsStored(id)).containsExactly("H-9", "H-1", "H-10");
    }

    @Test
    void aCommandThatLosesTheAppendToAnotherInstanceLeavesNothingInTheCache() {
        String id = "CN-CACHE-ROLLBACK";
        ConsignmentStatus clearance = declare(id);
        faults.overtake(id, () -> appendOnAnotherInstance(id, 2, "H-9", clearance));

        // The handler added hold H-1 to the cached consignment before its append lost.
        assertThatThrownBy(() -> commands.send(
                new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Invoice missing"), OFFICER))
                .isNotInstanceOf(ConsignmentRejectedException.class);
        assertThat(consignmentCache.containsKey(id)).isFalse();

        // Version 2 is the store's too: only the eviction keeps the lost H-1 from refusing this as a duplicate.
        commands.send(new PlaceHoldCommand(id, 2, "H-1", HoldReason.DOCUMENTS, "Invoice missing"), OFFICER);
        assertThat(holdsStored(id)).containsExactly("H-9", "H-1");
    }

    /** Declares the consignment, which leaves it cached at version 1, and returns where it stands in its checks. */
    private ConsignmentStatus declare(String id) {
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-" + id)), OFFICER);
        assertThat(consignmentCache.containsKey(id)).as("cached by its declaration").isTrue();
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id, 0).asStream().toList();
        assertThat(events).hasSize(2);
        return ((ConsignmentEvent) events.get(1).getPayload()).status();
    }

    private void appendOnAnotherInstance(String id, long sequenceNumber, String holdId, ConsignmentStatus clearance) {
        eventStore.publish(new GenericDomainEventMessage<>("Consignment", id, sequenceNumber,
                new HoldPlacedEvent(id, holdId, HoldReason.RISK_INTELLIGENCE, "Placed on the other instance", false,
                        OTHER_INSTANCES_SUPERVISOR.userId(), clearance, ConsignmentStatus.HELD),
                OTHER_INSTANCES_SUPERVISOR.asMetaData()));
    }

    private List<String> holdsStored(String id) {
        return eventStore.readEvents(id, 0).asStream().map(DomainEventMessage::getPayload)
                .filter(HoldPlacedEvent.class::isInstance).map(hold -> ((HoldPlacedEvent) hold).holdId()).toList();
    }
}
