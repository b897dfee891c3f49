package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.TransactionFaults;
import org.borderledger.support.TransactionFaults.Fault;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the console answers when a command's database connection never holds (terminated by PostgreSQL
 * between the event store's insert and the commit on every attempt): after the configured attempts the
 * person hears, promptly, that the system is temporarily unavailable and nothing was changed; the form
 * answers 503. How the gateway sends such commands again is the command side's TransientCommandFailuresTest.
 */
@SpringBootTest(properties = {
        "borderledger.commands.max-retries=" + ConsoleTransientFailuresTest.MAX_RETRIES,
        "borderledger.commands.retry-interval-ms=50"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
@Import({Commands.class, TransactionFaults.class})
class ConsoleTransientFailuresTest {

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

        mvc.perform(ConsignmentForms.action(id, "hold", 1, "holdId", "H-1", "reason", HoldReason.DOCUMENTS.name(),
                        "text", "Invoice missing").with(new PageAccess(mvc, users).as(OFFICER.userId())))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("temporarily unavailable")));
        assertThat(eventStore.readEvents(id, 0).asStream().count()).isEqualTo(2);
    }
}
