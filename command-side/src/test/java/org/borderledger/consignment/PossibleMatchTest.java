package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderledger.consignment.ConsignmentFixture.CLOCK;
import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.LIST_VERSION;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.OTHER_SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.by;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.payloads;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_DOCUMENT_CHECK;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;
import static org.borderledger.consignment.api.ConsignmentStatus.SEIZED;
import static org.borderledger.consignment.api.HoldReason.SANCTIONS_MATCH;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.AmendDeclarationCommand;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConfirmPossibleMatchCommand;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.DismissPossibleMatchCommand;
import org.borderledger.consignment.api.DocumentCheckOutcome;
import org.borderledger.consignment.api.DocumentCheckRecordedEvent;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.NameMatchThresholds;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.PossibleMatchConfirmedEvent;
import org.borderledger.consignment.api.PossibleMatchDismissedEvent;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.RememberedDecision;
import org.borderledger.consignment.api.RescreenConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.ScreeningHit.PartyHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.screening.PartyMatcher;
import org.borderledger.screening.RandomCheckPolicy;
import org.borderledger.screening.ScreeningLists;
import org.borderledger.screening.ScreeningOutcome;
import org.borderledger.screening.ScreeningService;
import org.borderledger.screening.ShippedLists;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ImportedList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Possible matches (a denied-party name between the review and the hold threshold) and the decisions
 * a later screening must respect: a dismissed possible match and a lifted sanctions hold are not
 * raised again unless the list entry or the declared party changed.
 */
class PossibleMatchTest {

    private static final NameMatchThresholds THRESHOLDS = new NameMatchThresholds(0.97, 0.70);
    private static final String ENTRY = "SDN-90001";
    private static final String NEW_VERSION = "2026.12-1";
    /** A near miss of "Romashka Trading LLC" (SDN-90001): a possible match, not a match. */
    private static final Declaration NEAR_MISS = Declarations.builder()
            .consignee(Declarations.party("Romashka Trade LLC", "RU")).build();
    private static final Declaration OTHER_NEAR_MISS = Declarations.builder()
            .consignee(Declarations.party("Ramashka Trading", "RU")).build();

    private static final List<ImportedList> SHIPPED = ShippedLists.load();

    private FixtureConfiguration<Consignment> fixture;

    @BeforeAll
    static void theNamesAreNearMisses() {
        PartyMatcher matcher = new PartyMatcher();
        for (String name : List.of("Romashka Trade LLC", "Ramashka Trading")) {
            assertThat(matcher.similarity(name, "Romashka Trading LLC")).as(name)
                    .isGreaterThanOrEqualTo(THRESHOLDS.review()).isLessThan(THRESHOLDS.hold());
        }
    }

    @BeforeEach
    void setUp() {
        fixture = fixtureAgainst(ScreeningLists.of(LIST_VERSION, shippedMeasures(), shippedParties()));
    }

    // ---- the band ----

