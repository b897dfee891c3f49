package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.actor.Actor;
import org.borderledger.actor.Role;
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
import org.borderledger.support.TransactionFaults;
import org.borderledger.support.TransactionFaults.Fault;
import org.borderledger.support.MachinePostgres;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A command whose database connection is terminated before its handler or between the event store's
 * insert and the commit, or whose transaction fails to serialize: the gateway sends it again a bounded
 * number of times, the events are stored exactly once, and when the connection never holds the
 * person hears that the system is unavailable, promptly.
 */
@SpringBootTest(properties = {
        "borderledger.commands.max-retries=" + TransientCommandFailuresTest.MAX_RETRIES,
        "borderledger.commands.retry-interval-ms=50"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = MachinePostgres.class)
@Import({Commands.class, TransactionFaults.class})
class TransientCommandFailuresTest {

    static final int MAX_RETRIES = 2;
    /** Every attempt waits for its terminated backend to go, then the pool opens a new connection. */
    static final Duration UNAVAILABLE_WITHIN = Duration.ofSeconds(10);

    @Autowired
    Commands commands;
    @Autowired
    ConsoleCommands console;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionFaults faults;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

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
    void aCommandWhoseConnectionAlwaysDropsIsAnsweredUnavailableAfterTheConfiguredAttemptsAndChangesNothing() {
        String id = "CN-DROP-ALWAYS";
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-DROP-ALWAYS")), OFFICER);
        SignedInUser officer = (SignedInUser) users.loadUserByUsername(OFFICER.userId());
        PlaceHoldCommand hold = new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Invoice missing");
        faults.inject(Fault.CONNECTION_DROPPED_BEFORE_COMMIT, id, Integer.MAX_VALUE);

        long started = System.nanoTime();
        CommandOutcome outcome = console.send(hold, officer);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcome.unavailable()).as(outcome.toString()).isTrue();
        assertThat(outcome.message()).contains("temporarily unavailable").contains("nothing was changed");
        assertThat(faults.attempts(id)).isEqualTo(1 + 1 + MAX_RETRIES);
        assertThat(took).isLessThan(UNAVAILABLE_WITHIN);
        assertThat(eventStore.readEvents(id, 0).asStream().count()).isEqualTo(2);
        System.out.printf("Connection dropped on every attempt: %d attempts (max-retries %d), unavailable after %d ms%n",
                faults.attempts(id) - 1, MAX_RETRIES, took.toMillis());

        faults.inject(Fault.CONNECTION_DROPPED_BEFORE_COMMIT, id, 0);
        assertThat(console.send(hold, officer).accepted()).as("the pool recovers by itself").isTrue();
        assertThat(eventStore.readEvents(id, 0).asStream().count()).isEqualTo(3);

        int attemptsBefore = faults.attempts(id);
        assertThat(console.send(hold, officer).staleVersion()).isTrue();
        assertThat(faults.attempts(id)).as("a refusal is answered at once, never sent again").isEqualTo(attemptsBefore + 1);
    }

    @Test
    void theConsolesFormAnswers503TemporarilyUnavailableAndTheStoreIsUnchanged() throws Exception {
        String id = "CN-FAULT-CONSOLE";
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-FAULT-CONSOLE")), OFFICER);
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM consignment_detail WHERE consignment_id = ?", Integer.class, id)).isEqualTo(1));
        faults.inject(Fault.CONNECTION_DROPPED_BEFORE_COMMIT, id, Integer.MAX_VALUE);

        mvc.perform(post("/consignments/" + id + "/hold").param("expectedVersion", "1").param("holdId", "H-1")
                        .param("reason", HoldReason.DOCUMENTS.name()).param("text", "Invoice missing")
                        .with(user(users.loadUserByUsername(OFFICER.userId()))).with(csrf()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("temporarily unavailable")));
        assertThat(eventStore.readEvents(id, 0).asStream().count()).isEqualTo(2);
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
