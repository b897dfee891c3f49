package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.CommandSideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
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
import org.borderledger.support.TransactionFaults.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * A command whose database connection is terminated before its handler or between the event store's
 * insert and the commit, or whose transaction fails to serialize: the gateway sends it again a bounded
 * number of times and the events are stored exactly once; an append that loses to another instance is
 * sent again and told who changed the consignment. (What the console answers when the connection never
 * holds is the web's ConsoleTransientFailuresTest.)
 */
@SpringBootTest(classes = CommandSideTestApplication.class, properties = {
        "borderledger.commands.max-retries=" + TransientCommandFailuresTest.MAX_RETRIES,
        "borderledger.commands.retry-interval-ms=50"})
@ContextConfiguration(initializers = FreshDatabase.class)
@Import({Commands.class, TransactionFaults.class})
class TransientCommandFailuresTest {

    static final int MAX_RETRIES = 2;

    @Autowired
    Commands commands;
    @Autowired
    TransactionFaults faults;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aCommandThatMeetsATransientFaultIsSentAgainAndStoredExactlyOnce(Fault fault) {
        String id = "CN-FAULT-" + fault.ordinal();
        faults.inject(fault, id, 1);
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-FAULT-" + fault.ordinal())),
                OFFICER);
        assertThat(faults.attempts(id)).isEqualTo(2);

        faults.inject(fault, id, 1);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Invoice missing"), OFFICER);
        assertThat(faults.attempts(id)).isEqualTo(4);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id, 0).asStream().toList();
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(events).filteredOn(e -> e.getPayload() instanceof ConsignmentDeclaredEvent).hasSize(1);
        assertThat(events).filteredOn(e -> e.getPayload() instanceof HoldPlacedEvent).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM declaration_reference WHERE consignment_id = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void anAppendThatLosesToAnotherInstanceIsSentAgainAndToldWhoChangedTheConsignment() {
        String id = "CN-FAULT-RIVAL";
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-FAULT-RIVAL")), OFFICER);
        ConsignmentStatus cleared = ((ConsignmentEvent) eventStore.readEvents(id, 0).asStream()
                .reduce((first, second) -> second).orElseThrow().getPayload()).status();
        Actor otherSupervisor = new Actor("s.bekova", Role.SUPERVISOR, "Kurmangazy");
        faults.overtake(id, () -> eventStore.publish(new GenericDomainEventMessage<>("Consignment", id, 2,
                new HoldPlacedEvent(id, "H-9", HoldReason.RISK_INTELLIGENCE, "Placed on the other instance", false,
                        otherSupervisor.userId(), cleared, ConsignmentStatus.HELD), otherSupervisor.asMetaData())));

        assertThatThrownBy(() -> commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Invoice missing"),
                OFFICER)).isInstanceOfSatisfying(ConsignmentRejectedException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(RejectionCode.STALE_VERSION);
                    assertThat(refused.details()).containsEntry("changedBy", otherSupervisor.userId())
                            .containsEntry("currentVersion", "2");
                });
        assertThat(faults.attempts(id)).as("declaration, lost append, retry").isEqualTo(3);
        assertThat(eventStore.readEvents(id, 0).asStream().toList()).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(0L, 1L, 2L);
        assertThat(eventStore.readEvents(id, 0).asStream().map(DomainEventMessage::getPayload).toList()).last()
                .isInstanceOfSatisfying(HoldPlacedEvent.class, hold -> assertThat(hold.holdId()).isEqualTo("H-9"));
    }
}
