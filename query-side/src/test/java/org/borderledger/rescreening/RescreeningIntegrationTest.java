package org.borderledger.rescreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.holds.api.FetchHeldGoodsQuery;
import org.borderledger.holds.api.HeldGoods;
import org.borderledger.holds.api.HeldGoodsPage;
import org.borderledger.holds.api.HeldGoodsSort;
import org.borderledger.rescreening.api.FetchRescreeningOutcomesQuery;
import org.borderledger.rescreening.api.FetchRescreeningProgressQuery;
import org.borderledger.rescreening.api.RescreeningOutcome;
import org.borderledger.rescreening.api.RescreeningProgress;
import org.borderledger.screening.ScreeningListVersions;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.ListPublications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A publication re-screens every open consignment against the new version, on the machine's
 * PostgreSQL, through the process, the workers and the aggregate: new hits raise the channel or place an
 * automatic hold, the supervisors' queue shows the hold, closed consignments are left alone, and the
 * run's progress and outcomes say so.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "borderledger.screening.random-yellow-share=0", "borderledger.screening.random-red-share=0",
        "borderledger.rescreening.poll-interval=100ms"})
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@DirtiesContext // a configuration of its own, used by no other class: its connections go back at once
@Import(Commands.class)
class RescreeningIntegrationTest {

    static final Duration RUN = Duration.ofSeconds(30);

    @Autowired
    Commands commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    ScreeningListVersions versions;

    @Test
    void aPublicationReScreensOpenConsignmentsRaisesChannelsPlacesHoldsAndLeavesClosedOnesAlone() {
        await().atMost(RUN).untilAsserted(() -> assertThat(versions.publications()).isNotEmpty());
        String toDeniedParty = declare(ListPublications.toTheNewDeniedParty(Lifecycles.unique("RS-PARTY")));
        String monitored = declare(ListPublications.monitoredByTheNewMeasure(Lifecycles.unique("RS-GOODS")));
        String untouched = declare(ListPublications.untouched(Lifecycles.unique("RS-NONE")));
        String released = declare(ListPublications.untouched(Lifecycles.unique("RS-CLOSED")));
        commands.send(new ReleaseConsignmentCommand(released, 1, "Released at lane 2"), OFFICER);
        int published = versions.publications().size();

        commands.send(ListPublications.withNewEntries("a"), ListPublications.ADMIN);

        await().atMost(RUN).untilAsserted(() -> assertThat(versions.publications()).hasSize(published + 1));
        String version = versions.publications().get(published).version();
        await().atMost(RUN).untilAsserted(() -> assertThat(progress(version)).satisfies(progress -> {
            assertThat(progress.publishedBy()).isEqualTo("admin");
            assertThat(progress.pending()).isZero();
            assertThat(progress.failed()).isZero();
        }));
        assertThat(progress(version).done()).as("tasks done, among them the three open consignments of this test")
                .isGreaterThanOrEqualTo(3);

        assertThat(screenings(toDeniedParty, version)).singleElement().satisfies(screened -> {
            assertThat(screened.previousChannel()).isEqualTo(Channel.GREEN);
            assertThat(screened.channel()).isEqualTo(Channel.RED);
        });
        assertThat(screenings(monitored, version)).singleElement()
                .satisfies(screened -> assertThat(screened.channel()).isEqualTo(Channel.YELLOW));
        assertThat(screenings(untouched, version)).singleElement()
                .satisfies(screened -> assertThat(screened.channel()).isEqualTo(Channel.GREEN));
        assertThat(screenings(released, version)).as("a released consignment is not screened again").isEmpty();

        await().untilAsserted(() -> assertThat(outcomes(version)).extracting(RescreeningOutcome::consignmentId)
                .contains(toDeniedParty, monitored).doesNotContain(untouched, released));
        RescreeningOutcome held = outcome(version, toDeniedParty);
        assertThat(held.channelRaised()).isTrue();
        assertThat(held.holdReason()).isEqualTo(HoldReason.SANCTIONS_MATCH);
        assertThat(held.newHits()).singleElement().isInstanceOfSatisfying(ScreeningHit.PartyHit.class,
                hit -> assertThat(hit.entryId()).isEqualTo(ListPublications.NEW_PARTY_ENTRY));
        RescreeningOutcome raised = outcome(version, monitored);
        assertThat(raised.previousChannel()).isEqualTo(Channel.GREEN);
        assertThat(raised.channel()).isEqualTo(Channel.YELLOW);
        assertThat(raised.holdReason()).isNull();
        assertThat(raised.newHits()).singleElement().isInstanceOfSatisfying(ScreeningHit.GoodsHit.class,
                hit -> assertThat(hit.entryId()).isEqualTo(ListPublications.NEW_MEASURE_ENTRY));

        await().untilAsserted(() -> assertThat(heldGoods()).anySatisfy(hold -> {
            assertThat(hold.consignmentId()).isEqualTo(toDeniedParty);
            assertThat(hold.automatic()).isTrue();
            assertThat(hold.reason()).isEqualTo(HoldReason.SANCTIONS_MATCH);
        }));
    }

