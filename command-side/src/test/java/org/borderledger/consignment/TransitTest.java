package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.by;
import static org.borderledger.consignment.ConsignmentFixture.declared;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.payloads;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;
import static org.borderledger.consignment.api.Channel.GREEN;
import static org.borderledger.consignment.api.ConsignmentStatus.DISCHARGED;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;
import static org.borderledger.consignment.api.ConsignmentStatus.IN_TRANSIT;
import static org.borderledger.consignment.api.ConsignmentStatus.SEIZED;
import static org.borderledger.consignment.api.Declarations.REFERENCE;
import static org.borderledger.consignment.api.Declarations.TRANSIT_DEPARTURE;
import static org.borderledger.consignment.api.Declarations.TRANSIT_EXIT;
import static org.borderledger.consignment.api.SealCondition.BROKEN;
import static org.borderledger.consignment.api.SealCondition.INTACT;
import static org.borderledger.consignment.api.SealCondition.MISSING;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.deadline.DeadlineMessage;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.AmendDeclarationCommand;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RecordTransitArrivalCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.SealCheck;
import org.borderledger.consignment.api.SealCondition;
import org.borderledger.consignment.api.StartInspectionCommand;
import org.borderledger.consignment.api.TransitArrivalRecordedEvent;
import org.borderledger.consignment.api.TransitDepartedEvent;
import org.borderledger.consignment.api.TransitDetails;
import org.borderledger.consignment.api.TransitDischargedEvent;
import org.borderledger.consignment.api.TransitFinding;
import org.borderledger.consignment.api.TransitOverdueEvent;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transit movements: declared at an office of departure for an exit post that leads where the goods
 * go, released into transit with a deadline at the time limit, and ended at exit: discharged when the
 * seals, the vehicle and the direction are as declared, held automatically for a supervisor at exit
 * when not, and reported overdue by the deadline when the goods never came.
 */
class TransitTest {

    private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
    private static final Instant TIME_LIMIT = NOW.plus(Duration.ofDays(5));
    private static final Declaration MOVEMENT = Declarations.transit(TIME_LIMIT);
    private static final String PLATE = Declarations.roadTransport().vehicleRegistration();
    private static final String SEAL_1 = Declarations.TRANSIT_SEALS.get(0);
    private static final String SEAL_2 = Declarations.TRANSIT_SEALS.get(1);

    private static final Actor DEPARTURE_OFFICER = new Actor("d.nurlanov", Role.OFFICER, TRANSIT_DEPARTURE);
    private static final Actor DEPARTURE_SUPERVISOR = new Actor("d.sarsenova", Role.SUPERVISOR, TRANSIT_DEPARTURE);
    private static final Actor EXIT_OFFICER = new Actor("k.abenov", Role.OFFICER, TRANSIT_EXIT);
    private static final Actor EXIT_SUPERVISOR = new Actor("k.temirova", Role.SUPERVISOR, TRANSIT_EXIT);
    /** Posted on the Russian border: where a movement for Kyrgyzstan should never be presented. */
    private static final Actor RUSSIAN_BORDER_OFFICER = ConsignmentFixture.OFFICER;

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    /** Declared GREEN at the office of departure and released into transit (version 2). */
    private static List<EventMessage<?>> inTransit() {
        return followedBy(declared(MOVEMENT, GREEN), by(DEPARTURE_OFFICER, departed()));
    }

    private static TransitDepartedEvent departed() {
        return new TransitDepartedEvent(ID, REFERENCE, TRANSIT_DEPARTURE, TRANSIT_EXIT, CountryCode.of("KG"), TIME_LIMIT,
                GREEN, "", IN_TRANSIT);
    }

    private static RecordTransitArrivalCommand arrival(long version, String post, SealCondition first,
                                                       List<String> otherSeals, String plate) {
        return new RecordTransitArrivalCommand(ID, version, post, List.of(new SealCheck(SEAL_1, first),
                new SealCheck(SEAL_2, INTACT)), otherSeals, plate, null);
    }

    private static RecordTransitArrivalCommand asDeclared(long version) {
        return arrival(version, TRANSIT_EXIT, INTACT, List.of(), PLATE);
    }

