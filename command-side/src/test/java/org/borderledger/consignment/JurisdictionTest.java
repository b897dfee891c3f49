package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.ConsignmentFixture.GREEN_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.HOLD_TEXT;
import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.LIST_VERSION;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.THRESHOLDS;
import static org.borderledger.consignment.ConsignmentFixture.by;
import static org.borderledger.consignment.ConsignmentFixture.declared;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.heldBy;
import static org.borderledger.consignment.ConsignmentFixture.inspectionStarted;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;
import static org.borderledger.consignment.api.Channel.GREEN;
import static org.borderledger.consignment.api.Channel.RED;
import static org.borderledger.consignment.api.Channel.YELLOW;

import java.lang.reflect.Executable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.AmendDeclarationCommand;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.ConfirmPossibleMatchCommand;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.DecideReexportCommand;
import org.borderledger.consignment.api.DismissPossibleMatchCommand;
import org.borderledger.consignment.api.ReexportDecision;
import org.borderledger.consignment.api.DocumentCheckOutcome;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RecordDocumentCheckCommand;
import org.borderledger.consignment.api.RecordFindingCommand;
import org.borderledger.consignment.api.RecordTransitArrivalCommand;
import org.borderledger.consignment.api.SealCheck;
import org.borderledger.consignment.api.SealCondition;
import org.borderledger.consignment.api.TransitDepartedEvent;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.RescreenConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.ScreeningHit.PartyHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.consignment.api.StartInspectionCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Officers and supervisors act only on consignments of the posts they are posted to, whatever the
 * command: each command a person sends is refused from another post and accepted from one of the
 * sender's posts (the consignments here are at Kurmangazy). The list of commands is checked against
 * the aggregate's command handlers, so a new command cannot ship without its case here.
 */
class JurisdictionTest {

    private static final String POST = Declarations.BORDER_POST;
    private static final String OTHER_POST = "Syrym";
    /** The hold the supervisor decides: placed by OFFICER, so four eyes are kept. */
    private static final String HOLD_ID = "H-1";
    private static final PartyHit POSSIBLE_MATCH = new PartyHit(PartyRole.CONSIGNEE, "Romashka Trade LLC",
            "Sanctions", "SDN-90001", "Romashka Trading LLC", "Romashka Trading LLC", "RUSSIA-EO14024", "name", 0.9,
            MatchBand.POSSIBLE, "hash", "consignee", List.of());

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    /** A command in a history where the consignment's state allows it, and the role that sends it. */
    record Case(Class<?> commandType, Role role, Supplier<List<EventMessage<?>>> history,
                Function<Long, Object> command) {

        List<EventMessage<?>> given() {
            return history.get();
        }

        Object commandAt(List<EventMessage<?>> given) {
            return command.apply(given.isEmpty() ? -1 : versionOf(given));
        }
    }

    static Stream<Named<Case>> everyCommandAPersonSends() {
        return Stream.of(
                new Case(DeclareConsignmentCommand.class, Role.OFFICER, List::of,
                        v -> new DeclareConsignmentCommand(ID, GREEN_DECLARATION)),
                new Case(AmendDeclarationCommand.class, Role.OFFICER, () -> declared(GREEN),
                        v -> new AmendDeclarationCommand(ID, v, GREEN_DECLARATION, "Typo in the invoice")),
                new Case(CancelDeclarationCommand.class, Role.OFFICER, () -> declared(GREEN),
                        v -> new CancelDeclarationCommand(ID, v, "Sale fell through")),
                new Case(RecordDocumentCheckCommand.class, Role.OFFICER, () -> declared(YELLOW),
                        v -> new RecordDocumentCheckCommand(ID, v, DocumentCheckOutcome.IN_ORDER, null)),
                new Case(StartInspectionCommand.class, Role.OFFICER, () -> declared(RED),
                        v -> new StartInspectionCommand(ID, v, "INS-9", null)),
                new Case(RecordFindingCommand.class, Role.OFFICER, () -> followedBy(declared(RED), inspectionStarted()),
                        v -> new RecordFindingCommand(ID, v, 1, false, "As declared")),
                new Case(CompleteInspectionCommand.class, Role.OFFICER, () -> followedBy(declared(RED), inspectionStarted()),
                        v -> new CompleteInspectionCommand(ID, v, InspectionOutcome.NO_DISCREPANCY, null)),
                new Case(PlaceHoldCommand.class, Role.OFFICER, () -> declared(RED),
                        v -> new PlaceHoldCommand(ID, v, "H-9", HoldReason.RISK_INTELLIGENCE, HOLD_TEXT)),
                new Case(ReviewHoldCommand.class, Role.SUPERVISOR, () -> heldBy(OFFICER, HOLD_ID, HoldReason.DOCUMENTS, false),
                        v -> new ReviewHoldCommand(ID, v, HOLD_ID, HoldDecision.LIFT, DecisionReason.DOCUMENTS_CORRECTED,
                                "Invoice presented", null)),
                new Case(ReleaseConsignmentCommand.class, Role.OFFICER, () -> declared(GREEN),
                        v -> new ReleaseConsignmentCommand(ID, v, null)),
                new Case(ConfirmPossibleMatchCommand.class, Role.OFFICER, JurisdictionTest::possibleMatchOpen,
                        v -> new ConfirmPossibleMatchCommand(ID, v, PartyRole.CONSIGNEE, POSSIBLE_MATCH.entryId())),
                new Case(DismissPossibleMatchCommand.class, Role.OFFICER, JurisdictionTest::possibleMatchOpen,
                        v -> new DismissPossibleMatchCommand(ID, v, PartyRole.CONSIGNEE, POSSIBLE_MATCH.entryId(),
                                "Different registration")),
                new Case(DecideReexportCommand.class, Role.SUPERVISOR, ConsignmentFixture::reexportOpen,
                        v -> new DecideReexportCommand(ID, v, "848210", ReexportDecision.END_USE_DOCUMENTED,
                                "End-user certificate")),
                // Recorded at the post where the goods are presented, whichever post the movement left from.
                new Case(RecordTransitArrivalCommand.class, Role.OFFICER, JurisdictionTest::inTransitToThisPost,
                        v -> new RecordTransitArrivalCommand(ID, v, POST, Declarations.TRANSIT_SEALS.stream()
                                .map(seal -> new SealCheck(seal, SealCondition.INTACT)).toList(), List.of(),
                                Declarations.roadTransport().vehicleRegistration(), null)))
                .map(c -> Named.of(c.commandType().getSimpleName(), c));
    }

