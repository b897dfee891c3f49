package org.borderledger.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.HttpCookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.support.ApplicationInstance;
import org.borderledger.support.InstanceClient;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.SharedDatabase;
import org.borderledger.support.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged application on one PostgreSQL. The first to start claims every
 * segment of every projection (a pooled processor takes all it finds free); once the second is up
 * the first releases half of them, so each projects half the consignments, and each console's live
 * stream shows the changes the other projected. The first is then killed with SIGKILL in the middle
 * of the load; the second takes over its segments once their claims expire and keeps all of them,
 * and nothing accepted is lost or handled twice.
 */
class SeveralInstancesIT {

    private static final int CLIENTS = 4;
    private static final int DECLARATIONS_PER_PHASE = 24;
    private static final Duration TAKEOVER = Duration.ofSeconds(60);
    /** The instances delete expired sessions every 2 s in these tests (ApplicationInstance). */
    private static final Duration SESSION_CLEANUP = Duration.ofSeconds(10);

    private final Map<String, ApplicationInstance> acceptedOn = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> driven = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> unanswered = new ConcurrentHashMap<>();

    @Test
    void theSurvivorTakesOverTheKilledInstancesSegmentsAndNothingIsLostOrDoubled() throws Exception {
        String url = TestDatabases.createDatabase();
        SharedDatabase database = new SharedDatabase(url, TestDatabases.USER, TestDatabases.PASSWORD);
        try (ApplicationInstance killed = ApplicationInstance.start("instance-killed", url)) {
            await().atMost(TAKEOVER).untilAsserted(() -> ApplicationInstance.PROCESSING_GROUPS.forEach(group ->
                    assertThat(database.owners(group)).hasSize(4).allMatch(killed::owns)));
            try (ApplicationInstance survivor = ApplicationInstance.start("instance-survivor", url)) {
                long startedAt = System.nanoTime();
                await().atMost(TAKEOVER).untilAsserted(() -> ApplicationInstance.PROCESSING_GROUPS.forEach(group ->
                        assertThat(database.owners(group)).filteredOn(survivor::owns).hasSize(2)));
                Duration split = Duration.ofNanos(System.nanoTime() - startedAt);
                Set<String> seenLiveOnSurvivor = ConcurrentHashMap.newKeySet();
                new InstanceClient(survivor).signIn("o.aliyev")
                        .watchLiveChanges(change -> seenLiveOnSurvivor.add(change.get("consignmentId").asText()));

                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                AtomicBoolean stop = new AtomicBoolean();
                List<Future<?>> load = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    List<ApplicationInstance> targets = client % 2 == 0 ? List.of(killed, survivor) : List.of(survivor, killed);
                    load.add(clients.submit(() -> drive(targets, stop)));
                }
                await().atMost(TAKEOVER).untilAsserted(() -> assertThat(acceptedOn).hasSizeGreaterThanOrEqualTo(DECLARATIONS_PER_PHASE));

                // Half the projection rows so far were written by the instance about to die, yet the survivor's console saw each change.
                ApplicationInstance.PROCESSING_GROUPS.forEach(group ->
                        assertThat(database.owners(group)).filteredOn(killed::owns).hasSize(2));
                Set<String> beforeTheKill = Set.copyOf(acceptedOn.keySet());
                await().untilAsserted(() -> assertThat(seenLiveOnSurvivor).containsAll(beforeTheKill));
                assertThat(beforeTheKill).anyMatch(id -> acceptedOn.get(id) == killed);

                killed.kill();
                assertThat(killed.isAlive()).isFalse();
                int acceptedAtTheKill = acceptedOn.size();

                long killedAt = System.nanoTime();
                await().atMost(TAKEOVER).untilAsserted(() -> ApplicationInstance.PROCESSING_GROUPS.forEach(group ->
                        assertThat(database.owners(group)).hasSize(4).allMatch(survivor::owns)));
                Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
                await().atMost(TAKEOVER).untilAsserted(() ->
                        assertThat(acceptedOn.size()).isGreaterThanOrEqualTo(acceptedAtTheKill + DECLARATIONS_PER_PHASE));
                stop.set(true);
                clients.shutdown();
                assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
                for (Future<?> client : load) {
                    client.get();
                }
                assertThat(unanswered).as("requests left unanswered, by instance").doesNotContainKey(survivor.name());

                assertThat(database.withoutTheirEvents(acceptedOn.keySet())).as("accepted declarations without their events").isEmpty();
                await().untilAsserted(() -> assertThat(seenLiveOnSurvivor).containsAll(acceptedOn.keySet()));
                int diverged = database.rowsDivergedFromARebuild(survivor);
                assertThat(diverged).as("projection rows that differ from a rebuild").isZero();
                assertThat(database.timelineRows()).isEqualTo(database.eventsStored());

                System.out.printf("SeveralInstancesIT: segments split half each %d ms after the second was ready, "
                                + "commands driven %s, unanswered %s, accepted %d, instances killed 1, "
                                + "every segment taken over %d ms after the kill, events stored %d, events lost 0, rows diverged %d%n",
                        split.toMillis(), driven, unanswered, acceptedOn.size(), takeover.toMillis(), database.eventsStored(), diverged);
            }
        }
    }

    /**
     * Behind a load balancer a browser's requests land on either instance: a console session signed in
     * on one is served by the other, and signed out on the other it is refused by the first. A session
     * left idle past its timeout is deleted by the instances' cleanup without anyone's request.
     */
    @Test
    void aConsoleSessionIsServedByEitherInstanceUntilSignedOutOrExpired() throws Exception {
        String url = TestDatabases.createDatabase();
        SharedDatabase database = new SharedDatabase(url, TestDatabases.USER, TestDatabases.PASSWORD);
        try (ApplicationInstance first = ApplicationInstance.start("sessions-first", url);
             ApplicationInstance second = ApplicationInstance.start("sessions-second", url)) {
            InstanceClient onFirst = new InstanceClient(first).signIn("s.karimov");
            InstanceClient onSecond = onFirst.on(second);

            InstanceClient.Answer queue = onSecond.get("/holds");
            assertThat(queue.status()).as("a supervisor's page on the instance that did not sign them in").isEqualTo(200);
            assertThat(queue.body()).contains("Serik Karimov");
            assertThat(database.sessionsOf("s.karimov")).isOne();

            HttpCookie session = onSecond.cookie("SESSION").orElseThrow();
            InstanceClient.Answer signOut = onSecond.submit("/holds", "/logout");
            assertThat(signOut.status()).isEqualTo(302);
            assertThat(onSecond.cookie("SESSION")).as("the cookie is expired by the sign-out").isEmpty();
            assertThat(database.sessionsOf("s.karimov")).isZero();
            // Refused: 401, as to any client that does not ask for HTML (a browser is sent to the sign-in page).
            assertThat(InstanceClient.presenting(session, first).get("/holds").status())
                    .as("the signed-out cookie on the first instance").isEqualTo(401);

            InstanceClient idle = new InstanceClient(second).signIn("o.aliyev");
            assertThat(idle.get("/consignments").status()).isEqualTo(200);
            database.expireSessionsOf("o.aliyev");
            await().atMost(SESSION_CLEANUP).untilAsserted(() -> assertThat(database.sessionsOf("o.aliyev")).isZero());
            assertThat(idle.on(first).get("/consignments").status()).as("the expired session on the other instance").isEqualTo(401);
        }
    }

    /**
     * One client: declarations in turn to each live instance, every third to the sanctioned consignee
     * so screening holds it. A request to an instance that dies gets no answer and is not counted as accepted.
     */
    private void drive(List<ApplicationInstance> targets, AtomicBoolean stop) {
        int sent = 0;
        while (!stop.get()) {
            ApplicationInstance target = targets.get(sent % targets.size());
            if (!target.isAlive()) {
                target = targets.stream().filter(ApplicationInstance::isAlive).findFirst().orElseThrow();
            }
            String reference = "SI-" + UUID.randomUUID().toString().substring(0, 13);
            Declaration declaration = sent % 3 == 0 ? Lifecycles.toASanctionedConsignee(reference)
                    : Declarations.builder().reference(reference).build();
            sent++;
            count(driven, target);
            try {
                InstanceClient.Answer answer = new InstanceClient(target).declare("o.aliyev", declaration);
                if (answer.status() == 201) {
                    acceptedOn.put(answer.json().get("id").asText(), target);
                } else {
                    throw new AssertionError(target.name() + " answered " + answer.status() + ": " + answer.body());
                }
            } catch (IOException cutOff) {
                count(unanswered, target);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void count(Map<String, AtomicInteger> counts, ApplicationInstance instance) {
        counts.computeIfAbsent(instance.name(), name -> new AtomicInteger()).incrementAndGet();
    }
}
