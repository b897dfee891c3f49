package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.OTHER_OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.OTHER_SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.heldBy;
import static org.borderledger.consignment.ConsignmentFixture.holdPlaced;
import static org.borderledger.consignment.ConsignmentFixture.holdReviewed;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.DISCREPANCY_FOUND;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;
import static org.borderledger.consignment.api.ConsignmentStatus.REFUSED;
import static org.borderledger.consignment.api.ConsignmentStatus.SEIZED;
import static org.borderledger.consignment.api.ConsignmentStatus.UNDER_INSPECTION;
import static org.borderledger.consignment.api.DecisionReason.DOCUMENTS_CORRECTED;
import static org.borderledger.consignment.api.DecisionReason.FALSE_POSITIVE_MATCH;
import static org.borderledger.consignment.api.HoldDecision.LIFT;
import static org.borderledger.consignment.api.HoldDecision.REFER;
import static org.borderledger.consignment.api.HoldReason.DOCUMENTS;
import static org.borderledger.consignment.api.HoldReason.OTHER_AGENCY;
import static org.borderledger.consignment.api.HoldReason.SANCTIONS_MATCH;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.borderledger.consignment.ConsignmentFixture.Situation;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds: placed by an officer or supervisor in any open state, several at once, each decided by a
 * supervisor who did not place it (four eyes), and the consignment HELD until every one is decided.
 */
class HoldTest {

    private static final String AGENCY = "Veterinary service";

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    // ---- PlaceHold ----

    @ParameterizedTest
    @EnumSource(value = Situation.class, mode = EXCLUDE, names = "RED_HELD")
    void anOfficerHoldsTheGoodsInAnyOpenStateRememberingWhereTheyWere(Situation situation) {
        fixture.given(situation.history())
                .when(new PlaceHoldCommand(ID, situation.version(), "H-1", DOCUMENTS, "Invoice missing"),
                        OFFICER.asMetaData())
                .expectEvents(new HoldPlacedEvent(ID, "H-1", DOCUMENTS, "Invoice missing", false, OFFICER.userId(),
                        situation.status(), HELD));
    }

    @Test
    void aSupervisorMayPlaceAHoldToo() {
        fixture.given(Situation.GREEN_CLEARED.history())
                .when(new PlaceHoldCommand(ID, 1, "H-1", DOCUMENTS, "Invoice missing"), SUPERVISOR.asMetaData())
                .expectEvents(new HoldPlacedEvent(ID, "H-1", DOCUMENTS, "Invoice missing", false, SUPERVISOR.userId(),
                        CLEARED, HELD));
    }

    @Test
    void aSecondHoldKeepsTheStatusFromBeforeTheFirst() {
        fixture.given(heldBy(OFFICER, "H-1", DOCUMENTS, false))
                .when(new PlaceHoldCommand(ID, 2, "H-2", OTHER_AGENCY, "Phytosanitary certificate"),
                        OTHER_OFFICER.asMetaData())
                .expectEvents(new HoldPlacedEvent(ID, "H-2", OTHER_AGENCY, "Phytosanitary certificate", false,
                        OTHER_OFFICER.userId(), AWAITING_INSPECTION, HELD));
    }

