package org.borderledger.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.TransitOverdueEvent;
import org.borderledger.support.ApplicationInstance;
import org.borderledger.support.InstanceClient;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.SharedDatabase;
import org.borderledger.support.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * A transit movement's time limit is a deadline kept in the database, not in the memory of the instance
 * that released it: the instance is stopped before the limit, two instances are started on the same
 * database, and when the limit has passed exactly one of them raises the movement overdue.
 */
class TransitDeadlineIT {

    /** From the declaration to the time limit: enough to release the movement and stop the instance. */
    private static final Duration TIME_LIMIT_AHEAD = Duration.ofSeconds(20);
    /** After the limit and both starts: a few polls. */
    private static final Duration OVERDUE_WITHIN = Duration.ofSeconds(15);
    /** Instances poll for due deadlines every second here (10 s by default). */
    private static final String[] SETTINGS = {"--db-scheduler.polling-interval=1s",
            // Released at once: a GREEN channel, never sent to a check at random.
            "--borderledger.screening.random-yellow-share=0", "--borderledger.screening.random-red-share=0"};

    @Test
    void aDeadlinePendingAcrossARestartFiresOnceWithTwoInstances() throws Exception {
        String url = TestDatabases.createDatabase();
        SharedDatabase database = new SharedDatabase(url, TestDatabases.USER, TestDatabases.PASSWORD);
        Instant timeLimit;
        String id;
        try (ApplicationInstance releasing = ApplicationInstance.start("transit-releasing", url, SETTINGS)) {
            InstanceClient client = new InstanceClient(releasing);
            timeLimit = Instant.now().plus(TIME_LIMIT_AHEAD);
            Declaration movement = Declarations.builder(Declarations.transitToSyrym(timeLimit))
                    .reference(Lifecycles.unique("TR")).build();
            InstanceClient.Answer declared = client.declare("o.aliyev", movement);
            assertThat(declared.status()).as(declared.body()).isEqualTo(201);
            id = declared.json().get("id").asText();
            InstanceClient.Answer released = client.change("o.aliyev", id, "/release", 1, "{}");
            assertThat(released.status()).as(released.body()).isEqualTo(200);
            assertThat(released.json().get("status").asText()).isEqualTo("IN_TRANSIT");
            assertThat(database.scheduledDeadlines()).as("the time limit, kept in the database").isOne();
        }
        assertThat(Instant.now()).as("stopped before the time limit").isBefore(timeLimit);

        CompletableFuture<ApplicationInstance> first = CompletableFuture.supplyAsync(() ->
                ApplicationInstance.start("transit-first", url, SETTINGS));
        CompletableFuture<ApplicationInstance> second = CompletableFuture.supplyAsync(() ->
                ApplicationInstance.start("transit-second", url, SETTINGS));
        try {
            CompletableFuture.allOf(first, second).join();
            Duration toTheLimit = Duration.between(Instant.now(), timeLimit);
            await().atMost(OVERDUE_WITHIN.plus(toTheLimit.isNegative() ? Duration.ZERO : toTheLimit))
                    .until(() -> !database.eventsOf(id, TransitOverdueEvent.class).isEmpty());
            // Both poll every second: a few more polls would have raised a second alert.
            Thread.sleep(3000);
            assertThat(database.eventsOf(id, TransitOverdueEvent.class)).as("overdue alerts").singleElement()
                    .satisfies(raised -> assertThat(raised).as("raised at the time limit, not before").isAfterOrEqualTo(timeLimit));
            assertThat(database.scheduledDeadlines()).as("deadlines left").isZero();
        } finally {
            // allOf waits for both starts, so an instance that did start is stopped even if the other did not.
            Stream.of(first, second).filter(start -> !start.isCompletedExceptionally())
                    .forEach(start -> start.join().close());
        }
    }
}