    @Test
    void aNearMissIsAPossibleMatchThatRoutesToDocumentsWithoutHolding() {
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, NEAR_MISS), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(events.get(1)).isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                        assertThat(screened.nameMatchThresholds()).isEqualTo(THRESHOLDS);
                        assertThat(screened.hits()).singleElement().isInstanceOfSatisfying(PartyHit.class, hit -> {
                            assertThat(hit.band()).isEqualTo(MatchBand.POSSIBLE);
                            assertThat(hit.entryId()).isEqualTo(ENTRY);
                            assertThat(hit.role()).isEqualTo(PartyRole.CONSIGNEE);
                            assertThat(hit.entryHash()).hasSize(64);
                            assertThat(hit.declaredParty()).isEqualTo("romashka trade llc");
                        });
                        assertThat(screened.channel()).isEqualTo(Channel.YELLOW);
                        assertThat(screened.status()).isEqualTo(AWAITING_DOCUMENT_CHECK);
                    });
                }));
    }

    @Test
    void anOpenPossibleMatchBlocksReleaseNamingThePartyAndEntry() {
        List<EventMessage<?>> checked = followedBy(declared(NEAR_MISS),
                by(OFFICER, new DocumentCheckRecordedEvent(ID, DocumentCheckOutcome.IN_ORDER, "", CLEARED)));

        fixture.given(checked)
                .when(new ReleaseConsignmentCommand(ID, versionOf(checked), null), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.POSSIBLE_MATCH_OPEN, e -> assertThat(e.getMessage())
                        .contains("consignee 'Romashka Trade LLC'").contains(ENTRY).contains("confirm or dismiss")));
    }

    // ---- confirm ----

    @Test
    void confirmingAPossibleMatchPlacesASanctionsHoldForAnotherSupervisor() {
        List<EventMessage<?>> history = declared(NEAR_MISS);

        fixture.given(history)
                .when(new ConfirmPossibleMatchCommand(ID, versionOf(history), PartyRole.CONSIGNEE, ENTRY),
                        OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(events.get(0)).isInstanceOfSatisfying(PossibleMatchConfirmedEvent.class, confirmed -> {
                        assertThat(confirmed.hit()).isEqualTo(possibleHit(history));
                        assertThat(confirmed.holdId()).isEqualTo("MATCH-1");
                        assertThat(confirmed.status()).isEqualTo(AWAITING_DOCUMENT_CHECK);
                    });
                    assertThat(events.get(1)).isEqualTo(new HoldPlacedEvent(ID, "MATCH-1", SANCTIONS_MATCH,
                            "Possible match confirmed by o.aliyev: consignee 'Romashka Trade LLC' may be denied party"
                                    + " 'Romashka Trading LLC' (US-SDN " + ENTRY + ", RUSSIA-EO14024 (TEST DATA), name score "
                                    + String.format(Locale.ROOT, "%.2f", possibleHit(history).score()) + ")",
                            false, OFFICER.userId(), AWAITING_DOCUMENT_CHECK, HELD));
                }));
    }

    @Test
    void theConfirmingOfficerCannotLiftTheHoldTheirConfirmationPlaced() {
        List<EventMessage<?>> confirmed = confirmed(declared(NEAR_MISS), SUPERVISOR);

        fixture.given(confirmed)
                .when(new ReviewHoldCommand(ID, versionOf(confirmed), "MATCH-1",
                        HoldDecision.LIFT, DecisionReason.FALSE_POSITIVE_MATCH, "Other company", null),
                        SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.FOUR_EYES));
    }

    // ---- dismiss ----

    @Test
    void dismissingAPossibleMatchRecordsTheReasonAndReleaseIsAllowedAgain() {
        List<EventMessage<?>> checked = followedBy(declared(NEAR_MISS),
                by(OFFICER, new DocumentCheckRecordedEvent(ID, DocumentCheckOutcome.IN_ORDER, "", CLEARED)));

        fixture.given(checked)
                .when(new DismissPossibleMatchCommand(ID, versionOf(checked), PartyRole.CONSIGNEE, ENTRY,
                        "Registered in Kazan under OGRN 1021600000000, not the Moscow entity"), OFFICER.asMetaData())
                .expectEvents(new PossibleMatchDismissedEvent(ID, possibleHit(checked),
                        "Registered in Kazan under OGRN 1021600000000, not the Moscow entity", CLEARED));

        List<EventMessage<?>> dismissed = dismissed(checked);
        fixture = fixtureAgainst(ScreeningLists.of(LIST_VERSION, shippedMeasures(), shippedParties()));
        fixture.given(dismissed)
                .when(new ReleaseConsignmentCommand(ID, versionOf(dismissed), null), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOf(ConsignmentReleasedEvent.class)));
    }

    @Test
    void aDismissalNeedsABoundedReason() {
        assertThatThrownBy(
                        () -> new DismissPossibleMatchCommand(ID, 1, PartyRole.CONSIGNEE, ENTRY, "  "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> new DismissPossibleMatchCommand(ID, 1,
                        PartyRole.CONSIGNEE, ENTRY, "x".repeat(DismissPossibleMatchCommand.MAX_REASON + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    // ---- rejections ----

    @Test
    void anUnknownHitIsRefused() {
        List<EventMessage<?>> history = declared(NEAR_MISS);

        fixture.given(history)
                .when(new ConfirmPossibleMatchCommand(ID, versionOf(history), PartyRole.EXPORTER, ENTRY),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.UNKNOWN_POSSIBLE_MATCH,
                        e -> assertThat(e.getMessage()).contains("exporter").contains(ENTRY)));
    }

    @Test
    void aResolvedPossibleMatchCannotBeResolvedAgain() {
        List<EventMessage<?>> dismissed = dismissed(declared(NEAR_MISS));

        fixture.given(dismissed)
                .when(new ConfirmPossibleMatchCommand(ID, versionOf(dismissed), PartyRole.CONSIGNEE, ENTRY),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.POSSIBLE_MATCH_ALREADY_RESOLVED,
                        e -> assertThat(e.getMessage()).contains("dismissed")));
    }

    @Test
    void aClosedConsignmentAcceptsNoResolution() {
        List<EventMessage<?>> seized = followedBy(confirmed(declared(NEAR_MISS), OFFICER),
                by(SUPERVISOR, new HoldReviewedEvent(ID, "MATCH-1", SANCTIONS_MATCH, OFFICER.userId(), HoldDecision.SEIZE,
                        DecisionReason.SANCTIONS_CONFIRMED, "Listed company", "", 0, SEIZED)));

        fixture.given(seized)
                .when(new DismissPossibleMatchCommand(ID, versionOf(seized), PartyRole.CONSIGNEE, ENTRY, "Other firm"),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.TERMINAL_STATE));
    }

    @Test
    void aResolutionOnAnOldPageIsRefused() {
        List<EventMessage<?>> history = declared(NEAR_MISS);

        fixture.given(history)
                .when(new DismissPossibleMatchCommand(ID, versionOf(history) - 1, PartyRole.CONSIGNEE, ENTRY, "Other"),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.STALE_VERSION));
    }

    @Test
    void peopleWhoDoNotDecideMayNotResolve() {
        List<EventMessage<?>> history = declared(NEAR_MISS);

        fixture.given(history)
                .when(new ConfirmPossibleMatchCommand(ID, versionOf(history), PartyRole.CONSIGNEE, ENTRY),
                        ConsignmentFixture.AUDITOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ROLE_NOT_ALLOWED));
    }

    // ---- remembered decisions ----

    @Test
    void aDismissedPossibleMatchIsNotRaisedAgainWhenTheEntryIsUnchanged() {
        List<EventMessage<?>> dismissed = dismissed(declared(NEAR_MISS));
        fixture = fixtureAgainst(ScreeningLists.of(NEW_VERSION, shippedMeasures(), shippedParties()));

        fixture.given(dismissed)
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.hits()).isEmpty();
                            assertThat(screened.suppressedHits()).singleElement().satisfies(suppressed -> {
                                assertThat(suppressed.hit().entryId()).isEqualTo(ENTRY);
                                assertThat(suppressed.decision().kind()).isEqualTo(RememberedDecision.Kind.DISMISSED);
                                assertThat(suppressed.decision().sequence()).isEqualTo(versionOf(dismissed));
                            });
                        })));
    }

    @Test
    void aDismissedPossibleMatchIsRaisedAgainWhenTheEntryChanged() {
        List<EventMessage<?>> dismissed = dismissed(declared(NEAR_MISS));
        fixture = fixtureAgainst(ScreeningLists.of(NEW_VERSION, shippedMeasures(), shippedParties().stream()
                .map(p -> p.entryId().equals(ENTRY) ? new DeniedParty(p.entryId(), p.listName(), p.name(),
                        Stream.concat(p.aliases().stream(), Stream.of("Romashka Holding")).toList(), p.country(),
                        p.identifiers(), p.programme()) : p)
                .toList()));

        fixture.given(dismissed)
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.suppressedHits()).isEmpty();
                            assertThat(screened.hits()).singleElement().isInstanceOfSatisfying(PartyHit.class, hit -> {
                                assertThat(hit.band()).isEqualTo(MatchBand.POSSIBLE);
                                assertThat(hit.entryHash()).isNotEqualTo(possibleHit(dismissed).entryHash());
                            });
                        })));
        // ... and it is open again: the officer can resolve it.
        PartyHit before = possibleHit(dismissed);
        PartyHit changed = new PartyHit(before.role(), before.declaredName(), before.listName(), before.entryId(),
                before.listedName(), before.matchedName(), before.programme(), before.matchedOn(), before.score(),
                before.band(), "0".repeat(64), before.declaredParty(), before.words());
        List<EventMessage<?>> rescreened = followedBy(dismissed, by(Actor.SYSTEM, rescreenedEvent(dismissed, changed)));
        fixture.given(rescreened)
                .when(new ConfirmPossibleMatchCommand(ID, versionOf(rescreened), PartyRole.CONSIGNEE, ENTRY),
                        OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events.get(0))
                        .isInstanceOf(PossibleMatchConfirmedEvent.class)));
    }

    @Test
    void anAmendmentThatChangesTheDeclaredPartyRaisesTheHitAgain() {
        List<EventMessage<?>> dismissed = dismissed(declared(NEAR_MISS));

        fixture.given(dismissed)
                .when(new AmendDeclarationCommand(ID, versionOf(dismissed), OTHER_NEAR_MISS, "Consignee name corrected"),
                        OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events.get(1))
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.suppressedHits()).isEmpty();
                            assertThat(screened.hits()).singleElement().isInstanceOfSatisfying(PartyHit.class,
                                    hit -> assertThat(hit.declaredName()).isEqualTo("Ramashka Trading"));
                        })));
    }

    @Test
    void anAmendmentThatKeepsTheDeclaredPartyDoesNotRaiseTheHit() {
        List<EventMessage<?>> dismissed = dismissed(declared(NEAR_MISS));
        Declaration sameParty = Declarations.builder(NEAR_MISS).toDestination("KG").build();

        fixture.given(dismissed)
                .when(new AmendDeclarationCommand(ID, versionOf(dismissed), sameParty, "Destination corrected"),
                        OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events.get(1))
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.hits()).noneMatch(PartyHit.class::isInstance);
                            assertThat(screened.suppressedHits()).hasSize(1);
                        })));
    }

    /** The reported bug: a list change re-screened a consignment and held it again for a hit a supervisor had lifted. */
    @Test
    void aLiftedSanctionsHoldIsNotPlacedAgainByARescreen() {
        List<EventMessage<?>> declared = declared(ConsignmentFixture.SANCTIONED_CONSIGNEE_DECLARATION);
        assertThat(((ConsignmentScreenedEvent) declared.get(1).getPayload()).hits())
                .anySatisfy(hit -> assertThat(hit.requiresHold()).isTrue());
        List<EventMessage<?>> lifted = followedBy(declared,
                by(OFFICER, new HoldPlacedEvent(ID, "AUTO-1", SANCTIONS_MATCH, "Automatic hold by screening", true,
                        OFFICER.userId(), AWAITING_INSPECTION, HELD)),
                by(SUPERVISOR, new HoldReviewedEvent(ID, "AUTO-1", SANCTIONS_MATCH, OFFICER.userId(), HoldDecision.LIFT,
                        DecisionReason.FALSE_POSITIVE_MATCH, "Not the listed company", "", 0, AWAITING_INSPECTION)));
        fixture = fixtureAgainst(ScreeningLists.of(NEW_VERSION, shippedMeasures(), shippedParties()));

        fixture.given(lifted)
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.hits()).noneMatch(PartyHit.class::isInstance);
                            assertThat(screened.suppressedHits()).isNotEmpty().allSatisfy(suppressed -> assertThat(
                                    suppressed.decision().kind()).isEqualTo(RememberedDecision.Kind.LIFTED));
                            assertThat(screened.status()).isEqualTo(AWAITING_INSPECTION);
                        })));
    }

    @Test
    void aLiftedHoldFromAConfirmedPossibleMatchIsNotRaisedAgain() {
        List<EventMessage<?>> lifted = followedBy(confirmed(declared(NEAR_MISS), OFFICER),
                by(OTHER_SUPERVISOR, new HoldReviewedEvent(ID, "MATCH-1", SANCTIONS_MATCH, OFFICER.userId(),
                        HoldDecision.LIFT, DecisionReason.FALSE_POSITIVE_MATCH, "Other firm", "", 0,
                        AWAITING_DOCUMENT_CHECK)));
        fixture = fixtureAgainst(ScreeningLists.of(NEW_VERSION, shippedMeasures(), shippedParties()));

        fixture.given(lifted)
                .when(new RescreenConsignmentCommand(ID, NEW_VERSION), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOfSatisfying(ConsignmentScreenedEvent.class, screened -> {
                            assertThat(screened.hits()).isEmpty();
                            assertThat(screened.suppressedHits()).singleElement().satisfies(suppressed -> assertThat(
                                    suppressed.decision().kind()).isEqualTo(RememberedDecision.Kind.LIFTED));
                        })));
    }

    @Test
    void aConfirmedPossibleMatchWhoseHoldIsOpenIsNotOpenedAgainByARescreen() {
        List<EventMessage<?>> confirmed = confirmed(declared(NEAR_MISS), OFFICER);
        fixture = fixtureAgainst(ScreeningLists.of(NEW_VERSION, shippedMeasures(), shippedParties()));
        List<EventMessage<?>> rescreened = followedBy(confirmed,
                by(Actor.SYSTEM, rescreenedEvent(confirmed, possibleHit(confirmed))));

        fixture.given(rescreened)
                .when(new DismissPossibleMatchCommand(ID, versionOf(rescreened), PartyRole.CONSIGNEE, ENTRY, "Other"),
                        OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.POSSIBLE_MATCH_ALREADY_RESOLVED));
    }

    // ---- helpers ----

    private static FixtureConfiguration<Consignment> fixtureAgainst(ScreeningLists lists) {
        return ConsignmentFixture.fixture(new ScreeningService(lists, CLOCK, RandomCheckPolicy.NONE, THRESHOLDS),
                new ConsignmentFixture.InMemoryDeclarationReferences());
    }

    private static ScreeningService shippedScreening() {
        return new ScreeningService(ScreeningLists.of(LIST_VERSION, shippedMeasures(), shippedParties()), CLOCK,
                RandomCheckPolicy.NONE, THRESHOLDS);
    }

    /** The declaration and its screening as OFFICER declared it, with the hits screening really gives. */
    private static List<EventMessage<?>> declared(Declaration declaration) {
        ScreeningOutcome outcome = shippedScreening().screen(ID, declaration);
        ConsignmentStatus awaiting = ConsignmentStatus.awaiting(outcome.channel());
        return List.of(by(OFFICER, new ConsignmentDeclaredEvent(ID, declaration, ConsignmentStatus.DECLARED)),
                by(OFFICER, new ConsignmentScreenedEvent(ID, ScreeningTrigger.DECLARATION, LIST_VERSION, outcome.hits(),
                        outcome.channel(), false, null, outcome.channel(), awaiting, awaiting, THRESHOLDS, List.of())));
    }

    /** A re-screening against NEW_VERSION that raised {@code hit}, the consignment staying where it was. */
    private static ConsignmentScreenedEvent rescreenedEvent(List<EventMessage<?>> history, PartyHit hit) {
        ConsignmentScreenedEvent first = (ConsignmentScreenedEvent) history.get(1).getPayload();
        return new ConsignmentScreenedEvent(ID, ScreeningTrigger.LIST_PUBLISHED, NEW_VERSION, List.of(hit),
                Channel.YELLOW, false, first.channel(), first.channel(), first.clearance(), statusAfter(history),
                THRESHOLDS, List.of());
    }

    private static ConsignmentStatus statusAfter(List<EventMessage<?>> history) {
        return ((ConsignmentEvent) history.get(history.size() - 1).getPayload()).status();
    }

    private static PartyHit possibleHit(List<EventMessage<?>> history) {
        return ((ConsignmentScreenedEvent) history.get(1).getPayload()).hits().stream()
                .filter(PartyHit.class::isInstance).map(PartyHit.class::cast).findFirst().orElseThrow();
    }

    private static List<EventMessage<?>> dismissed(List<EventMessage<?>> history) {
        return followedBy(history, by(OFFICER, new PossibleMatchDismissedEvent(ID, possibleHit(history),
                "Different registration", statusAfter(history))));
    }

    private static List<EventMessage<?>> confirmed(List<EventMessage<?>> history, Actor officer) {
        return followedBy(history,
                by(officer, new PossibleMatchConfirmedEvent(ID, possibleHit(history), "MATCH-1", AWAITING_DOCUMENT_CHECK)),
                by(officer, new HoldPlacedEvent(ID, "MATCH-1", SANCTIONS_MATCH, "Possible match confirmed", false,
                        officer.userId(), AWAITING_DOCUMENT_CHECK, HELD)));
    }

    private static List<GoodsMeasure> shippedMeasures() {
        return SHIPPED.stream().flatMap(list -> list.measures().stream()).toList();
    }

    private static List<DeniedParty> shippedParties() {
        return SHIPPED.stream().flatMap(list -> list.parties().stream()).toList();
    }
}