    // ---- declaring ----

    @Test
    void aMovementIsDeclaredAtItsOfficeOfDeparture() {
        fixture.givenCurrentTime(NOW)
                .when(new DeclareConsignmentCommand(ID, MOVEMENT), DEPARTURE_OFFICER.asMetaData())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloads(events -> assertThat(events.get(0))
                        .isEqualTo(new ConsignmentDeclaredEvent(ID, MOVEMENT, ConsignmentStatus.DECLARED))));
    }

    @Test
    void anExitPostThatIsTheOfficeOfDepartureIsRefused() {
        Declaration back = Declarations.builder(MOVEMENT)
                .transit(Declarations.transitDetails(TRANSIT_DEPARTURE, TIME_LIMIT)).build();
        fixture.givenCurrentTime(NOW)
                .when(new DeclareConsignmentCommand(ID, back), DEPARTURE_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.TRANSIT_ROUTE,
                        refused -> assertThat(refused.messageKey()).isEqualTo("refusal.TRANSIT_ROUTE.exitIsDeparture")));
    }

    @Test
    void anExitPostTowardNeitherTheDestinationNorACountryOfRouteIsRefused() {
        Declaration towardRussia = Declarations.builder(MOVEMENT)
                .transit(Declarations.transitDetails("Kurmangazy", TIME_LIMIT)).build();
        fixture.givenCurrentTime(NOW)
                .when(new DeclareConsignmentCommand(ID, towardRussia), DEPARTURE_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.TRANSIT_ROUTE, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("refusal.TRANSIT_ROUTE.exitCountry");
                    assertThat(refused.details()).containsEntry("exitCountry", "RU").containsEntry("destination", "KG");
                }));
    }

    @Test
    void anExitPostTowardADeclaredCountryOfRouteIsAccepted() {
        Declaration throughRussia = Declarations.builder(MOVEMENT).via("RU")
                .transit(Declarations.transitDetails("Kurmangazy", TIME_LIMIT)).build();
        fixture.givenCurrentTime(NOW)
                .when(new DeclareConsignmentCommand(ID, throughRussia), DEPARTURE_OFFICER.asMetaData())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aTimeLimitThatIsNotAheadIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new DeclareConsignmentCommand(ID, Declarations.transit(NOW)), DEPARTURE_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.TRANSIT_TIME_LIMIT,
                        refused -> assertThat(refused.messageKey()).isEqualTo("refusal.TRANSIT_TIME_LIMIT.notFuture")));
    }

    @Test
    void aTimeLimitFurtherAheadThanATransitIsGivenIsRefused() {
        Instant tooFar = NOW.plus(TransitDetails.LONGEST_TIME_LIMIT).plusSeconds(1);
        fixture.givenCurrentTime(NOW)
                .when(new DeclareConsignmentCommand(ID, Declarations.transit(tooFar)), DEPARTURE_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.TRANSIT_TIME_LIMIT, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("refusal.TRANSIT_TIME_LIMIT.tooFar");
                    assertThat(refused.details()).containsEntry("days", "30");
                }));
    }

    @Test
    void anAmendmentIsHeldToTheSameRules() {
        List<EventMessage<?>> given = declared(MOVEMENT, GREEN);
        Declaration expired = Declarations.builder(MOVEMENT)
                .transit(Declarations.transitDetails(TRANSIT_EXIT, NOW.minusSeconds(1))).build();
        fixture.givenCurrentTime(NOW)
                .andGiven(given)
                .when(new AmendDeclarationCommand(ID, versionOf(given), expired, "Later truck"),
                        DEPARTURE_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.TRANSIT_TIME_LIMIT));
    }

    @Test
    void anAmendmentOfTheTransitDetailsNamesThemAmongTheChangedParts() {
        List<EventMessage<?>> given = declared(MOVEMENT, GREEN);
        Declaration later = Declarations.builder(MOVEMENT)
                .transit(Declarations.transitDetails(TRANSIT_EXIT, TIME_LIMIT.plus(Duration.ofDays(1)))).build();
        fixture.givenCurrentTime(NOW)
                .andGiven(given)
                .when(new AmendDeclarationCommand(ID, versionOf(given), later, "Ferry delayed"),
                        DEPARTURE_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(((DeclarationAmendedEvent) events.get(0))
                        .changedParts()).containsExactly("transit")));
    }

    // ---- release at departure ----

    @Test
    void releaseAtDepartureStartsTheMovementAndSchedulesItsTimeLimit() {
        List<EventMessage<?>> given = declared(MOVEMENT, GREEN);
        fixture.givenCurrentTime(NOW)
                .andGiven(given)
                .when(new ReleaseConsignmentCommand(ID, versionOf(given), null), DEPARTURE_OFFICER.asMetaData())
                .expectEvents(departed())
                .expectScheduledDeadlineWithName(TIME_LIMIT, Consignment.TRANSIT_TIME_LIMIT);
    }

    @Test
    void aMovementWhoseTimeLimitPassedBeforeItsReleaseIsNotReleased() {
        List<EventMessage<?>> given = declared(MOVEMENT, GREEN);
        fixture.givenCurrentTime(TIME_LIMIT.plusSeconds(60))
                .andGiven(given)
                .when(new ReleaseConsignmentCommand(ID, versionOf(given), null), DEPARTURE_OFFICER.asMetaData())
                .expectNoEvents()
                .expectNoScheduledDeadlines()
                .expectException(rejected(RejectionCode.TRANSIT_TIME_LIMIT,
                        refused -> assertThat(refused.messageKey()).isEqualTo("refusal.TRANSIT_TIME_LIMIT.notFuture")));
    }

    @Test
    void aTimeLimitAmendedBeforeReleaseIsTheOneScheduled() {
        Instant later = TIME_LIMIT.plus(Duration.ofDays(3));
        List<EventMessage<?>> amended = followedBy(declared(MOVEMENT, GREEN), by(DEPARTURE_OFFICER,
                new DeclarationAmendedEvent(ID, Declarations.builder(MOVEMENT)
                        .transit(Declarations.transitDetails(TRANSIT_EXIT, later)).build(), List.of("transit"),
                        "Ferry delayed", ConsignmentStatus.CLEARED)));
        fixture.givenCurrentTime(NOW)
                .andGiven(amended)
                .when(new ReleaseConsignmentCommand(ID, versionOf(amended), null), DEPARTURE_OFFICER.asMetaData())
                .expectScheduledDeadlineWithName(later, Consignment.TRANSIT_TIME_LIMIT);
    }

    @Test
    void aMovementInTransitCannotBeAmendedCancelledOrInspected() {
        long version = versionOf(inTransit());
        fixture.given(inTransit())
                .when(new AmendDeclarationCommand(ID, version, MOVEMENT, "Other truck"), DEPARTURE_OFFICER.asMetaData())
                .expectException(rejected(RejectionCode.ILLEGAL_TRANSITION,
                        refused -> assertThat(refused.messageKey()).isEqualTo("refusal.ILLEGAL_TRANSITION.amendInTransit")));
        fixture.given(inTransit())
                .when(new CancelDeclarationCommand(ID, version, "Sale fell through"), DEPARTURE_OFFICER.asMetaData())
                .expectException(rejected(RejectionCode.ILLEGAL_TRANSITION,
                        refused -> assertThat(refused.messageKey()).isEqualTo("refusal.ILLEGAL_TRANSITION.cancelInTransit")));
        fixture.given(inTransit())
                .when(new StartInspectionCommand(ID, version, "INS-1", null), DEPARTURE_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ILLEGAL_TRANSITION))
                .expectExceptionMessage(containsString("in transit"));
    }

    // ---- arrival ----

    @Test
    void anArrivalAsDeclaredDischargesTheMovement() {
        fixture.givenCurrentTime(NOW.plus(Duration.ofDays(2)))
                .andGiven(inTransit())
                .when(asDeclared(versionOf(inTransit())), EXIT_OFFICER.asMetaData())
                .expectEvents(new TransitArrivalRecordedEvent(ID, TRANSIT_EXIT, CountryCode.of("KG"),
                                List.of(new SealCheck(SEAL_1, INTACT), new SealCheck(SEAL_2, INTACT)), List.of(), PLATE,
                                Set.of(), false, "", IN_TRANSIT),
                        new TransitDischargedEvent(ID, REFERENCE, TRANSIT_EXIT, DISCHARGED));
    }

    @Test
    void theSamePlateWrittenWithOtherSpacingIsTheSameVehicle() {
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .when(arrival(versionOf(inTransit()), TRANSIT_EXIT, INTACT, List.of(), PLATE.replace(" ", "-")),
                        EXIT_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events.get(1)).isInstanceOf(TransitDischargedEvent.class)));
    }

    @Test
    void aKazakhPlateTypedWithCyrillicLettersThatLookLatinIsTheSameVehicle() {
        // '123 АВС 02' in Cyrillic А, В, С: what a Russian keyboard layout gives for the Latin '123 ABC 02'.
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .when(arrival(versionOf(inTransit()), TRANSIT_EXIT, INTACT, List.of(), "123 \u0410\u0412\u0421 02"),
                        EXIT_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(((TransitArrivalRecordedEvent) events.get(0)).findings()).isEmpty();
                    assertThat(events.get(1)).isInstanceOf(TransitDischargedEvent.class);
                }));
    }

    @Test
    void aSealNumberTypedWithCyrillicLettersThatLookLatinIsTheDeclaredSeal() {
        // 'КZ-100234' with a Cyrillic К, in upper and lower case.
        assertThat(new SealCheck("\u041AZ-100234", INTACT).sealNumber()).isEqualTo(SEAL_1);
        assertThat(TransitDetails.sealNumber("\u043Az-100234")).isEqualTo(SEAL_1);
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .when(new RecordTransitArrivalCommand(ID, versionOf(inTransit()), TRANSIT_EXIT,
                        List.of(new SealCheck("\u041AZ-100234", INTACT), new SealCheck(SEAL_2, INTACT)), List.of(), PLATE,
                        null), EXIT_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events.get(1)).isInstanceOf(TransitDischargedEvent.class)));
    }

    @Test
    void aDeclaredSealCannotAlsoBeAnOtherSeal() {
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .when(arrival(versionOf(inTransit()), TRANSIT_EXIT, INTACT, List.of(SEAL_2.toLowerCase()), PLATE),
                        EXIT_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.INVALID_INPUT, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("refusal.INVALID_INPUT.otherSealDeclared");
                    assertThat(refused.details()).containsEntry("seal", SEAL_2);
                }));
    }

    @Test
    void otherSealsAreEachSaidOnceAndNoMoreThanAMovementMayCarry() {
        assertThatThrownBy(() -> arrival(2, TRANSIT_EXIT, INTACT, List.of("RU-5531", "ru-5531"), PLATE))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("otherSeals");
                    assertThat(refused.messageKey()).isEqualTo("invalid.sealTwice");
                });
        List<String> many = IntStream.rangeClosed(1, TransitDetails.MAX_SEALS + 1).mapToObj(n -> "RU-" + n).toList();
        assertThatThrownBy(() -> arrival(2, TRANSIT_EXIT, INTACT, many, PLATE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("invalid.tooManySeals"));
    }

    @Test
    void theArrivalIsRecordedByAnOfficerOfThePostWhereTheGoodsArePresented() {
        Actor elsewhere = new Actor("z.uzakov", Role.OFFICER, "Zhibek Zholy");
        fixture.given(inTransit())
                .when(asDeclared(versionOf(inTransit())), elsewhere.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.OUT_OF_JURISDICTION,
                        refused -> assertThat(refused.details()).containsEntry("borderPost", TRANSIT_EXIT)));
    }

    @Test
    void whoReleasedTheMovementMayNotRecordItsArrivalThoughPostedAtBothPosts() {
        Actor atBoth = new Actor("r.both", Role.SUPERVISOR, TRANSIT_DEPARTURE, List.of(TRANSIT_DEPARTURE, TRANSIT_EXIT));
        List<EventMessage<?>> releasedByThem = followedBy(declared(MOVEMENT, GREEN), by(atBoth, departed()));
        fixture.givenCurrentTime(NOW)
                .andGiven(releasedByThem)
                .when(asDeclared(versionOf(releasedByThem)), atBoth.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.FOUR_EYES,
                        refused -> assertThat(refused.messageKey()).isEqualTo("refusal.FOUR_EYES.transitArrival")));
    }

    @Test
    void everyDeclaredSealMustBeChecked() {
        RecordTransitArrivalCommand oneSeal = new RecordTransitArrivalCommand(ID, versionOf(inTransit()), TRANSIT_EXIT,
                List.of(new SealCheck(SEAL_1, INTACT)), List.of(), PLATE, null);
        fixture.given(inTransit())
                .when(oneSeal, EXIT_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.INVALID_INPUT, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("refusal.INVALID_INPUT.sealChecks");
                    assertThat(refused.details()).containsEntry("seals", SEAL_1 + ", " + SEAL_2);
                }));
    }

    @Test
    void aBrokenSealHoldsTheGoodsForASupervisorAtExit() {
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .when(arrival(versionOf(inTransit()), TRANSIT_EXIT, BROKEN, List.of(), PLATE), EXIT_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(((TransitArrivalRecordedEvent) events.get(0)).findings()).containsExactly(TransitFinding.SEALS);
                    assertThat(events.get(1)).isEqualTo(new HoldPlacedEvent(ID, "AUTO-1", HoldReason.TRANSIT_DISCREPANCY,
                            "Transit arrival at Korday: seal " + SEAL_1 + " broken", true, EXIT_OFFICER.userId(),
                            IN_TRANSIT, HELD));
                }));
    }

    @Test
    void aMissingSealAndSealsOfOtherNumbersAreSealFindings() {
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .when(arrival(versionOf(inTransit()), TRANSIT_EXIT, MISSING, List.of("cn-778"), PLATE),
                        EXIT_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(((HoldPlacedEvent) events.get(1)).text())
                        .isEqualTo("Transit arrival at Korday: seal " + SEAL_1 + " missing; seals not declared CN-778")));
    }

    @Test
    void anotherVehicleIsAFinding() {
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .when(arrival(versionOf(inTransit()), TRANSIT_EXIT, INTACT, List.of(), "777 XYZ 05"),
                        EXIT_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(((TransitArrivalRecordedEvent) events.get(0)).findings())
                            .containsExactly(TransitFinding.VEHICLE);
                    assertThat(((HoldPlacedEvent) events.get(1)).text())
                            .isEqualTo("Transit arrival at Korday: vehicle '777 XYZ 05' instead of '" + PLATE + "'");
                }));
    }

    @Test
    void goodsForKyrgyzstanPresentedOnTheRussianBorderAreADiversion() {
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .when(arrival(versionOf(inTransit()), "Kurmangazy", INTACT, List.of(), PLATE),
                        RUSSIAN_BORDER_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    TransitArrivalRecordedEvent arrival = (TransitArrivalRecordedEvent) events.get(0);
                    assertThat(arrival.findings()).containsExactly(TransitFinding.DIVERSION);
                    assertThat(arrival.arrivalCountry()).isEqualTo(CountryCode.of("RU"));
                    HoldPlacedEvent hold = (HoldPlacedEvent) events.get(1);
                    assertThat(hold.reason()).isEqualTo(HoldReason.DIVERSION);
                    assertThat(hold.text()).isEqualTo("Transit arrival at Kurmangazy: presented toward RU although"
                            + " declared for KG through Korday");
                }));
    }

    @Test
    void aDiversionWithBrokenSealsIsHeldAsADiversion() {
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .when(arrival(versionOf(inTransit()), "Kurmangazy", BROKEN, List.of(), PLATE),
                        RUSSIAN_BORDER_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(((TransitArrivalRecordedEvent) events.get(0)).findings())
                            .containsExactlyInAnyOrder(TransitFinding.SEALS, TransitFinding.DIVERSION);
                    assertThat(((HoldPlacedEvent) events.get(1)).reason()).isEqualTo(HoldReason.DIVERSION);
                }));
    }

    @Test
    void goodsDeclaredForALandExitAndPresentedAtASeaPortAreADiversionForItsShipsSailToAnyShore() {
        Actor aktau = new Actor("a.zhanova", Role.OFFICER, "Aktau sea port");
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .when(arrival(versionOf(inTransit()), "Aktau sea port", INTACT, List.of(), PLATE), aktau.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    TransitArrivalRecordedEvent arrival = (TransitArrivalRecordedEvent) events.get(0);
                    assertThat(arrival.arrivalCountry()).isNull();
                    assertThat(arrival.findings()).containsExactly(TransitFinding.DIVERSION);
                    HoldPlacedEvent hold = (HoldPlacedEvent) events.get(1);
                    assertThat(hold.reason()).isEqualTo(HoldReason.DIVERSION);
                    assertThat(hold.text()).isEqualTo("Transit arrival at Aktau sea port: presented at a sea port, whose"
                            + " ships may sail to any shore, although declared for KG through Korday");
                }));
    }

    @Test
    void goodsDeclaredToLeaveByTheSeaPortAreDischargedThere() {
        Actor aktau = new Actor("a.zhanova", Role.OFFICER, "Aktau sea port");
        Declaration bySea = Declarations.builder(MOVEMENT).toDestination("AZ")
                .transit(Declarations.transitDetails("Aktau sea port", TIME_LIMIT)).build();
        List<EventMessage<?>> inTransitBySea = followedBy(declared(bySea, GREEN),
                by(DEPARTURE_OFFICER, new TransitDepartedEvent(ID, REFERENCE, TRANSIT_DEPARTURE, "Aktau sea port",
                        CountryCode.of("AZ"), TIME_LIMIT, GREEN, "", IN_TRANSIT)));
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransitBySea)
                .when(arrival(versionOf(inTransitBySea), "Aktau sea port", INTACT, List.of(), PLATE), aktau.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(((TransitArrivalRecordedEvent) events.get(0)).findings()).isEmpty();
                    assertThat(events.get(1)).isEqualTo(new TransitDischargedEvent(ID, REFERENCE, "Aktau sea port",
                            DISCHARGED));
                }));
    }

    @Test
    void anArrivalAfterTheTimeLimitIsRecordedAsLate() {
        fixture.givenCurrentTime(TIME_LIMIT.plusSeconds(60))
                .andGiven(inTransit())
                .when(asDeclared(versionOf(inTransit())), EXIT_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(((TransitArrivalRecordedEvent) events.get(0)).late())
                        .isTrue()));
    }

    @Test
    void aDischargedMovementAcceptsNoFurtherCommand() {
        List<EventMessage<?>> discharged = followedBy(arrivedWith(Set.of()),
                by(EXIT_OFFICER, new TransitDischargedEvent(ID, REFERENCE, TRANSIT_EXIT, DISCHARGED)));
        fixture.given(discharged)
                .when(new PlaceHoldCommand(ID, versionOf(discharged), "H-1", HoldReason.RISK_INTELLIGENCE, "Tip-off"),
                        EXIT_SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.TERMINAL_STATE));
    }

    // ---- the supervisor's decision on a held arrival ----

    /** In transit, then arrived at exit with {@code findings} (version 3). */
    private static List<EventMessage<?>> arrivedWith(Set<TransitFinding> findings) {
        return followedBy(inTransit(), by(EXIT_OFFICER, new TransitArrivalRecordedEvent(ID, TRANSIT_EXIT,
                CountryCode.of("KG"), List.of(new SealCheck(SEAL_1, BROKEN), new SealCheck(SEAL_2, INTACT)), List.of(),
                PLATE, findings, false, "", IN_TRANSIT)));
    }

    /** Arrived with a broken seal and held automatically by the exit officer's arrival (version 4). */
    private static List<EventMessage<?>> heldAtExit() {
        return followedBy(arrivedWith(Set.of(TransitFinding.SEALS)), by(EXIT_OFFICER, new HoldPlacedEvent(ID, "AUTO-1",
                HoldReason.TRANSIT_DISCREPANCY, "Transit arrival at Korday: seal broken", true, EXIT_OFFICER.userId(),
                IN_TRANSIT, HELD)));
    }

    private static ReviewHoldCommand decide(HoldDecision decision, DecisionReason reason) {
        return new ReviewHoldCommand(ID, versionOf(heldAtExit()), "AUTO-1", decision, reason, "Seal replaced by the"
                + " carrier at a weighbridge; goods counted", decision == HoldDecision.REFER ? "Border guard" : null);
    }

    @Test
    void liftingTheLastHoldOfAnArrivedMovementDischargesIt() {
        fixture.given(heldAtExit())
                .when(decide(HoldDecision.LIFT, DecisionReason.OTHER), EXIT_SUPERVISOR.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    assertThat(((HoldReviewedEvent) events.get(0)).status()).isEqualTo(IN_TRANSIT);
                    assertThat(events.get(1)).isEqualTo(new TransitDischargedEvent(ID, REFERENCE, TRANSIT_EXIT, DISCHARGED));
                }));
    }

    @Test
    void aReferralKeepsTheGoodsHeldAndASeizureEndsTheMovement() {
        fixture.given(heldAtExit())
                .when(decide(HoldDecision.REFER, DecisionReason.OTHER), EXIT_SUPERVISOR.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .satisfies(e -> assertThat(((HoldReviewedEvent) e).status()).isEqualTo(HELD))));
        fixture.given(heldAtExit())
                .when(decide(HoldDecision.SEIZE, DecisionReason.OTHER), EXIT_SUPERVISOR.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .satisfies(e -> assertThat(((HoldReviewedEvent) e).status()).isEqualTo(SEIZED))));
    }

    @Test
    void theSupervisorWhoRecordedTheArrivalMayNotDecideItsHold() {
        fixture.givenCurrentTime(NOW)
                .andGiven(inTransit())
                .andGivenCommands(List.of(GenericCommandMessage.asCommandMessage(
                        arrival(versionOf(inTransit()), TRANSIT_EXIT, BROKEN, List.of(), PLATE))
                        .andMetaData(EXIT_SUPERVISOR.asMetaData())))
                .when(new ReviewHoldCommand(ID, versionOf(inTransit()) + 2, "AUTO-1", HoldDecision.LIFT,
                        DecisionReason.OTHER, "Looks fine", null), EXIT_SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.FOUR_EYES));
    }

    /** Held on the road by its office of departure (a tip-off), the goods never presented yet. */
    private static List<EventMessage<?>> heldOnTheRoad() {
        return followedBy(inTransit(), by(DEPARTURE_OFFICER, new HoldPlacedEvent(ID, "H-1", HoldReason.RISK_INTELLIGENCE,
                "Tip-off: the truck may turn north", false, DEPARTURE_OFFICER.userId(), IN_TRANSIT, HELD)));
    }

    @Test
    void goodsHeldOnTheRoadArePresentedAtExitAndStayHeldForTheSupervisorsThere() {
        fixture.givenCurrentTime(NOW)
                .andGiven(heldOnTheRoad())
                .when(arrival(versionOf(heldOnTheRoad()), TRANSIT_EXIT, INTACT, List.of(), PLATE), EXIT_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement().satisfies(event -> {
                    TransitArrivalRecordedEvent arrival = (TransitArrivalRecordedEvent) event;
                    assertThat(arrival.findings()).isEmpty();
                    assertThat(arrival.status()).isEqualTo(HELD);
                })));
        List<EventMessage<?>> presented = followedBy(heldOnTheRoad(), by(EXIT_OFFICER, new TransitArrivalRecordedEvent(ID,
                TRANSIT_EXIT, CountryCode.of("KG"), List.of(new SealCheck(SEAL_1, INTACT), new SealCheck(SEAL_2, INTACT)),
                List.of(), PLATE, Set.of(), false, null, HELD)));
        ReviewHoldCommand lift = new ReviewHoldCommand(ID, versionOf(presented), "H-1", HoldDecision.LIFT,
                DecisionReason.OTHER, "Checked at exit: as declared", null);
        fixture.given(presented).when(lift, DEPARTURE_SUPERVISOR.asMetaData())
                .expectException(rejected(RejectionCode.OUT_OF_JURISDICTION, refused -> { }));
        fixture.given(presented).when(lift, EXIT_SUPERVISOR.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events.get(1))
                        .isEqualTo(new TransitDischargedEvent(ID, REFERENCE, TRANSIT_EXIT, DISCHARGED))));
    }

    @Test
    void goodsHeldOnTheRoadAndDivertedGetASecondHoldForTheDiversion() {
        fixture.givenCurrentTime(NOW)
                .andGiven(heldOnTheRoad())
                .when(arrival(versionOf(heldOnTheRoad()), "Kurmangazy", INTACT, List.of(), PLATE),
                        RUSSIAN_BORDER_OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(((TransitArrivalRecordedEvent) events.get(0)).findings()).containsExactly(TransitFinding.DIVERSION);
                    HoldPlacedEvent hold = (HoldPlacedEvent) events.get(1);
                    assertThat(hold.reason()).isEqualTo(HoldReason.DIVERSION);
                    assertThat(hold.statusBeforeHold()).isEqualTo(IN_TRANSIT);
                }));
    }

    @Test
    void fromTheArrivalOnThePostOfDepartureIsNoLongerInCharge() {
        fixture.given(heldAtExit())
                .when(decide(HoldDecision.LIFT, DecisionReason.OTHER), DEPARTURE_SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.OUT_OF_JURISDICTION,
                        refused -> assertThat(refused.details()).containsEntry("borderPost", TRANSIT_EXIT)));
    }

    // ---- the time limit ----

    /** The movement released into transit through the fixture's command bus, so that its deadline is scheduled. */
    private TestExecutor<Consignment> released() {
        List<EventMessage<?>> declared = declared(MOVEMENT, GREEN);
        return fixture.givenCurrentTime(NOW)
                .andGiven(declared)
                .andGivenCommands(List.of(GenericCommandMessage.asCommandMessage(
                        new ReleaseConsignmentCommand(ID, versionOf(declared), null))
                        .andMetaData(DEPARTURE_OFFICER.asMetaData())));
    }

    /** The released movement's time limit, met once. */
    private static Matcher<List<DeadlineMessage<?>>> timeLimitMet() {
        return ConsignmentFixture.satisfying("the time limit met once", deadlines -> assertThat(deadlines)
                .singleElement().satisfies(met -> assertThat(met.getDeadlineName()).isEqualTo(Consignment.TRANSIT_TIME_LIMIT)));
    }

    @Test
    void aMovementNotArrivedByItsTimeLimitIsReportedOverdueByTheSystem() {
        released().whenThenTimeAdvancesTo(TIME_LIMIT.plusSeconds(1))
                .expectDeadlinesMetMatching(timeLimitMet())
                .expectEvents(new TransitOverdueEvent(ID, REFERENCE, TRANSIT_DEPARTURE, TRANSIT_EXIT, TIME_LIMIT,
                        IN_TRANSIT))
                .expectEventsMatching(ConsignmentFixture.<List<EventMessage<?>>>satisfying("raised by the system",
                        events -> assertThat(Actor.from(events.get(0).getMetaData())).contains(Actor.SYSTEM)));
    }

    @Test
    void aMovementThatArrivedBeforeItsTimeLimitIsNotOverdue() {
        released().andGivenCommands(List.of(GenericCommandMessage.asCommandMessage(asDeclared(2))
                        .andMetaData(EXIT_OFFICER.asMetaData())))
                .whenThenTimeAdvancesTo(TIME_LIMIT.plusSeconds(1))
                .expectDeadlinesMetMatching(timeLimitMet())
                .expectNoEvents();
    }

    @Test
    void aMovementHeldAtExitWhenItsTimeLimitPassesIsNotOverdue() {
        released().andGivenCommands(List.of(GenericCommandMessage.asCommandMessage(
                        arrival(2, TRANSIT_EXIT, BROKEN, List.of(), PLATE)).andMetaData(EXIT_OFFICER.asMetaData())))
                .whenThenTimeAdvancesTo(TIME_LIMIT.plusSeconds(1))
                .expectDeadlinesMetMatching(timeLimitMet())
                .expectNoEvents();
    }
}
