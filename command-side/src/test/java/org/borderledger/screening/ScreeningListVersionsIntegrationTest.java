package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.CommandSideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.Measure;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListFileDigest;
import org.borderledger.screening.api.ListSource;
import org.borderledger.screening.api.PublishScreeningListCommand;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The register on the machine's PostgreSQL: the shipped lists published at start, a publication
 * seen by screening and by other instances (each a {@link RegisteredScreeningListVersions} of its own
 * over the shared event store), and instances starting together on an empty register.
 */
@SpringBootTest(classes = CommandSideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "borderledger.screening.list-check-interval-ms=0")
@ContextConfiguration(initializers = FreshDatabase.class)
@Import(Commands.class)
// Its own database, closed with the class: it is used by no other test, and its connections go back.
@DirtiesContext
class ScreeningListVersionsIntegrationTest {

    static final Actor ADMIN = new Actor("admin", Role.ADMIN, "HQ");

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway gateway;
    @Autowired
    Commands commands;
    @Autowired
    ScreeningListVersions versions;
    @Autowired
    ScreeningService screening;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSystemPublishedTheShippedListsAtStart() {
        DomainEventMessage<?> first = eventStore.readEvents(PublishScreeningListCommand.REGISTER_ID, 0).next();
        ScreeningListPublishedEvent event = (ScreeningListPublishedEvent) first.getPayload();

        assertThat(Actor.from(first.getMetaData())).contains(Actor.SYSTEM);
        assertThat(event.version()).matches("\\d{4}\\.\\d{2}\\.\\d{2}-1");
        assertThat(event.previousVersion()).isNull();
        assertThat(event.added()).isEqualTo(ShippedLists.load().stream()
                .mapToInt(list -> list.parties().size() + list.measures().size()).sum());
        assertThat(versions.publications().get(0)).isEqualTo(event);
    }

    @Test
    void aPublicationIsScreenedAgainstAtOnceHereAndSeenByEveryOtherInstance() {
        RegisteredScreeningListVersions other = new RegisteredScreeningListVersions(eventStore, 0);
        String before = other.inForce().version();
        Declaration toys = Declarations.builder().toDestination("RU").goods(Declarations.goodsLine(1, "9503001000")).build();
        assertThat(screening.screen("CN-TOYS-1", toys).hits()).isEmpty();

        String published = publishWithToysBanned("TOYS-BAN-1");

        assertThat(published).isNotEqualTo(before);
        assertThat(other.inForce().version()).isEqualTo(published);
        assertThat(screening.versionInForce()).isEqualTo(published);
        assertThat(screening.screen("CN-TOYS-1", toys).hits())
                .singleElement().isInstanceOfSatisfying(ScreeningHit.GoodsHit.class,
                        hit -> assertThat(hit.entryId()).isEqualTo("TOYS-BAN-1"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?",
                Long.class, PublishScreeningListCommand.REGISTER_ID)).as("the register's snapshot").isEqualTo(1);
        // an instance started now folds every version from the events alone (snapshots are left out)
        RegisteredScreeningListVersions started = new RegisteredScreeningListVersions(eventStore, 0);
        assertThat(started.publications()).isEqualTo(versions.publications());
        assertThat(started.inForce()).isEqualTo(versions.inForce());
        assertThat(started.version(before)).isEqualTo(versions.version(before)).isPresent();
        assertThat(started.version(before).orElseThrow().goodsMeasures())
                .extracting(GoodsMeasure::measureId).doesNotContain("TOYS-BAN-1");
    }

    @Test
    void aRescreenNamingAVersionPublishedElsewhereReadsItAtOnce() {
        RegisteredScreeningListVersions slow = new RegisteredScreeningListVersions(eventStore, 3_600_000);
        String before = slow.inForce().version();

        String published = publishWithToysBanned("TOYS-BAN-2");

        assertThat(slow.inForce().version()).as("not asked again within the interval").isEqualTo(before);
        ScreeningService elsewhere = new ScreeningService(slow, Clock.systemUTC(), RandomCheckPolicy.NONE, new PartyMatcher());
        assertThat(elsewhere.versionInForce(published)).isEqualTo(published);
    }

    @Test
    @DirtiesContext // the register's events are deleted: the context's versions must not be reused
    void instancesStartingTogetherOnAnEmptyRegisterEndWithOneFirstVersion() throws Exception {
        jdbc.update("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?", PublishScreeningListCommand.REGISTER_ID);
        jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ?", PublishScreeningListCommand.REGISTER_ID);
        List<RegisteredScreeningListVersions> instances = new ArrayList<>();
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        CountDownLatch together = new CountDownLatch(1);
        for (int i = 0; i < 3; i++) {
            RegisteredScreeningListVersions instance = new RegisteredScreeningListVersions(eventStore, 0);
            instances.add(instance);
            starts.add(CompletableFuture.runAsync(() -> {
                try {
                    together.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ScreeningListBootstrap.publishShippedListsIfNoneWere(eventStore, gateway, instance);
            }));
        }
        together.countDown();
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, PublishScreeningListCommand.REGISTER_ID)).isEqualTo(1);
        assertThat(instances).extracting(v -> v.inForce().version()).containsOnly(instances.get(0).inForce().version());
    }

    /** Publishes the goods measures in force with one more: a ban on toys (HS 9503) bound for Russia. */
    private String publishWithToysBanned(String measureId) {
        List<GoodsMeasure> measures = new ArrayList<>(versions.inForce().goodsMeasures());
        measures.add(new GoodsMeasure(measureId, "TEST", "9503", Set.of(CountryCode.of("RU")), Set.of(), Set.of(), Set.of(), Measure.BAN,
                "Invented for a test", "Toys", LocalDate.of(2020, 1, 1), null));
        ImportedList goods = new ImportedList(ListSource.GOODS_MEASURES,
                List.of(new ListFileDigest("goods-measures.csv", "0".repeat(64), 100)), List.of(), measures);
        String version = commands.send(new PublishScreeningListCommand(List.of(goods)), ADMIN);
        // the register, loaded from its snapshot after the first publication, counts against the version in force
        ScreeningListPublishedEvent published = versions.publications().get(versions.publications().size() - 1);
        assertThat(published.version()).isEqualTo(version);
        assertThat(List.of(published.added(), published.changed(), published.removed())).containsExactly(1, 0, 0);
        return version;
    }
}