    @Test
    void everyCommandTheConsignmentHandlesHasAJurisdictionCase() {
        Set<Class<?>> handled = Stream.concat(Stream.of(Consignment.class.getDeclaredConstructors()),
                        Stream.of(Consignment.class.getDeclaredMethods()))
                .filter(handler -> handler.isAnnotationPresent(CommandHandler.class))
                .map(Executable::getParameterTypes).map(parameters -> parameters[0]).collect(Collectors.toSet());
        Set<Class<?>> covered = Stream.concat(everyCommandAPersonSends().map(c -> c.getPayload().commandType()),
                Stream.of(RescreenConsignmentCommand.class)).collect(Collectors.toSet());
        assertThat(covered).as("commands with a jurisdiction case").containsExactlyInAnyOrderElementsOf(handled);
    }

    @ParameterizedTest(name = "{0} from another post")
    @MethodSource("everyCommandAPersonSends")
    void isRefusedFromAnotherPost(Case command) {
        List<EventMessage<?>> given = command.given();
        fixture.given(given)
                .when(command.commandAt(given), new Actor("x.syrym", command.role(), OTHER_POST).asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.OUT_OF_JURISDICTION, refused -> {
                    assertThat(refused.details()).containsEntry("borderPost", POST)
                            .containsEntry("yourBorderPosts", OTHER_POST);
                    assertThat(refused.getMessage()).contains(POST, OTHER_POST);
                }));
    }

    @ParameterizedTest(name = "{0} from one of several posts")
    @MethodSource("everyCommandAPersonSends")
    void isAcceptedFromAnyOfTheSendersPosts(Case command) {
        List<EventMessage<?>> given = command.given();
        Actor postedAtBoth = new Actor("x.both", command.role(), OTHER_POST, List.of(OTHER_POST, POST));
        fixture.given(given)
                .when(command.commandAt(given), postedAtBoth.asMetaData())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(ConsignmentFixture.payloads(events -> assertThat(events).isNotEmpty()));
    }

    @Test
    void anAmendmentMayNotMoveTheConsignmentToAPostOfAnother() {
        List<EventMessage<?>> given = declared(GREEN);
        Declaration atSyrym = Declarations.builder().borderPost(OTHER_POST).build();
        fixture.given(given)
                .when(new AmendDeclarationCommand(ID, versionOf(given), atSyrym, "Presented at Syrym"), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.OUT_OF_JURISDICTION,
                        refused -> assertThat(refused.details()).containsEntry("borderPost", OTHER_POST)));
    }

    @Test
    void theSystemReScreensConsignmentsOfEveryPost() {
        Declaration atSyrym = Declarations.builder().borderPost(OTHER_POST).build();
        fixture.given(declared(atSyrym, GREEN))
                .when(new RescreenConsignmentCommand(ID, LIST_VERSION), Actor.SYSTEM.asMetaData())
                .expectSuccessfulHandlerExecution();
    }

    /** A movement from the Chinese border to Russia released for transit to this post. */
    private static List<EventMessage<?>> inTransitToThisPost() {
        Instant timeLimit = Instant.parse("2026-12-20T12:00:00Z");
        Declaration toRussia = Declarations.builder(Declarations.transit(timeLimit)).toDestination("RU")
                .transit(Declarations.transitDetails(POST, timeLimit)).build();
        return followedBy(declared(toRussia, GREEN), by(new Actor("d.nurlanov", Role.OFFICER, toRussia.borderPost()),
                new TransitDepartedEvent(ID, toRussia.reference(), toRussia.borderPost(), POST,
                        toRussia.countryOfDestination(), timeLimit, GREEN, "", ConsignmentStatus.IN_TRANSIT)));
    }

    /** Declared YELLOW with a possible match of the consignee open. */
    private static List<EventMessage<?>> possibleMatchOpen() {
        ConsignmentStatus awaiting = ConsignmentStatus.AWAITING_DOCUMENT_CHECK;
        return followedBy(declared(GREEN_DECLARATION, GREEN).subList(0, 1),
                by(OFFICER, new ConsignmentScreenedEvent(ID, ScreeningTrigger.DECLARATION, LIST_VERSION,
                        List.of(POSSIBLE_MATCH), YELLOW, false, null, YELLOW, awaiting, awaiting, THRESHOLDS, List.of())));
    }
}
