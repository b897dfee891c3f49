package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderledger.consignment.ConsignmentFixture.ADMIN;
import static org.borderledger.consignment.ConsignmentFixture.AUDITOR;
import static org.borderledger.consignment.ConsignmentFixture.CLOCK;
import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.THRESHOLDS;
import static org.borderledger.consignment.ConsignmentFixture.LIST_VERSION;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.SANCTIONED_CONSIGNEE_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.by;
import static org.borderledger.consignment.ConsignmentFixture.declared;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.holdPlaced;
import static org.borderledger.consignment.ConsignmentFixture.payloads;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.api.Channel.GREEN;
import static org.borderledger.consignment.api.Channel.RED;
import static org.borderledger.consignment.api.Channel.YELLOW;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_DOCUMENT_CHECK;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;
import static org.borderledger.consignment.api.HoldReason.CONTROLLED_GOODS;
import static org.borderledger.consignment.api.HoldReason.DOCUMENTS;
import static org.borderledger.consignment.api.HoldReason.SANCTIONS_MATCH;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.ConsignmentFixture.Situation;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.Measure;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RescreenConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.screening.RandomCheckPolicy;
import org.borderledger.screening.ListImports;
import org.borderledger.screening.ScreeningLists;
import org.borderledger.screening.ShippedLists;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListFile;
import org.borderledger.screening.api.ListSource;
import org.borderledger.screening.ScreeningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Re-screening when a new list version is published: by the system only, idempotent per version,
 * the channel only goes up (restarting the checks of a consignment that was awaiting or had passed
 * them), and an automatic hold only when no automatic hold is open.
 */
class RescreenTest {

    private static final String NEW_VERSION = "2026.12-1";

    /** A MONITOR measure that sends the default declaration (cotton T-shirts to TR) to YELLOW. */
    private static final String SHIRTS_TO_TURKEY_MONITORED =
            "TEST-610910-MON,TEST-RISK,610910,TR,,MONITOR,Test risk profile,Cotton T-shirts (HS 6109 10),2026-11-01,,,";
    /** LICENCE measures that send the T-shirts to TR and the bearings to KG (the YELLOW declaration) to RED. */
    private static final String SHIRTS_AND_BEARINGS_LICENSED = """
            TEST-610910-LIC,TEST-RISK,610910,TR,,LICENCE,Test licence requirement,Cotton T-shirts (HS 6109 10),2026-11-01,,,
            TEST-848210-LIC,TEST-RISK,848210,KG,,LICENCE,Test licence requirement,Ball bearings (HS 8482 10),2026-11-01,,,
            """;
    private static final String SHIRTS_TO_TURKEY_BANNED =
            "TEST-610910-BAN,TEST-BAN,610910,TR,,BAN,Test export ban,Cotton T-shirts (HS 6109 10),2026-11-01,,,";
    /** The default consignee, newly listed. */
    private static final DeniedParty CONSIGNEE_LISTED = new DeniedParty("SDN-90099", "US-SDN", "Anadolu Ornek Tekstil A.S.",
            List.of(), CountryCode.of("TR"), List.of(), "RUSSIA-EO14024 (TEST DATA)");

    private FixtureConfiguration<Consignment> fixture;