    @Test
    void aHoldIdAlreadyOpenOnTheConsignmentIsRefused() {
        fixture.given(heldBy(OFFICER, "H-1", DOCUMENTS, false))
                .when(new PlaceHoldCommand(ID, 2, "H-1", OTHER_AGENCY, "Again"), OTHER_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.DUPLICATE_HOLD));
    }

    @Test
    void theIdOfADecidedHoldIsNotReused() {
        List<EventMessage<?>> lifted = followedBy(heldBy(OFFICER, "H-1", DOCUMENTS, false),
                holdReviewed(SUPERVISOR, "H-1", DOCUMENTS, OFFICER, LIFT, 0, AWAITING_INSPECTION));

        fixture.given(lifted)
                .when(new PlaceHoldCommand(ID, versionOf(lifted), "H-1", OTHER_AGENCY, "Again"), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.DUPLICATE_HOLD));
    }

    // ---- ReviewHold: the decisions ----

    @Test
    void liftingTheOnlyHoldReturnsTheConsignmentToWhereItWas() {
        fixture.given(heldBy(OFFICER, "H-1", DOCUMENTS, false))
                .when(review(2, "H-1", LIFT, DOCUMENTS_CORRECTED), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", DOCUMENTS, OFFICER.userId(), LIFT, DOCUMENTS_CORRECTED,
                        "Decided after review", "", 0, AWAITING_INSPECTION));
    }

    @Test
    void liftingAHoldPlacedDuringAnInspectionReturnsToTheInspectionStillToBeCompleted() {
        List<EventMessage<?>> heldDuringInspection = followedBy(Situation.RED_UNDER_INSPECTION.history(),
                holdPlaced(OFFICER, "H-1", DOCUMENTS, UNDER_INSPECTION));

        fixture.given(heldDuringInspection)
                .when(review(versionOf(heldDuringInspection), "H-1", LIFT, DOCUMENTS_CORRECTED), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", DOCUMENTS, OFFICER.userId(), LIFT, DOCUMENTS_CORRECTED,
                        "Decided after review", "", 0, UNDER_INSPECTION));
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = {"YELLOW_DOCUMENTS_NOT_IN_ORDER", "RED_INSPECTED_WITH_DISCREPANCY"})
    void liftingTheLastHoldOnADiscrepancyClearsTheConsignmentBecauseTheSupervisorWeighedIt(Situation situation) {
        List<EventMessage<?>> heldOnDiscrepancy = followedBy(situation.history(),
                holdPlaced(OFFICER, "H-1", HoldReason.DISCREPANCY, DISCREPANCY_FOUND));

        fixture.given(heldOnDiscrepancy)
                .when(review(versionOf(heldOnDiscrepancy), "H-1", LIFT, DecisionReason.DISCREPANCY_RESOLVED),
                        SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", HoldReason.DISCREPANCY, OFFICER.userId(), LIFT,
                        DecisionReason.DISCREPANCY_RESOLVED, "Decided after review", "", 0, CLEARED));
    }

    @Test
    void seizingEndsTheConsignmentSeized() {
        fixture.given(heldBy(OFFICER, "H-1", SANCTIONS_MATCH, false))
                .when(review(2, "H-1", HoldDecision.SEIZE, DecisionReason.SANCTIONS_CONFIRMED), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", SANCTIONS_MATCH, OFFICER.userId(), HoldDecision.SEIZE,
                        DecisionReason.SANCTIONS_CONFIRMED, "Decided after review", "", 0, SEIZED));
    }

    @Test
    void refusingExitEndsTheConsignmentRefused() {
        fixture.given(heldBy(OFFICER, "H-1", HoldReason.CONTROLLED_GOODS, false))
                .when(review(2, "H-1", HoldDecision.REFUSE, DecisionReason.FALSE_DECLARATION), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", HoldReason.CONTROLLED_GOODS, OFFICER.userId(),
                        HoldDecision.REFUSE, DecisionReason.FALSE_DECLARATION, "Decided after review", "", 0, REFUSED));
    }

    @Test
    void seizingDecidesTheConsignmentEvenWithAnotherHoldStillOpen() {
        List<EventMessage<?>> twoHolds = followedBy(heldBy(OFFICER, "H-1", DOCUMENTS, false),
                holdPlaced(OTHER_OFFICER, "H-2", SANCTIONS_MATCH, AWAITING_INSPECTION));

        fixture.given(twoHolds)
                .when(review(3, "H-2", HoldDecision.SEIZE, DecisionReason.SANCTIONS_CONFIRMED), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-2", SANCTIONS_MATCH, OTHER_OFFICER.userId(),
                        HoldDecision.SEIZE, DecisionReason.SANCTIONS_CONFIRMED, "Decided after review", "", 1, SEIZED));
    }

    @Test
    void referringKeepsTheHoldOpenWithTheNamedAgency() {
        fixture.given(heldBy(OFFICER, "H-1", OTHER_AGENCY, false))
                .when(new ReviewHoldCommand(ID, 2, "H-1", REFER, DecisionReason.AGENCY_COMPETENT, "Their competence",
                        AGENCY), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", OTHER_AGENCY, OFFICER.userId(), REFER,
                        DecisionReason.AGENCY_COMPETENT, "Their competence", AGENCY, 1, HELD));
    }

    @Test
    void aReferredHoldIsLiftedLaterAndTheConsignmentReturnsToWhereItWas() {
        List<EventMessage<?>> referred = followedBy(heldBy(OFFICER, "H-1", OTHER_AGENCY, false),
                holdReviewed(SUPERVISOR, "H-1", OTHER_AGENCY, OFFICER, REFER, 1, HELD));

        fixture.given(referred)
                .when(review(versionOf(referred), "H-1", LIFT, DecisionReason.LICENCE_PRESENTED),
                        OTHER_SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", OTHER_AGENCY, OFFICER.userId(), LIFT,
                        DecisionReason.LICENCE_PRESENTED, "Decided after review", "", 0, AWAITING_INSPECTION));
    }

    /** The command refuses a referral without an agency before it reaches the aggregate (the console shows it by the field). */
    @Test
    void aReferralNeedsTheAgencyItGoesTo() {
        assertThatThrownBy(() -> new ReviewHoldCommand(ID, 2, "H-1", REFER, DecisionReason.AGENCY_COMPETENT,
                "Their competence", " "))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("referredAgency"));
    }

    // ---- several holds ----

    @Test
    void liftingOneOfTwoOpenHoldsLeavesTheConsignmentHeld() {
        List<EventMessage<?>> twoHolds = followedBy(heldBy(OFFICER, "H-1", DOCUMENTS, false),
                holdPlaced(OTHER_OFFICER, "H-2", OTHER_AGENCY, AWAITING_INSPECTION));

        fixture.given(twoHolds)
                .when(review(3, "H-1", LIFT, DOCUMENTS_CORRECTED), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", DOCUMENTS, OFFICER.userId(), LIFT, DOCUMENTS_CORRECTED,
                        "Decided after review", "", 1, HELD));
    }

    @Test
    void liftingTheLastOfSeveralHoldsReturnsToWhereTheConsignmentWasBeforeTheFirst() {
        List<EventMessage<?>> oneLeft = followedBy(heldBy(OFFICER, "H-1", DOCUMENTS, false),
                holdPlaced(OTHER_OFFICER, "H-2", OTHER_AGENCY, AWAITING_INSPECTION),
                holdReviewed(SUPERVISOR, "H-1", DOCUMENTS, OFFICER, LIFT, 1, HELD));

        fixture.given(oneLeft)
                .when(review(versionOf(oneLeft), "H-2", LIFT, DecisionReason.LICENCE_PRESENTED), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-2", OTHER_AGENCY, OTHER_OFFICER.userId(), LIFT,
                        DecisionReason.LICENCE_PRESENTED, "Decided after review", "", 0, AWAITING_INSPECTION));
    }

    @Test
    void aReferredHoldStillCountsAsOpenWhenTheOtherIsLifted() {
        List<EventMessage<?>> oneReferred = followedBy(heldBy(OFFICER, "H-1", DOCUMENTS, false),
                holdPlaced(OTHER_OFFICER, "H-2", OTHER_AGENCY, AWAITING_INSPECTION),
                holdReviewed(SUPERVISOR, "H-2", OTHER_AGENCY, OTHER_OFFICER, REFER, 2, HELD));

        fixture.given(oneReferred)
                .when(review(versionOf(oneReferred), "H-1", LIFT, DOCUMENTS_CORRECTED), SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "H-1", DOCUMENTS, OFFICER.userId(), LIFT, DOCUMENTS_CORRECTED,
                        "Decided after review", "", 1, HELD));
    }

    // ---- ReviewHold: who may decide, and which hold ----

    @Test
    void anOfficerCannotDecideAHold() {
        fixture.given(heldBy(OTHER_OFFICER, "H-1", DOCUMENTS, false))
                .when(review(2, "H-1", LIFT, DOCUMENTS_CORRECTED), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ROLE_NOT_ALLOWED));
    }

    @ParameterizedTest
    @EnumSource(HoldDecision.class)
    void aSupervisorCannotDecideAHoldTheyPlacedThemselves(HoldDecision decision) {
        fixture.given(heldBy(SUPERVISOR, "H-1", DOCUMENTS, false))
                .when(new ReviewHoldCommand(ID, 2, "H-1", decision, DecisionReason.OTHER, "Mine", agencyFor(decision)),
                        SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.FOUR_EYES));
    }

    @Test
    void anAutomaticHoldCountsAsPlacedByTheSupervisorWhoseDeclarationTriggeredIt() {
        fixture.given(heldBy(SUPERVISOR, "AUTO-1", SANCTIONS_MATCH, true))
                .when(review(2, "AUTO-1", LIFT, FALSE_POSITIVE_MATCH), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.FOUR_EYES, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("refusal.FOUR_EYES.automatic");
                    assertThat(refused.details()).containsEntry("holdId", "AUTO-1");
                }))
                .expectExceptionMessage(containsString("screening of your command"));
    }

    @Test
    void anAutomaticHoldIsEndedByAnotherSupervisorsReviewWithAReason() {
        fixture.given(heldBy(SUPERVISOR, "AUTO-1", SANCTIONS_MATCH, true))
                .when(new ReviewHoldCommand(ID, 2, "AUTO-1", LIFT, FALSE_POSITIVE_MATCH,
                        "Different company: other BIN and address", null), OTHER_SUPERVISOR.asMetaData())
                .expectEvents(new HoldReviewedEvent(ID, "AUTO-1", SANCTIONS_MATCH, SUPERVISOR.userId(), LIFT,
                        FALSE_POSITIVE_MATCH, "Different company: other BIN and address", "", 0, AWAITING_INSPECTION));
    }

    @Test
    void anAutomaticHoldCannotBeEndedByAnOfficer() {
        fixture.given(heldBy(OFFICER, "AUTO-1", SANCTIONS_MATCH, true))
                .when(review(2, "AUTO-1", LIFT, FALSE_POSITIVE_MATCH), OTHER_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ROLE_NOT_ALLOWED));
    }

    @Test
    void anAutomaticHoldIsNotEndedByReleasingTheGoods() {
        fixture.given(heldBy(OFFICER, "AUTO-1", SANCTIONS_MATCH, true))
                .when(new ReleaseConsignmentCommand(ID, 2, null), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_OPEN));
    }

    @Test
    void anAutomaticHoldIsNotEndedByCancellingTheDeclaration() {
        fixture.given(heldBy(OFFICER, "AUTO-1", SANCTIONS_MATCH, true))
                .when(new CancelDeclarationCommand(ID, 2, "Withdrawn by the declarant"), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_OPEN));
    }

    @Test
    void aHoldTheConsignmentDoesNotHaveCannotBeDecided() {
        fixture.given(heldBy(OFFICER, "H-1", DOCUMENTS, false))
                .when(review(2, "H-7", LIFT, DOCUMENTS_CORRECTED), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.UNKNOWN_HOLD));
    }

    @ParameterizedTest
    @EnumSource(value = HoldDecision.class, names = {"LIFT", "REFER"})
    void aHoldAlreadyLiftedCannotBeDecidedAgain(HoldDecision decision) {
        List<EventMessage<?>> twoHoldsOneLifted = followedBy(heldBy(OFFICER, "H-1", DOCUMENTS, false),
                holdPlaced(OTHER_OFFICER, "H-2", OTHER_AGENCY, AWAITING_INSPECTION),
                holdReviewed(SUPERVISOR, "H-1", DOCUMENTS, OFFICER, LIFT, 1, HELD));

        fixture.given(twoHoldsOneLifted)
                .when(new ReviewHoldCommand(ID, versionOf(twoHoldsOneLifted), "H-1", decision, DecisionReason.OTHER,
                        "Again", agencyFor(decision)), OTHER_SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.HOLD_ALREADY_DECIDED));
    }

    // ---- ReviewHold: a reason fits its decision ----

    /** Every reason that fits a decision is accepted with it; the hold reads as that decision. */
    @ParameterizedTest
    @MethodSource("fittingReasons")
    void aDecisionIsTakenForAReasonThatFitsIt(HoldDecision decision, DecisionReason reason) {
        decideSanctionsHold(decision, reason)
                .expectEvents(new HoldReviewedEvent(ID, "H-1", SANCTIONS_MATCH, OFFICER.userId(), decision, reason,
                        "Decided after review", agencyFor(decision), decision == REFER ? 1 : 0, STATUS_AFTER.get(decision)));
    }

    /** Every other reason is refused, with a message naming the decision and the reasons that would fit. */
    @ParameterizedTest
    @MethodSource("misfittingReasons")
    void aReasonThatDoesNotFitTheDecisionIsRefusedNamingThoseThatDo(HoldDecision decision, DecisionReason reason) {
        decideSanctionsHold(decision, reason)
                .expectNoEvents()
                .expectException(rejected(RejectionCode.REASON_DOES_NOT_FIT_DECISION))
                .expectExceptionMessage(allOf(containsString("reason " + reason + " does not fit the decision " + decision),
                        containsString(DecisionReason.fitting(decision).get(0).name()), containsString("OTHER")));
    }

    @Test
    void liftingForConfirmedSanctionsIsRefused() {
        fixture.given(heldBy(OFFICER, "H-1", SANCTIONS_MATCH, false))
                .when(review(2, "H-1", LIFT, DecisionReason.SANCTIONS_CONFIRMED), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.REASON_DOES_NOT_FIT_DECISION))
                .expectExceptionMessage(containsString("reasons that fit it: FALSE_POSITIVE_MATCH, LICENCE_PRESENTED,"
                        + " DOCUMENTS_CORRECTED, DISCREPANCY_RESOLVED, OTHER."));
    }

    /** The rule is for new decisions: a lift stored with a misfitting reason before it stays in history and replays. */
    @Test
    void aDecisionStoredBeforeTheRuleStillReplays() {
        List<EventMessage<?>> liftedForSanctions = followedBy(heldBy(OFFICER, "H-1", SANCTIONS_MATCH, false),
                ConsignmentFixture.by(SUPERVISOR, new HoldReviewedEvent(ID, "H-1", SANCTIONS_MATCH, OFFICER.userId(), LIFT,
                        DecisionReason.SANCTIONS_CONFIRMED, "Sanctions confirmed", "", 0, AWAITING_INSPECTION)));

        fixture.given(liftedForSanctions)
                .when(new PlaceHoldCommand(ID, versionOf(liftedForSanctions), "H-2", DOCUMENTS, "Invoice missing"),
                        OFFICER.asMetaData())
                .expectEvents(new HoldPlacedEvent(ID, "H-2", DOCUMENTS, "Invoice missing", false, OFFICER.userId(),
                        AWAITING_INSPECTION, HELD));
    }

    /** A lifted, seized or refused hold names no agency, or it would read as a referral. */
    @ParameterizedTest
    @EnumSource(value = HoldDecision.class, names = "REFER", mode = EXCLUDE)
    void onlyAReferralNamesAnAgency(HoldDecision decision) {
        assertThatThrownBy(() -> new ReviewHoldCommand(ID, 2, "H-1", decision, DecisionReason.OTHER, "Reasons", AGENCY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("referredAgency");
                    assertThat(e.getMessage()).contains("only when referring").contains(decision.name());
                });
    }

    private static final Map<HoldDecision, ConsignmentStatus> STATUS_AFTER = Map.of(LIFT, AWAITING_INSPECTION,
            HoldDecision.SEIZE, SEIZED, HoldDecision.REFUSE, REFUSED, REFER, HELD);

    static Stream<Arguments> fittingReasons() {
        return decisionsAndReasons(true);
    }

    static Stream<Arguments> misfittingReasons() {
        return decisionsAndReasons(false);
    }

    private static Stream<Arguments> decisionsAndReasons(boolean fit) {
        return Arrays.stream(HoldDecision.values()).flatMap(decision -> Arrays.stream(DecisionReason.values())
                .filter(reason -> reason.fits(decision) == fit).map(reason -> Arguments.of(decision, reason)));
    }

    private ResultValidator<Consignment> decideSanctionsHold(HoldDecision decision, DecisionReason reason) {
        return fixture.given(heldBy(OFFICER, "H-1", SANCTIONS_MATCH, false))
                .when(new ReviewHoldCommand(ID, 2, "H-1", decision, reason, "Decided after review", agencyFor(decision)),
                        SUPERVISOR.asMetaData());
    }

    private static String agencyFor(HoldDecision decision) {
        return decision == REFER ? AGENCY : "";
    }

    private static ReviewHoldCommand review(long version, String holdId, HoldDecision decision, DecisionReason reason) {
        return new ReviewHoldCommand(ID, version, holdId, decision, reason, "Decided after review", null);
    }
}