    /** Publishes lists unrelated to the other test's declarations, so that the tests may run in either order. */
    @Test
    void twoPublicationsInARowEndWithEveryOpenConsignmentScreenedOnceAgainstTheNewest() {
        await().atMost(RUN).untilAsserted(() -> assertThat(versions.publications()).isNotEmpty());
        String open = declare(ListPublications.untouched(Lifecycles.unique("RS-TWICE")));
        int published = versions.publications().size();

        commands.send(ListPublications.withAnUnrelatedParty("b"), ListPublications.ADMIN);
        commands.send(ListPublications.withAnUnrelatedParty("c"), ListPublications.ADMIN);

        await().atMost(RUN).untilAsserted(() -> assertThat(versions.publications()).hasSize(published + 2));
        String newest = versions.publications().get(published + 1).version();
        await().atMost(RUN).untilAsserted(() -> assertThat(progress(newest).pending()).isZero());
        assertThat(screenings(open, newest)).hasSize(1);
        String between = versions.publications().get(published).version();
        assertThat(progress(between).pending()).as("the older run: done or left to the newer version").isZero();
        assertThat(screenings(open, between)).as("against the version in between: once, or not at all").hasSizeLessThan(2);
    }

    private String declare(Declaration declaration) {
        String id = Lifecycles.unique("C");
        commands.send(new DeclareConsignmentCommand(id, declaration), Lifecycles.OFFICER);
        return id;
    }

    private List<ConsignmentScreenedEvent> screenings(String consignmentId, String version) {
        return eventStore.readEvents(consignmentId, 0).asStream().map(event -> event.getPayload())
                .filter(ConsignmentScreenedEvent.class::isInstance).map(ConsignmentScreenedEvent.class::cast)
                .filter(screened -> screened.trigger() == ScreeningTrigger.LIST_PUBLISHED && screened.listVersion().equals(version))
                .toList();
    }

    private RescreeningProgress progress(String version) {
        return queries.query(new FetchRescreeningProgressQuery(version), ResponseTypes.optionalInstanceOf(RescreeningProgress.class))
                .join().orElseThrow(() -> new AssertionError("no run of " + version + " yet"));
    }

    private List<RescreeningOutcome> outcomes(String version) {
        return queries.query(new FetchRescreeningOutcomesQuery(version), ResponseTypes.multipleInstancesOf(RescreeningOutcome.class))
                .join();
    }

    private RescreeningOutcome outcome(String version, String consignmentId) {
        return outcomes(version).stream().filter(o -> o.consignmentId().equals(consignmentId)).findFirst().orElseThrow();
    }

    private List<HeldGoods> heldGoods() {
        return queries.query(new FetchHeldGoodsQuery(Lifecycles.SUPERVISOR.userId(), Declarations.BORDER_POST, null, null,
                HeldGoodsSort.PLACED_AT, false, 0, 100), ResponseTypes.instanceOf(HeldGoodsPage.class)).join().items();
    }
}
