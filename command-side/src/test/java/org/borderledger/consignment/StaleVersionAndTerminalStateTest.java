package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.ConsignmentFixture.GIVEN_AT;
import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.OTHER_OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.by;
import static org.borderledger.consignment.ConsignmentFixture.declared;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.heldBy;
import static org.borderledger.consignment.ConsignmentFixture.holdPlaced;
import static org.borderledger.consignment.ConsignmentFixture.holdReviewed;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;
import static org.borderledger.consignment.api.Channel.GREEN;
import static org.borderledger.consignment.api.Channel.RED;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CANCELLED;
import static org.borderledger.consignment.api.ConsignmentStatus.REFUSED;
import static org.borderledger.consignment.api.ConsignmentStatus.RELEASED;
import static org.borderledger.consignment.api.ConsignmentStatus.SEIZED;
import static org.borderledger.consignment.api.HoldReason.DOCUMENTS;
import static org.borderledger.consignment.api.HoldReason.SANCTIONS_MATCH;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.DeclarationCancelledEvent;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.RescreenConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.VersionedCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command sent from a page that is out of date is refused, saying who changed the consignment,
 * what and when; and a closed consignment (released, seized, refused, cancelled) accepts no command.
 */
class StaleVersionAndTerminalStateTest {

    /** Declared by OFFICER, then held by OTHER_OFFICER: the last change (version 2) is theirs. */
    private static final Supplier<List<EventMessage<?>>> HELD_BY_THE_OTHER_OFFICER =
            () -> followedBy(declared(RED), holdPlaced(OTHER_OFFICER, "H-1", DOCUMENTS, AWAITING_INSPECTION));

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    // ---- STALE_VERSION ----

    @ParameterizedTest
    @MethodSource("org.borderledger.consignment.ConsignmentFixture#everyVersionedCommand")
    void aCommandFromAnOlderVersionIsRefusedNamingWhoChangedTheConsignmentWhatAndWhen(
            LongFunction<VersionedCommand> command) {
        fixture.givenCurrentTime(GIVEN_AT)
                .andGiven(HELD_BY_THE_OTHER_OFFICER.get())
                .when(command.apply(1), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.STALE_VERSION, rejection -> {
                    assertThat(rejection.getMessage())
                            .contains(OTHER_OFFICER.userId(), "OFFICER", OTHER_OFFICER.borderPost())
                            .contains("placed hold H-1")
                            .contains(GIVEN_AT.toString());
                    assertThat(rejection.details())
                            .containsEntry("changedBy", OTHER_OFFICER.userId())
                            .containsEntry("changedAt", GIVEN_AT.toString())
                            .containsEntry("currentVersion", "2")
                            .containsEntry("expectedVersion", "1");
                }));
    }

    @ParameterizedTest
    @MethodSource("org.borderledger.consignment.ConsignmentFixture#everyVersionedCommand")
    void aCommandClaimingAVersionTheConsignmentHasNotReachedIsRefused(LongFunction<VersionedCommand> command) {
        fixture.givenCurrentTime(GIVEN_AT)
                .andGiven(HELD_BY_THE_OTHER_OFFICER.get())
                .when(command.apply(3), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.STALE_VERSION));
    }

    @Test
    void theVersionIsCheckedBeforeAnyRuleSoAStalePersonHearsWhatChanged() {
        // SUPERVISOR placed H-1, so with a current page they would hear FOUR_EYES; with an old one, what changed.
        List<EventMessage<?>> changedSince = followedBy(heldBy(SUPERVISOR, "H-1", DOCUMENTS, false),
                holdPlaced(OTHER_OFFICER, "H-2", SANCTIONS_MATCH, AWAITING_INSPECTION));

        fixture.givenCurrentTime(GIVEN_AT)
                .andGiven(changedSince)
                .when(new ReviewHoldCommand(ID, 2, "H-1", HoldDecision.LIFT, DecisionReason.DOCUMENTS_CORRECTED, "Seen",
                        null), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.STALE_VERSION))
                .expectExceptionMessage(allOf(containsString(OTHER_OFFICER.userId()), containsString("placed hold H-2")));
    }

    @Test
    void aStaleCommandOnAClosedConsignmentHearsWhoClosedIt() {
        List<EventMessage<?>> releasedByTheOther = followedBy(declared(GREEN),
                by(OTHER_OFFICER, new ConsignmentReleasedEvent(ID, Declarations.REFERENCE, GREEN, "", RELEASED)));

        fixture.givenCurrentTime(GIVEN_AT)
                .andGiven(releasedByTheOther)
                .when(new PlaceHoldCommand(ID, 1, "H-1", HoldReason.RISK_INTELLIGENCE, "Tip-off"), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.STALE_VERSION))
                .expectExceptionMessage(allOf(containsString(OTHER_OFFICER.userId()), containsString("released it"),
                        containsString(GIVEN_AT.toString())));
    }

    // ---- TERMINAL_STATE ----

    /** How a consignment ends; each history's last event closes it. */
    enum Closed {
        RELEASED_GREEN(RELEASED, () -> followedBy(declared(GREEN),
                by(OFFICER, new ConsignmentReleasedEvent(ID, Declarations.REFERENCE, GREEN, "", RELEASED)))),
        SEIZED_ON_A_HOLD(SEIZED, () -> followedBy(heldBy(OFFICER, "H-1", SANCTIONS_MATCH, false),
                holdReviewed(SUPERVISOR, "H-1", SANCTIONS_MATCH, OFFICER, HoldDecision.SEIZE, 0, SEIZED))),
        REFUSED_EXIT_ON_A_HOLD(REFUSED, () -> followedBy(heldBy(OFFICER, "H-1", SANCTIONS_MATCH, false),
                holdReviewed(SUPERVISOR, "H-1", SANCTIONS_MATCH, OFFICER, HoldDecision.REFUSE, 0, REFUSED))),
        CANCELLED_BEFORE_INSPECTION(CANCELLED, () -> followedBy(declared(RED),
                by(OFFICER, new DeclarationCancelledEvent(ID, Declarations.REFERENCE, "Sale fell through", CANCELLED))));

        private final ConsignmentStatus status;
        private final Supplier<List<EventMessage<?>>> history;

        Closed(ConsignmentStatus status, Supplier<List<EventMessage<?>>> history) {
            this.status = status;
            this.history = history;
        }
    }

    static Stream<Arguments> everyCommandOnEveryClosedConsignment() {
        return Stream.of(Closed.values()).flatMap(closed -> ConsignmentFixture.everyVersionedCommand()
                .map(command -> Arguments.of(closed, command)));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("everyCommandOnEveryClosedConsignment")
    void aClosedConsignmentAcceptsNoCommand(Closed closed, LongFunction<VersionedCommand> command) {
        List<EventMessage<?>> history = closed.history.get();

        fixture.given(history)
                .when(command.apply(versionOf(history)), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.TERMINAL_STATE))
                .expectExceptionMessage(containsString(closed.status.name().toLowerCase(Locale.ROOT)));
    }

    @ParameterizedTest
    @EnumSource(Closed.class)
    void aClosedConsignmentIsNotRescreenedAgainstANewListVersion(Closed closed) {
        fixture.given(closed.history.get())
                .when(new RescreenConsignmentCommand(ID, "2026.12-1"), Actor.SYSTEM.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.TERMINAL_STATE));
    }
}