    @Test
    void aVersionTheConsignmentWasAlreadyScreenedAgainstChangesNothing() {
        fixture = screeningAgainst(Lists.shipped().publishedAs(LIST_VERSION));

        fixture.given(declared(GREEN))
                .when(new RescreenConsignmentCommand(ID, LIST_VERSION), Actor.SYSTEM.asMetaData())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aNewVersionWithoutNewHitsIsRecordedSoTheConsignmentIsNotScreenedAgainstItTwice() {
        fixture = screeningAgainst(Lists.shipped().publishedAs(NEW_VERSION));

        fixture.given(declared(GREEN))
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEvents(new ConsignmentScreenedEvent(ID, ScreeningTrigger.LIST_PUBLISHED, NEW_VERSION, List.of(),
                        GREEN, false, GREEN, GREEN, CLEARED, CLEARED, THRESHOLDS, List.of()));
    }

    @Test
    void aVersionAlreadyUsedByAnEarlierRescreenChangesNothing() {
        fixture = screeningAgainst(Lists.shipped().publishedAs(NEW_VERSION));
        List<EventMessage<?>> rescreened = followedBy(declared(GREEN),
                by(Actor.SYSTEM, new ConsignmentScreenedEvent(ID, ScreeningTrigger.LIST_PUBLISHED, NEW_VERSION, List.of(),
                        GREEN, false, GREEN, GREEN, CLEARED, CLEARED, THRESHOLDS, List.of())));

        fixture.given(rescreened)
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- the channel goes up, never down ----

    @Test
    void aNewMonitoredGoodRaisesACleanGreenConsignmentToAYellowDocumentCheck() {
        fixture = screeningAgainst(Lists.shipped().withGoods(SHIRTS_TO_TURKEY_MONITORED).publishedAs(NEW_VERSION));

        fixture.given(declared(GREEN))
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.trigger()).isEqualTo(ScreeningTrigger.LIST_PUBLISHED);
                            assertThat(screened.listVersion()).isEqualTo(NEW_VERSION);
                            assertThat(screened.hits()).singleElement().isInstanceOfSatisfying(ScreeningHit.GoodsHit.class,
                                    hit -> assertThat(hit.entryId()).isEqualTo("TEST-610910-MON"));
                            assertThat(screened.previousChannel()).isEqualTo(GREEN);
                            assertThat(screened.channel()).isEqualTo(YELLOW);
                            assertThat(screened.clearance()).isEqualTo(AWAITING_DOCUMENT_CHECK);
                            assertThat(screened.status()).isEqualTo(AWAITING_DOCUMENT_CHECK);
                        })));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class,
            names = {"GREEN_CLEARED", "YELLOW_AWAITING_DOCUMENT_CHECK", "YELLOW_DOCUMENTS_IN_ORDER",
                    "YELLOW_DOCUMENTS_NOT_IN_ORDER"})
    void aChannelRaisedToRedSendsAConsignmentAwaitingOrPastItsChecksToInspection(Situation situation) {
        fixture = screeningAgainst(Lists.shipped().withGoods(SHIRTS_AND_BEARINGS_LICENSED).publishedAs(NEW_VERSION));

        fixture.given(situation.history())
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.hits()).anySatisfy(hit -> assertThat(hit)
                                    .isInstanceOfSatisfying(ScreeningHit.GoodsHit.class,
                                            goods -> assertThat(goods.measure()).isEqualTo(Measure.LICENCE)));
                            assertThat(screened.previousChannel()).isEqualTo(situation.channel());
                            assertThat(screened.channel()).isEqualTo(RED);
                            assertThat(screened.status()).isEqualTo(AWAITING_INSPECTION);
                        })));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = {"RED_AWAITING_INSPECTION", "RED_UNDER_INSPECTION",
            "RED_INSPECTED_WITHOUT_DISCREPANCY", "RED_INSPECTED_WITH_DISCREPANCY"})
    void aRescreenThatDoesNotRaiseTheChannelLeavesTheChecksWhereTheyAre(Situation situation) {
        fixture = screeningAgainst(Lists.shipped().withGoods(SHIRTS_AND_BEARINGS_LICENSED).publishedAs(NEW_VERSION));

        fixture.given(situation.history())
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.previousChannel()).isEqualTo(RED);
                            assertThat(screened.channel()).isEqualTo(RED);
                            assertThat(screened.status()).isEqualTo(situation.status());
                        })));
    }

    @Test
    void aMeasureDroppedFromTheListsNeverLowersTheChannel() {
        fixture = screeningAgainst(Lists.shipped().withoutGoods("CHPL-848210-RUBY").publishedAs(NEW_VERSION));

        fixture.given(declared(RED))
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEvents(new ConsignmentScreenedEvent(ID, ScreeningTrigger.LIST_PUBLISHED, NEW_VERSION, List.of(),
                        GREEN, false, RED, RED, AWAITING_INSPECTION, AWAITING_INSPECTION, THRESHOLDS, List.of()));
    }

    @Test
    void aRaisedChannelOnAHeldConsignmentRestartsTheChecksItReturnsToWhenTheHoldIsLifted() {
        fixture = screeningAgainst(Lists.shipped().withGoods(SHIRTS_TO_TURKEY_MONITORED).publishedAs(NEW_VERSION));
        List<EventMessage<?>> clearedThenHeld = followedBy(declared(GREEN), holdPlaced(OFFICER, "H-1", DOCUMENTS, CLEARED));

        fixture.given(clearedThenHeld)
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.channel()).isEqualTo(YELLOW);
                            assertThat(screened.clearance()).isEqualTo(AWAITING_DOCUMENT_CHECK);
                            assertThat(screened.status()).isEqualTo(HELD);
                        })));
    }

    // ---- automatic holds ----

    @Test
    void aNewlyListedConsigneeHoldsTheGoodsAutomaticallyInTheSystemsName() {
        fixture = screeningAgainst(Lists.shipped().withParty(CONSIGNEE_LISTED).publishedAs(NEW_VERSION));

        fixture.given(declared(GREEN))
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(events.get(0)).isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                        assertThat(screened.hits()).singleElement().isInstanceOfSatisfying(ScreeningHit.PartyHit.class,
                                party -> assertThat(party.entryId()).isEqualTo("SDN-90099"));
                        assertThat(screened.channel()).isEqualTo(RED);
                        assertThat(screened.status()).isEqualTo(AWAITING_INSPECTION);
                    });
                    assertThat(events.get(1)).isInstanceOfSatisfying(HoldPlacedEvent.class, hold -> {
                        assertThat(hold.holdId()).isEqualTo("AUTO-1");
                        assertThat(hold.reason()).isEqualTo(SANCTIONS_MATCH);
                        assertThat(hold.automatic()).isTrue();
                        assertThat(hold.placedBy()).isEqualTo(Actor.SYSTEM.userId());
                        assertThat(hold.statusBeforeHold()).isEqualTo(AWAITING_INSPECTION);
                        assertThat(hold.status()).isEqualTo(HELD);
                        assertThat(hold.text()).contains(NEW_VERSION).contains("SDN-90099");
                    });
                }));
    }

    @Test
    void aNewlyBannedGoodHoldsTheGoodsAutomatically() {
        fixture = screeningAgainst(Lists.shipped().withGoods(SHIRTS_TO_TURKEY_BANNED).publishedAs(NEW_VERSION));

        fixture.given(declared(GREEN))
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(events.get(1)).isInstanceOfSatisfying(HoldPlacedEvent.class, hold -> {
                        assertThat(hold.reason()).isEqualTo(CONTROLLED_GOODS);
                        assertThat(hold.automatic()).isTrue();
                        assertThat(hold.text()).contains("TEST-610910-BAN");
                    });
                }));
    }

    @Test
    void anAutomaticHoldPlacedByTheSystemIsDecidedByAnySupervisor() {
        fixture = screeningAgainst(Lists.shipped().publishedAs(LIST_VERSION));
        List<EventMessage<?>> heldBySystem = followedBy(declared(RED),
                by(Actor.SYSTEM, new HoldPlacedEvent(ID, "AUTO-1", SANCTIONS_MATCH, "Automatic hold by screening", true,
                        Actor.SYSTEM.userId(), AWAITING_INSPECTION, HELD)));

        fixture.given(heldBySystem)
                .when(new ReviewHoldCommand(ID, 2, "AUTO-1", HoldDecision.LIFT, DecisionReason.FALSE_POSITIVE_MATCH,
                        "Other company", null), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "AUTO-1", SANCTIONS_MATCH, Actor.SYSTEM.userId(), HoldDecision.LIFT,
                        DecisionReason.FALSE_POSITIVE_MATCH, "Other company", "", 0, AWAITING_INSPECTION));
    }

    @Test
    void noSecondAutomaticHoldIsPlacedWhileOneIsOpen() {
        fixture = screeningAgainst(Lists.shipped().publishedAs(NEW_VERSION));

        fixture.given(automaticallyHeld(SANCTIONS_MATCH))
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.hits()).anySatisfy(
                                    hit -> assertThat(hit).isInstanceOf(ScreeningHit.PartyHit.class));
                            assertThat(screened.status()).isEqualTo(HELD);
                        })));
    }

    @Test
    void anOpenHoldPlacedByHandDoesNotStopAnAutomaticOne() {
        fixture = screeningAgainst(Lists.shipped().withParty(CONSIGNEE_LISTED).publishedAs(NEW_VERSION));
        List<EventMessage<?>> heldByHand = followedBy(declared(GREEN), holdPlaced(OFFICER, "H-1", DOCUMENTS, CLEARED));

        fixture.given(heldByHand)
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(events.get(0)).isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                        assertThat(screened.clearance()).isEqualTo(AWAITING_INSPECTION);
                        assertThat(screened.status()).isEqualTo(HELD);
                    });
                    assertThat(events.get(1)).isInstanceOfSatisfying(HoldPlacedEvent.class, hold -> {
                        assertThat(hold.holdId()).isEqualTo("AUTO-2");
                        assertThat(hold.automatic()).isTrue();
                        assertThat(hold.statusBeforeHold()).isEqualTo(AWAITING_INSPECTION);
                    });
                }));
    }

    @Test
    void aDecidedAutomaticHoldDoesNotStopANewOneOnTheNextVersion() {
        fixture = screeningAgainst(Lists.shipped().publishedAs(NEW_VERSION));
        List<EventMessage<?>> liftedEarlier = followedBy(automaticallyHeld(SANCTIONS_MATCH),
                by(SUPERVISOR, new HoldReviewedEvent(ID, "AUTO-1", SANCTIONS_MATCH, OFFICER.userId(), HoldDecision.LIFT,
                        DecisionReason.FALSE_POSITIVE_MATCH, "Not the listed company", "", 0, AWAITING_INSPECTION)));

        fixture.given(liftedEarlier)
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(events.get(1)).isInstanceOfSatisfying(HoldPlacedEvent.class, hold -> {
                        assertThat(hold.holdId()).isEqualTo("AUTO-2");
                        assertThat(hold.placedBy()).isEqualTo(Actor.SYSTEM.userId());
                    });
                }));
    }

    @Test
    void nobodyMayNameAHoldLikeAnAutomaticOne() {
        assertThatThrownBy(() -> new PlaceHoldCommand(ID, 1, "auto-2", DOCUMENTS, "Invoice missing"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("holdId"))
                .hasMessageContaining("reserved for holds placed by screening");
    }

    @Test
    void aRescreenForAVersionThatIsNotInForceIsRefused() {
        fixture = screeningAgainst(Lists.shipped().publishedAs(NEW_VERSION));

        fixture.given(declared(GREEN))
                .when(new RescreenConsignmentCommand(ID, "2027.01-1"), Actor.SYSTEM.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.LIST_VERSION_NOT_IN_FORCE));
    }

    // ---- who may ----

    @ParameterizedTest
    @MethodSource("people")
    void onlyTheSystemRescreens(Actor person) {
        fixture = screeningAgainst(Lists.shipped().publishedAs(NEW_VERSION));

        fixture.given(declared(GREEN))
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), person.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ROLE_NOT_ALLOWED));
    }

    static List<Actor> people() {
        return List.of(OFFICER, SUPERVISOR, AUDITOR, ADMIN);
    }

    private static FixtureConfiguration<Consignment> screeningAgainst(ScreeningService screening) {
        return ConsignmentFixture.fixture(screening, new ConsignmentFixture.InMemoryDeclarationReferences());
    }

    /** The sanctioned-consignee declaration, screened RED and held automatically (AUTO-1) when OFFICER declared it; version 2. */
    private static List<EventMessage<?>> automaticallyHeld(HoldReason reason) {
        return followedBy(declared(SANCTIONED_CONSIGNEE_DECLARATION, RED), by(OFFICER, new HoldPlacedEvent(ID, "AUTO-1",
                reason, "Automatic hold by screening", true, OFFICER.userId(), AWAITING_INSPECTION, HELD)));
    }

    /**
     * The shipped lists, changed as an administrator would before publishing a new version: goods
     * rows in the goods-measures CSV, a party added to the denied parties.
     */
    private record Lists(String goodsCsv, List<DeniedParty> parties) {

        static Lists shipped() {
            List<ImportedList> shipped = ShippedLists.load();
            return new Lists(resource(ShippedLists.FOLDER + "goods-measures.csv"),
                    shipped.stream().flatMap(list -> list.parties().stream()).toList());
        }

        Lists withGoods(String rows) {
            return new Lists(goodsCsv + rows.strip() + "\n", parties);
        }

        Lists withoutGoods(String measureId) {
            String kept = goodsCsv.lines().filter(line -> !line.startsWith(measureId + ","))
                    .collect(Collectors.joining("\n", "", "\n"));
            assertThat(kept).as("measure %s is in the shipped list", measureId).isNotEqualTo(goodsCsv);
            return new Lists(kept, parties);
        }

        Lists withParty(DeniedParty party) {
            return new Lists(goodsCsv, Stream.concat(parties.stream(), Stream.of(party)).toList());
        }

        ScreeningService publishedAs(String version) {
            ImportedList goods = ListImports.read(ListSource.GOODS_MEASURES,
                    List.of(new ListFile("goods-measures.csv", goodsCsv.getBytes(StandardCharsets.UTF_8))));
            return new ScreeningService(ScreeningLists.of(version, goods.measures(), parties), CLOCK, RandomCheckPolicy.NONE);
        }

        private static String resource(String name) {
            try (InputStream in = Objects.requireNonNull(RescreenTest.class.getClassLoader().getResourceAsStream(name),
                    name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
