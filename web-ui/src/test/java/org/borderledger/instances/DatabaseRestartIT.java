package org.borderledger.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.support.ApplicationInstance;
import org.borderledger.support.InstanceClient;
import org.borderledger.support.InstanceClient.Answer;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.SharedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged application on a PostgreSQL that the test stops and starts again (an embedded one on a
 * fixed port and data directory, so the application sees the same server come back). During the
 * outage a declaration is answered 503 {@code UNAVAILABLE} quickly and changes nothing; afterwards the
 * application recovers by itself and its processors go on from their tokens.
 */
class DatabaseRestartIT {

    private static final int DECLARATIONS_PER_PHASE = 12;
    private static final int DECLARATIONS_DURING_OUTAGE = 4;
    /** Hikari waits 5 s for a connection; the answer may take that and a little more, never much longer. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(8);
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private final List<String> accepted = new ArrayList<>();

    @Test
    void commandsFailFastDuringTheOutageAndTheApplicationRecoversByItself() throws Exception {
        int port = freePort();
        Path dataDirectory = Paths.get(System.getProperty("borderledger.it.logs", "target/it-logs"))
                .resolveSibling("it-postgres-" + UUID.randomUUID());
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = embedded(port, dataDirectory);
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        SharedDatabase database = new SharedDatabase(url, "postgres", "");
        try (ApplicationInstance application = ApplicationInstance.start("instance-db-restart", url)) {
            InstanceClient api = new InstanceClient(application);
            declareAll(api, "before");
            long storedBeforeTheOutage = database.eventsStored();

            postgres.close();
            List<Answer> duringTheOutage = new ArrayList<>();
            Duration slowestRefusal = Duration.ZERO;
            for (int i = 0; i < DECLARATIONS_DURING_OUTAGE; i++) {
                long start = System.nanoTime();
                duringTheOutage.add(api.declare("o.aliyev", declaration("outage-" + i)));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(took).isLessThan(FAIL_FAST);
                slowestRefusal = took.compareTo(slowestRefusal) > 0 ? took : slowestRefusal;
            }
            assertThat(duringTheOutage).allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.json().get("code").asText()).isEqualTo("UNAVAILABLE");
                assertThat(answer.json().get("detail").asText()).contains("temporarily unavailable");
            });

            postgres = embedded(port, dataDirectory);
            long restarted = System.nanoTime();
            application.awaitReady(RECOVERY);
            assertThat(database.eventsStored()).as("events after the refused declarations").isEqualTo(storedBeforeTheOutage);
            await().atMost(RECOVERY).untilAsserted(() -> assertThat(declare(api, "recovery").status()).isEqualTo(201));
            Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);
            declareAll(api, "after");

            assertThat(database.withoutTheirEvents(accepted)).as("accepted declarations without their events").isEmpty();
            int diverged = database.rowsDivergedFromARebuild(application);
            assertThat(diverged).as("projection rows that differ from a rebuild").isZero();
            assertThat(database.timelineRows()).isEqualTo(database.eventsStored());

            System.out.printf("DatabaseRestartIT: commands driven %d, restarts survived 1, failed during the outage %d "
                            + "(all 503 UNAVAILABLE, slowest answer %d ms), accepting again %d ms after the restart, "
                            + "events stored %d, events lost 0, rows diverged %d%n",
                    accepted.size() + DECLARATIONS_DURING_OUTAGE, duringTheOutage.size(), slowestRefusal.toMillis(),
                    recovery.toMillis(), database.eventsStored(), diverged);
        } finally {
            postgres.close();
            FileSystemUtils.deleteRecursively(dataDirectory);
        }
    }

    private void declareAll(InstanceClient api, String phase) throws IOException, InterruptedException {
        for (int i = 0; i < DECLARATIONS_PER_PHASE; i++) {
            assertThat(declare(api, phase + "-" + i).status()).isEqualTo(201);
        }
    }

    private Answer declare(InstanceClient api, String name) {
        try {
            Answer answer = api.declare("o.aliyev", declaration(name));
            if (answer.status() == 201) {
                accepted.add(answer.json().get("id").asText());
            }
            return answer;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every third declaration goes to the sanctioned consignee, so screening holds it. */
    private static Declaration declaration(String name) {
        String reference = "DR-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.hashCode() % 3 == 0 ? Lifecycles.toASanctionedConsignee(reference)
                : Declarations.builder().reference(reference).build();
    }

    private static EmbeddedPostgres embedded(int port, Path dataDirectory) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
