package org.borderledger.consignment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_DOCUMENT_CHECK;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CANCELLED;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.DECLARED;
import static org.borderledger.consignment.api.ConsignmentStatus.DISCREPANCY_FOUND;
import static org.borderledger.consignment.api.ConsignmentStatus.DISCHARGED;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;
import static org.borderledger.consignment.api.ConsignmentStatus.IN_TRANSIT;
import static org.borderledger.consignment.api.ConsignmentStatus.RELEASED;
import static org.borderledger.consignment.api.ConsignmentStatus.UNDER_INSPECTION;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.AmendDeclarationCommand;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.ConfirmPossibleMatchCommand;
import org.borderledger.consignment.api.ConsignmentAction;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DecideReexportCommand;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.DeclarationCancelledEvent;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.DismissPossibleMatchCommand;
import org.borderledger.consignment.api.DocumentCheckOutcome;
import org.borderledger.consignment.api.DocumentCheckRecordedEvent;
import org.borderledger.consignment.api.FindingRecordedEvent;
import org.borderledger.consignment.api.FourEyes;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InspectionCompletedEvent;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.InspectionStartedEvent;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.PossibleMatchConfirmedEvent;
import org.borderledger.consignment.api.PossibleMatchDismissedEvent;
import org.borderledger.consignment.api.RecordDocumentCheckCommand;
import org.borderledger.consignment.api.RecordFindingCommand;
import org.borderledger.consignment.api.ReexportDecidedEvent;
import org.borderledger.consignment.api.RecordTransitArrivalCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.RememberedDecision;
import org.borderledger.consignment.api.RescreenConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningHit.PartyHit;
import org.borderledger.consignment.api.ScreeningHit.ReexportHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.consignment.api.StartInspectionCommand;
import org.borderledger.consignment.api.TransitArrivalRecordedEvent;
import org.borderledger.consignment.api.TransitDepartedEvent;
import org.borderledger.consignment.api.TransitDetails;
import org.borderledger.consignment.api.TransitDischargedEvent;
import org.borderledger.consignment.api.TransitFinding;
import org.borderledger.consignment.api.TransitOverdueEvent;
import org.borderledger.consignment.api.VersionedCommand;
import org.borderledger.screening.ImportLedger;
import org.borderledger.screening.ReexportScreening;
import org.borderledger.screening.ScreeningOutcome;
import org.borderledger.screening.ScreeningService;

/**
 * One declaration of goods crossing one border post, from declaration to release, seizure,
 * refusal or cancellation; for a transit movement, from its office of departure through its arrival at
 * exit to its discharge. Command handlers decide and apply events; state changes only in the event
 * sourcing handlers, so a replay rebuilds exactly what was decided.
 */
@Aggregate(repository = "consignmentRepository")
@Revision("3") // the state's shape: raised whenever a field is added, so that older snapshots are not used
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Consignment {

    /** Statuses whose checks start again when a re-screen raises the channel (a found discrepancy included). */
    private static final Set<ConsignmentStatus> CHECKED =
            EnumSet.of(CLEARED, AWAITING_DOCUMENT_CHECK, AWAITING_INSPECTION, DISCREPANCY_FOUND);
    /** The deadline a transit movement's release schedules at its time limit. */
    static final String TRANSIT_TIME_LIMIT = "transitTimeLimit";

    @AggregateIdentifier
    private String consignmentId;
    private Declaration declaration;
    private ConsignmentStatus status;
    private Channel channel;
    private String screenedListVersion;
    /** Where the consignment was when its first open hold was placed: where a LIFT returns it. */
    private ConsignmentStatus statusBeforeHold;
    private Map<String, Hold> holds = new LinkedHashMap<>();
    private String inspectionId;
    private boolean inspectionEverStarted;
    private int findingCount;
    private boolean inspectionFoundDiscrepancy;
    private LastChange lastChange;
    /** Possible matches of the latest screening that nobody has confirmed or dismissed, by {@link PartyHit#key()}. */
    private Map<String, PartyHit> possibleMatches = new LinkedHashMap<>();
    /** The latest decision on each party hit, by {@link PartyHit#key()}: what a later screening must not undo. */
    private Map<String, RememberedDecision> decisions = new LinkedHashMap<>();
    /** The party hits in band MATCH of the latest screening: what an automatic hold placed now stands for. */
    private List<PartyHit> latestMatches = List.of();
    /** The party hits each undecided sanctions hold stands for: lifting the hold decides them. */
    private Map<String, List<PartyHit>> holdCovers = new LinkedHashMap<>();
    /** When and by whom the declaration was made (null in a snapshot taken before they were kept). */
    private Instant declaredAt;
    private String declaredBy;
    /** Possible re-exports of the latest screening that no supervisor has decided, by HS subheading. */
    private Map<String, ReexportHit> openReexports = new LinkedHashMap<>();
    /** Who sent the command whose screening raised the open possible re-exports: not who decides them. */
    private String reexportsRaisedBy;
    /** The latest decision on each HS subheading's possible re-export: what a later screening must not undo. */
    private Map<String, ReexportDecidedEvent> reexportDecisions = new LinkedHashMap<>();
    /** Where the goods of a transit movement were presented at exit; null until then. */
    private String transitArrivalPost;
    /** Whether the movement's time limit passed before its arrival (raised once). */
    private boolean transitOverdue;
    /** Who released the goods for transit: not who records their arrival, wherever both are posted. */
    private String releasedForTransitBy;

    /** A hold as the aggregate needs it to decide: who placed it, why, and whether it is still open. */
    record Hold(HoldReason reason, boolean automatic, String placedBy, boolean open) {
    }

    /** Who changed the consignment last, to tell a person whose page is out of date. */
    record LastChange(long version, String userId, String role, String borderPost, Instant at, String what) {
    }

    Consignment() {
        // For Axon: the aggregate is rebuilt from its events (or a snapshot).
    }

    @CommandHandler
    Consignment(DeclareConsignmentCommand command, Actor actor, ScreeningService screening,
                DeclarationReferences references, ImportLedger imports, ReexportScreening reexports) {
        Declaration declared = command.declaration();
        requireJurisdiction(actor, declared.borderPost());
        TransitRules.requireFollowable(declared, GenericEventMessage.clock.instant());
        references.claim(declared.declarantKey(), declared.reference().toUpperCase(Locale.ROOT), command.consignmentId())
                .ifPresent(holder -> {
                    throw new ConsignmentRejectedException(RejectionCode.DUPLICATE_REFERENCE,
                            "Declarant " + declared.declarant().name() + " already used reference "
                                    + declared.reference() + " (consignment " + holder + "); a declaration is never"
                                    + " submitted twice: amend the existing one instead.",
                            Map.of("consignmentId", holder, "declarant", declared.declarant().name(),
                                    "reference", declared.reference()));
                });
        ScreeningOutcome outcome = screening.screen(command.consignmentId(), declared);
        // In a constructor Axon applies events after it returns; andThen acts on the state they leave.
        apply(new ConsignmentDeclaredEvent(command.consignmentId(), declared, DECLARED), actor.asMetaData())
                .andThen(() -> {
                    imports.record(consignmentId, declared, declaredAt);
                    screen(ScreeningTrigger.DECLARATION, withReexports(outcome, reexports), actor);
                });
    }

    /**
     * Officers and supervisors act only on consignments of their own posts: checked here, before every
     * command this consignment handles, so that no command (a new one included) can forget it. The
     * arrival of a transit movement is recorded where the goods are presented, one of the sender's posts;
     * from then on that post is in charge.
     */
    @CommandHandlerInterceptor
    void checkJurisdiction(Actor actor, CommandMessage<?> command) {
        requireJurisdiction(actor, command.getPayload() instanceof RecordTransitArrivalCommand arrival
                ? arrival.arrivalPost() : transitArrivalPost != null ? transitArrivalPost : declaration.borderPost());
    }

    @CommandHandler
    void handle(AmendDeclarationCommand command, Actor actor, ScreeningService screening, ImportLedger imports,
                ReexportScreening reexports) {
        requireJurisdiction(actor, command.declaration().borderPost());
        requireOpenAndCurrent(command);
        if (clearance() == UNDER_INSPECTION) {
            throw reject(RejectionCode.ILLEGAL_TRANSITION, "amendUnderInspection", Map.of(),
                    "The declaration cannot be amended while the goods are under inspection; complete the inspection first.");
        }
        requireNotInTransit("amendInTransit", "amended");
        Declaration amended = command.declaration();
        TransitRules.requireFollowable(amended, GenericEventMessage.clock.instant());
        if (!amended.reference().equalsIgnoreCase(declaration.reference())
                || !amended.declarantKey().equals(declaration.declarantKey())) {
            throw reject(RejectionCode.DECLARATION_IDENTITY_CHANGED, null, Map.of("reference", declaration.reference()),
                    "An amendment keeps the declarant and the reference ("
                    + declaration.reference() + "); to declare under another reference, cancel and declare anew.");
        }
        ConsignmentStatus awaiting = ConsignmentStatus.awaiting(channel);
        apply(new DeclarationAmendedEvent(consignmentId, amended, DeclarationChanges.between(declaration, amended),
                command.reason(), status == HELD ? HELD : awaiting), actor.asMetaData());
        if (declaredAt != null) {
            imports.record(consignmentId, amended, declaredAt);
        }
        screen(ScreeningTrigger.AMENDMENT, withReexports(screening.screen(consignmentId, amended, decisions.values()),
                reexports), actor);
    }

    @CommandHandler
    void handle(CancelDeclarationCommand command, Actor actor, ImportLedger imports) {
        requireOpenAndCurrent(command);
        if (inspectionEverStarted) {
            throw reject(RejectionCode.ILLEGAL_TRANSITION, "cancelAfterInspection", Map.of(),
                    "The declaration cannot be cancelled: an inspection of the goods has started.");
        }
        requireNotInTransit("cancelInTransit", "cancelled");
        requireNoOpenHold("cancelled");
        requireNoOpenReexport(true);
        imports.withdraw(consignmentId);
        apply(new DeclarationCancelledEvent(consignmentId, declaration.reference(), command.reason(), CANCELLED),
                actor.asMetaData());
    }

    @CommandHandler
    void handle(RecordDocumentCheckCommand command, Actor actor) {
        requireOpenAndCurrent(command);
        requireAllowed(ConsignmentAction.RECORD_DOCUMENT_CHECK, "record a document check");
        ConsignmentStatus next = command.outcome() == DocumentCheckOutcome.IN_ORDER ? CLEARED : DISCREPANCY_FOUND;
        apply(new DocumentCheckRecordedEvent(consignmentId, command.outcome(), command.note(), next), actor.asMetaData());
    }

    @CommandHandler
    void handle(StartInspectionCommand command, Actor actor) {
        requireOpenAndCurrent(command);
        if (!ConsignmentAction.START_INSPECTION.allowedIn(status)) {
            throw reject(RejectionCode.ILLEGAL_TRANSITION, "startInspection", Map.of("consignmentStatus", status.name()),
                    "An inspection cannot start while the consignment is "
                    + describe(status) + ".");
        }
        apply(new InspectionStartedEvent(consignmentId, command.inspectionId(), command.note(), Channel.RED,
                UNDER_INSPECTION), actor.asMetaData());
    }

    @CommandHandler
    void handle(RecordFindingCommand command, Actor actor) {
        requireOpenAndCurrent(command);
        requireAllowed(ConsignmentAction.RECORD_FINDING, "record a finding");
        Integer line = command.lineNumber();
        if (line != null && declaration.goods().stream().noneMatch(g -> g.lineNumber() == line)) {
            throw reject(RejectionCode.INVALID_INPUT, "noGoodsLine", Map.of("line", line.toString()),
                    "The declaration has no goods line " + line + ".");
        }
        apply(new FindingRecordedEvent(consignmentId, inspectionId, findingCount + 1, line, command.discrepancy(),
                command.description(), UNDER_INSPECTION), actor.asMetaData());
    }

    @CommandHandler
    void handle(CompleteInspectionCommand command, Actor actor) {
        requireOpenAndCurrent(command);
        requireAllowed(ConsignmentAction.COMPLETE_INSPECTION, "complete an inspection");
        if (command.outcome() == InspectionOutcome.NO_DISCREPANCY && inspectionFoundDiscrepancy) {
            throw reject(RejectionCode.DISCREPANCY_RECORDED, null, Map.of(), "A finding of this inspection records a discrepancy;"
                    + " it cannot be completed as 'no discrepancy'.");
        }
        ConsignmentStatus next = command.outcome() == InspectionOutcome.NO_DISCREPANCY ? CLEARED : DISCREPANCY_FOUND;
        apply(new InspectionCompletedEvent(consignmentId, inspectionId, command.outcome(), findingCount, command.note(),
                next), actor.asMetaData());
    }

    @CommandHandler
    void handle(PlaceHoldCommand command, Actor actor) {
        requireOpenAndCurrent(command);
        if (holds.containsKey(command.holdId())) {
            throw reject(RejectionCode.DUPLICATE_HOLD, null, Map.of("holdId", command.holdId()),
                    "This consignment already has a hold " + command.holdId() + ".");
        }
        placeHold(command.holdId(), command.reason(), command.text(), false, actor);
    }

    @CommandHandler
    void handle(ReviewHoldCommand command, Actor actor) {
        requireOpenAndCurrent(command);
        Hold hold = holds.get(command.holdId());
        if (hold == null) {
            throw reject(RejectionCode.UNKNOWN_HOLD, null, Map.of("holdId", command.holdId()),
                    "This consignment has no hold " + command.holdId() + ".");
        }
        if (!hold.open()) {
            throw reject(RejectionCode.HOLD_ALREADY_DECIDED, null, Map.of("holdId", command.holdId()),
                    "Hold " + command.holdId() + " has already been decided.");
        }
        if (!FourEyes.mayDecide(actor.userId(), hold.placedBy())) {
            throw reject(RejectionCode.FOUR_EYES, hold.automatic() ? "automatic" : null, Map.of("holdId", command.holdId()),
                    "You placed hold " + command.holdId()
                    + (hold.automatic() ? " (through the screening of your command)" : "")
                    + "; another supervisor must decide it.");
        }
        if (!command.reason().fits(command.decision())) {
            String fitting = DecisionReason.fitting(command.decision()).stream().map(Enum::name)
                    .collect(Collectors.joining(", "));
            throw reject(RejectionCode.REASON_DOES_NOT_FIT_DECISION, null, Map.of("reason", command.reason().name(),
                    "decision", command.decision().name(), "fittingReasons", fitting), "The reason " + command.reason()
                    + " does not fit the decision " + command.decision() + "; reasons that fit it: " + fitting + ".");
        }
        long stillOpen = holds.values().stream().filter(Hold::open).count()
                - (command.decision() == HoldDecision.REFER ? 0 : 1);
        apply(new HoldReviewedEvent(consignmentId, command.holdId(), hold.reason(), hold.placedBy(), command.decision(),
                command.reason(), command.text(), command.referredAgency(), (int) stillOpen,
                statusAfterReview(command.decision(), stillOpen)), actor.asMetaData());
        if (command.decision() == HoldDecision.LIFT && stillOpen == 0 && transitArrivalPost != null) {
            discharge(actor);
        }
    }

    @CommandHandler
    void handle(ReleaseConsignmentCommand command, Actor actor, DeadlineManager deadlines) {
        requireOpenAndCurrent(command);
        requireNoOpenHold("released");
        requireNoOpenPossibleMatch();
        requireNoOpenReexport(false);
        if (!ConsignmentAction.RELEASE.allowedIn(status)) {
            throw reject(RejectionCode.NOT_CLEARED, null, Map.of("consignmentStatus", status.name()),
                    "The goods are not cleared for release: the consignment is "
                    + describe(status) + ".");
        }
        TransitDetails transit = declaration.transit();
        if (transit == null) {
            apply(new ConsignmentReleasedEvent(consignmentId, declaration.reference(), channel, command.note(), RELEASED),
                    actor.asMetaData());
            return;
        }
        // The time limit was ahead when declared; checks or holds may have taken the goods past it.
        TransitRules.requireFollowable(declaration, GenericEventMessage.clock.instant());
        apply(new TransitDepartedEvent(consignmentId, declaration.reference(), declaration.borderPost(), transit.exitPost(),
                declaration.countryOfDestination(), transit.timeLimit(), channel, command.note(), IN_TRANSIT),
                actor.asMetaData());
        deadlines.schedule(transit.timeLimit(), TRANSIT_TIME_LIMIT);
    }

    /**
     * The goods of a movement in transit are presented at exit: with nothing found against the departure
     * the movement is discharged; a finding holds the goods automatically, for a supervisor other than the
     * sender to decide (a lift of the last hold discharges it).
     */
    @CommandHandler
    void handle(RecordTransitArrivalCommand command, Actor actor) {
        requireOpenAndCurrent(command);
        // Goods held on the road (a tip-off at departure) still turn up at a border: their arrival is
        // recorded, and they stay held for the supervisors of the post where they now are.
        boolean heldOnTheRoad = status == HELD && statusBeforeHold == IN_TRANSIT && transitArrivalPost == null;
        if (!heldOnTheRoad) {
            requireAllowed(ConsignmentAction.RECORD_TRANSIT_ARRIVAL, "record the arrival of a movement");
        }
        if (!FourEyes.mayDecide(actor.userId(), releasedForTransitBy)) {
            throw reject(RejectionCode.FOUR_EYES, "transitArrival", Map.of(), "You released this movement for transit;"
                    + " another officer records its arrival where the goods are presented.");
        }
        TransitDetails transit = declaration.transit();
        TransitRules.requireEverySealChecked(transit, command.seals(), command.otherSeals());
        Set<TransitFinding> findings = TransitRules.findings(declaration, command);
        boolean late = GenericEventMessage.clock.instant().isAfter(transit.timeLimit());
        apply(new TransitArrivalRecordedEvent(consignmentId, command.arrivalPost(),
                TransitRules.countryOf(command.arrivalPost()), command.seals(), command.otherSeals(),
                command.vehicleRegistration(), findings, late, command.note(), heldOnTheRoad ? HELD : IN_TRANSIT),
                actor.asMetaData());
        if (!findings.isEmpty()) {
            placeHold(PlaceHoldCommand.AUTOMATIC_PREFIX + (holds.size() + 1),
                    findings.contains(TransitFinding.DIVERSION) ? HoldReason.DIVERSION : HoldReason.TRANSIT_DISCREPANCY,
                    TransitRules.holdText(declaration, command, findings), true, actor);
        } else if (!heldOnTheRoad) {
            discharge(actor);
        } // else the hold placed on the road stands, and its lift discharges the movement
    }

    /**
     * The time limit of a movement passed: an alert, unless its goods were presented at exit before (an
     * arrival does not cancel the deadline, which then finds the movement arrived and does nothing) or
     * it was closed in transit. Raised once even if the scheduler runs the deadline again after a crash.
     */
    @DeadlineHandler(deadlineName = TRANSIT_TIME_LIMIT)
    void transitTimeLimitPassed() {
        if (transitArrivalPost == null && !transitOverdue && !status.isTerminal()) {
            apply(new TransitOverdueEvent(consignmentId, declaration.reference(), declaration.borderPost(),
                    declaration.transit().exitPost(), declaration.transit().timeLimit(), status),
                    Actor.SYSTEM.asMetaData());
        }
    }

    @CommandHandler
    void handle(RescreenConsignmentCommand command, Actor actor, ScreeningService screening,
                ReexportScreening reexports) {
        requireOpen();
        String inForce = screening.versionInForce(command.listVersion());
        if (!command.listVersion().equals(inForce)) {
            throw reject(RejectionCode.LIST_VERSION_NOT_IN_FORCE, null, Map.of("listVersion", command.listVersion(),
                    "versionInForce", String.valueOf(inForce)), "List version " + command.listVersion()
                    + " is not the one in force (" + inForce + "); re-screen against that one.");
        }
        if (command.listVersion().equals(screenedListVersion)) {
            return; // already screened against this version: re-screening is idempotent
        }
        screen(ScreeningTrigger.LIST_PUBLISHED, withReexports(screening.screen(consignmentId, declaration,
                decisions.values()), reexports), actor);
    }

    /** The officer says the party is the listed one: a sanctions hold follows, for a supervisor to decide. */
    @CommandHandler
    void handle(ConfirmPossibleMatchCommand command, Actor actor) {
        requireOpenAndCurrent(command);
        PartyHit hit = openPossibleMatch(command.role(), command.entryId());
        String holdId = confirmedMatchHoldId();
        apply(new PossibleMatchConfirmedEvent(consignmentId, hit, holdId, status), actor.asMetaData());
        placeHold(holdId, HoldReason.SANCTIONS_MATCH, "Possible match confirmed by " + actor.userId() + ": "
                + ScreeningSummary.describe(hit), false, actor);
    }

    @CommandHandler
    void handle(DismissPossibleMatchCommand command, Actor actor) {
        requireOpenAndCurrent(command);
        PartyHit hit = openPossibleMatch(command.role(), command.entryId());
        apply(new PossibleMatchDismissedEvent(consignmentId, hit, command.reason(), status), actor.asMetaData());
    }

    /** A supervisor other than who declared it or whose command's screening raised it closes a possible re-export. */
    @CommandHandler
    void handle(DecideReexportCommand command, Actor actor) {
        requireOpenAndCurrent(command);
        ReexportHit hit = openReexports.get(command.hs6());
        if (hit == null) {
            ReexportDecidedEvent decided = reexportDecisions.get(command.hs6());
            throw reject(RejectionCode.REEXPORT_NOT_OPEN, decided == null ? null : "decided",
                    decided == null ? Map.of("subheading", command.hs6())
                            : Map.of("subheading", command.hs6(), "decision", decided.decision().name()),
                    "This consignment has no open possible re-export of goods under " + command.hs6()
                            + (decided == null ? "." : "; it was decided (" + decided.decision() + ")."));
        }
        if (!FourEyes.mayDecide(actor.userId(), declaredBy) || !FourEyes.mayDecide(actor.userId(), reexportsRaisedBy)) {
            throw reject(RejectionCode.FOUR_EYES, "reexport", Map.of("subheading", command.hs6()), "You declared this consignment"
                    + " or sent the command whose screening found the possible re-export; another supervisor must decide it.");
        }
        apply(new ReexportDecidedEvent(consignmentId, hit, command.decision(), command.reason(), status), actor.asMetaData());
    }

    /**
     * The outcome with the possible re-exports of the declaration added, judged as of the time it was
     * declared. A snapshot taken before that time was kept does not know it: such a consignment is not checked.
     */
    private ScreeningOutcome withReexports(ScreeningOutcome outcome, ReexportScreening reexports) {
        return declaredAt == null ? outcome
                : reexports.addTo(outcome, declaration, declaredAt, reexportDecisions.values());
    }

    /** {@code cancelling}: the declaration cannot be withdrawn past the check either (a cancelled one can no longer be decided). */
    private void requireNoOpenReexport(boolean cancelling) {
        if (!openReexports.isEmpty()) {
            String subheadings = String.join(", ", openReexports.keySet());
            throw reject(RejectionCode.REEXPORT_OPEN, cancelling ? "cancelled" : null, Map.of("subheading", subheadings),
                    (cancelling ? "The declaration cannot be cancelled" : "The consignment cannot be released")
                    + " while a possible re-export is open (HS " + subheadings + "): a supervisor must decide it first.");
        }
    }

    /**
     * Records a screening and its consequences. After a declaration or an amendment the channel's
     * checks start again; on a re-screen only a raised channel asks for more. The channel never goes
     * down, and a hold is placed only if no automatic hold is open already.
     */
    private void screen(ScreeningTrigger trigger, ScreeningOutcome outcome, Actor actor) {
        Channel previous = channel;
        Channel next = previous == null ? outcome.channel() : outcome.channel().atLeast(previous);
        ConsignmentStatus current = clearance();
        boolean restart = trigger != ScreeningTrigger.LIST_PUBLISHED || (next != previous && CHECKED.contains(current));
        ConsignmentStatus after = restart ? ConsignmentStatus.awaiting(next) : current;
        boolean automaticHoldOpen = holds.values().stream().anyMatch(h -> h.open() && h.automatic());
        apply(new ConsignmentScreenedEvent(consignmentId, trigger, outcome.listVersion(), outcome.hits(),
                outcome.channel(), outcome.randomlySelected(), previous, next, after, status == HELD ? HELD : after,
                outcome.thresholds(), outcome.suppressed()), actor.asMetaData()).andThen(() -> {
                    if (outcome.requiresHold() && !automaticHoldOpen) {
                        boolean sanctions = outcome.hits().stream()
                                .anyMatch(h -> h instanceof PartyHit && h.requiresHold());
                        placeHold(PlaceHoldCommand.AUTOMATIC_PREFIX + (holds.size() + 1),
                                sanctions ? HoldReason.SANCTIONS_MATCH : HoldReason.CONTROLLED_GOODS,
                                ScreeningSummary.of(outcome), true, actor);
                    }
                });
    }

    /** The ids of holds placed by a confirmation, numbered like automatic ones and reserved as they are. */
    private String confirmedMatchHoldId() {
        int n = holds.size() + 1;
        while (holds.containsKey(PlaceHoldCommand.CONFIRMED_MATCH_PREFIX + n)) {
            n++;
        }
        return PlaceHoldCommand.CONFIRMED_MATCH_PREFIX + n;
    }

    private PartyHit openPossibleMatch(PartyRole role, String entryId) {
        String key = RememberedDecision.key(role, entryId);
        PartyHit hit = possibleMatches.get(key);
        if (hit != null) {
            return hit;
        }
        RememberedDecision decided = decisions.get(key);
        String party = role.name().toLowerCase(Locale.ROOT);
        if (decided != null) {
            throw reject(RejectionCode.POSSIBLE_MATCH_ALREADY_RESOLVED, null, Map.of("partyRole", role.name(),
                    "entryId", entryId, "decisionKind", decided.kind().name()), "The possible match of the " + party
                    + " with list entry " + entryId + " has already been " + describe(decided.kind()) + ".");
        }
        throw reject(RejectionCode.UNKNOWN_POSSIBLE_MATCH, null, Map.of("partyRole", role.name(), "entryId", entryId),
                "The latest screening of this consignment found no possible"
                + " match of the " + party + " with list entry " + entryId + ".");
    }

    private static String describe(RememberedDecision.Kind kind) {
        return switch (kind) {
            case CONFIRMED -> "confirmed (a sanctions hold was placed)";
            case DISMISSED -> "dismissed as a different party";
            case LIFTED -> "decided: a supervisor lifted its sanctions hold";
        };
    }

    private void requireNoOpenPossibleMatch() {
        String open = possibleMatches.values().stream().map(ScreeningSummary::describe).collect(Collectors.joining("; "));
        if (!open.isEmpty()) {
            String roles = possibleMatches.values().stream().map(hit -> hit.role().name()).distinct()
                    .collect(Collectors.joining(", "));
            throw reject(RejectionCode.POSSIBLE_MATCH_OPEN, null, Map.of("partyRoles", roles),
                    "The consignment cannot be released while a possible"
                    + " sanctions match is open: " + open + ". An officer must confirm or dismiss it first.");
        }
    }

    private void discharge(Actor actor) {
        apply(new TransitDischargedEvent(consignmentId, declaration.reference(), transitArrivalPost, DISCHARGED),
                actor.asMetaData());
    }

    /** A movement in transit (held or not) is on the road: its declaration is what departed, as it departed. */
    private void requireNotInTransit(String variant, String action) {
        if (clearance() == IN_TRANSIT) {
            throw reject(RejectionCode.ILLEGAL_TRANSITION, variant, Map.of(), "The declaration cannot be " + action
                    + ": the goods were released for transit; the movement ends with its arrival at the exit post.");
        }
    }

    private void placeHold(String holdId, HoldReason reason, String text, boolean automatic, Actor actor) {
        apply(new HoldPlacedEvent(consignmentId, holdId, reason, text, automatic, actor.userId(), clearance(), HELD),
                actor.asMetaData());
    }

    /** Where the consignment stands in its checks, whether or not a hold is open. */
    private ConsignmentStatus clearance() {
        return status == HELD ? statusBeforeHold : status;
    }

    private ConsignmentStatus statusAfterReview(HoldDecision decision, long stillOpen) {
        return switch (decision) {
            case SEIZE -> ConsignmentStatus.SEIZED;
            case REFUSE -> ConsignmentStatus.REFUSED;
            case REFER -> HELD;
            // A supervisor who lifts the last hold on a consignment with a discrepancy has weighed it: cleared.
            case LIFT -> stillOpen > 0 ? HELD : statusBeforeHold == DISCREPANCY_FOUND ? CLEARED : statusBeforeHold;
        };
    }

    private void requireOpen() {
        if (status.isTerminal()) {
            throw reject(RejectionCode.TERMINAL_STATE, null, Map.of("consignmentStatus", status.name()),
                    "The consignment is " + describe(status)
                    + "; a closed consignment accepts no further command.");
        }
    }

    /** The version check comes first: a person acting on an old page hears what changed, not a rule. */
    private void requireOpenAndCurrent(VersionedCommand command) {
        if (command.expectedVersion() != lastChange.version()) {
            throw new ConsignmentRejectedException(RejectionCode.STALE_VERSION,
                    "This consignment changed after you opened it: " + lastChange.userId() + " (" + lastChange.role()
                            + ", " + lastChange.borderPost() + ") " + lastChange.what() + " at " + lastChange.at()
                            + ". Reload the consignment to see the change, then decide again.",
                    Map.of("currentVersion", Long.toString(lastChange.version()),
                            "expectedVersion", Long.toString(command.expectedVersion()),
                            "changedBy", lastChange.userId(), "changedAt", lastChange.at().toString(),
                            "change", lastChange.what(), "changedByRole", lastChange.role()));
        }
        requireOpen();
    }

    private void requireAllowed(ConsignmentAction action, String doing) {
        if (!action.allowedIn(status)) {
            throw reject(RejectionCode.ILLEGAL_TRANSITION, null, Map.of("action", action.name(),
                    "consignmentStatus", status.name(), "allowedStatuses",
                    action.statuses().stream().map(Enum::name).collect(Collectors.joining(", "))),
                    "You can " + doing + " only when the consignment is "
                    + action.statuses().stream().map(Consignment::describe).collect(Collectors.joining(" or "))
                    + "; it is " + describe(status) + ".");
        }
    }

    private void requireNoOpenHold(String action) {
        String open = String.join(", ", holds.entrySet().stream().filter(e -> e.getValue().open())
                .map(e -> e.getKey() + " (" + e.getValue().reason() + ")").toList());
        if (!open.isEmpty()) {
            String holdIds = String.join(", ", holds.entrySet().stream().filter(e -> e.getValue().open())
                    .map(Map.Entry::getKey).toList());
            throw reject(RejectionCode.HOLD_OPEN, action, Map.of("holdIds", holdIds),
                    "The consignment cannot be " + action + " while a hold is open: "
                    + open + ". A supervisor must decide every hold first.");
        }
    }

    private static void requireJurisdiction(Actor actor, String borderPost) {
        if (!actor.mayActAt(borderPost)) {
            String posts = String.join(", ", actor.borderPosts());
            throw reject(RejectionCode.OUT_OF_JURISDICTION, null, Map.of("borderPost", borderPost, "yourBorderPosts", posts),
                    "Border post " + borderPost + " is not one of yours (" + posts + "): officers and supervisors act only"
                            + " on consignments of the posts they are posted to.");
        }
    }

    /** A refusal whose facts fill the message key of its code and {@code variant} (null for the code's own). */
    private static ConsignmentRejectedException reject(RejectionCode code, String variant, Map<String, String> facts,
                                                       String message) {
        return new ConsignmentRejectedException(code, variant, message, facts);
    }

    private static String describe(ConsignmentStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    // ---- state changes, from events only ----

    @EventSourcingHandler
    void on(ConsignmentDeclaredEvent event, DomainEventMessage<?> message) {
        consignmentId = event.consignmentId();
        declaration = event.declaration();
        status = event.status();
        // To the millisecond, as the event store keeps it: the same time whether just applied or read back.
        declaredAt = message.getTimestamp().truncatedTo(ChronoUnit.MILLIS);
        declaredBy = Actor.from(message.getMetaData()).orElse(Actor.SYSTEM).userId();
        changed(message, "declared it");
    }

    @EventSourcingHandler
    void on(ConsignmentScreenedEvent event, DomainEventMessage<?> message) {
        channel = event.channel();
        screenedListVersion = event.listVersion();
        status = event.status();
        if (status == HELD) {
            statusBeforeHold = event.clearance();
        }
        List<PartyHit> partyHits = event.hits().stream().filter(PartyHit.class::isInstance).map(PartyHit.class::cast)
                .toList();
        latestMatches = partyHits.stream().filter(hit -> hit.band() == MatchBand.MATCH).toList();
        possibleMatches = new LinkedHashMap<>();
        partyHits.stream().filter(hit -> hit.band() == MatchBand.POSSIBLE)
                .filter(hit -> {
                    RememberedDecision decided = decisions.get(hit.key());
                    return decided == null || !decided.concerns(hit);
                })
                .forEach(hit -> possibleMatches.put(hit.key(), hit));
        // No second automatic hold is placed while one is open: the open one stands for these hits too.
        holds.entrySet().stream().filter(e -> e.getValue().open() && e.getValue().automatic()).findFirst()
                .ifPresent(open -> holdCovers.merge(open.getKey(), latestMatches,
                        (covered, more) -> Stream.concat(covered.stream(), more.stream()).distinct().toList()));
        openReexports = new LinkedHashMap<>();
        event.hits().stream().filter(ReexportHit.class::isInstance).map(ReexportHit.class::cast)
                .filter(hit -> hit.decidedBefore() == null).forEach(hit -> openReexports.put(hit.hs6(), hit));
        reexportsRaisedBy = Actor.from(message.getMetaData()).orElse(Actor.SYSTEM).userId();
        changed(message, "screened it (" + event.channel() + ")");
    }

    @EventSourcingHandler
    void on(DeclarationAmendedEvent event, DomainEventMessage<?> message) {
        declaration = event.declaration();
        status = event.status();
        changed(message, "amended the declaration");
    }

    @EventSourcingHandler
    void on(DeclarationCancelledEvent event, DomainEventMessage<?> message) {
        status = event.status();
        changed(message, "cancelled the declaration");
    }

    @EventSourcingHandler
    void on(DocumentCheckRecordedEvent event, DomainEventMessage<?> message) {
        status = event.status();
        changed(message, "recorded a document check");
    }

    @EventSourcingHandler
    void on(InspectionStartedEvent event, DomainEventMessage<?> message) {
        inspectionId = event.inspectionId();
        inspectionEverStarted = true;
        channel = event.channel();
        findingCount = 0;
        inspectionFoundDiscrepancy = false;
        status = event.status();
        changed(message, "started an inspection");
    }

    @EventSourcingHandler
    void on(FindingRecordedEvent event, DomainEventMessage<?> message) {
        findingCount = event.findingNumber();
        inspectionFoundDiscrepancy |= event.discrepancy();
        changed(message, "recorded a finding");
    }

    @EventSourcingHandler
    void on(InspectionCompletedEvent event, DomainEventMessage<?> message) {
        status = event.status();
        changed(message, "completed the inspection");
    }

    @EventSourcingHandler
    void on(HoldPlacedEvent event, DomainEventMessage<?> message) {
        holds.put(event.holdId(), new Hold(event.reason(), event.automatic(), event.placedBy(), true));
        if (event.automatic()) {
            holdCovers.put(event.holdId(), latestMatches);
        }
        statusBeforeHold = event.statusBeforeHold();
        status = event.status();
        changed(message, "placed hold " + event.holdId());
    }

    @EventSourcingHandler
    void on(HoldReviewedEvent event, DomainEventMessage<?> message) {
        if (event.decision() != HoldDecision.REFER) {
            holds.computeIfPresent(event.holdId(), (id, h) -> new Hold(h.reason(), h.automatic(), h.placedBy(), false));
            List<PartyHit> covered = holdCovers.remove(event.holdId());
            if (event.decision() == HoldDecision.LIFT && covered != null) {
                covered.forEach(hit -> decisions.put(hit.key(), RememberedDecision.of(hit, RememberedDecision.Kind.LIFTED,
                        message.getSequenceNumber())));
            }
        }
        status = event.status();
        if (status != HELD) {
            statusBeforeHold = null;
        }
        changed(message, "decided hold " + event.holdId() + " (" + event.decision() + ")");
    }

    @EventSourcingHandler
    void on(PossibleMatchConfirmedEvent event, DomainEventMessage<?> message) {
        PartyHit hit = event.hit();
        possibleMatches.remove(hit.key());
        decisions.put(hit.key(), RememberedDecision.of(hit, RememberedDecision.Kind.CONFIRMED, message.getSequenceNumber()));
        holdCovers.put(event.holdId(), List.of(hit));
        changed(message, "confirmed the possible match of the " + hit.role().name().toLowerCase(Locale.ROOT)
                + " with " + hit.entryId());
    }

    @EventSourcingHandler
    void on(PossibleMatchDismissedEvent event, DomainEventMessage<?> message) {
        PartyHit hit = event.hit();
        possibleMatches.remove(hit.key());
        decisions.put(hit.key(), RememberedDecision.of(hit, RememberedDecision.Kind.DISMISSED, message.getSequenceNumber()));
        changed(message, "dismissed the possible match of the " + hit.role().name().toLowerCase(Locale.ROOT)
                + " with " + hit.entryId());
    }

    @EventSourcingHandler
    void on(ReexportDecidedEvent event, DomainEventMessage<?> message) {
        openReexports.remove(event.hit().hs6());
        reexportDecisions.put(event.hit().hs6(), event);
        changed(message, "decided the possible re-export under HS " + event.hit().hs6() + " (" + event.decision() + ")");
    }

    @EventSourcingHandler
    void on(ConsignmentReleasedEvent event, DomainEventMessage<?> message) {
        status = event.status();
        changed(message, "released it");
    }

    @EventSourcingHandler
    void on(TransitDepartedEvent event, DomainEventMessage<?> message) {
        status = event.status();
        releasedForTransitBy = Actor.from(message.getMetaData()).orElse(Actor.SYSTEM).userId();
        changed(message, "released it for transit to " + event.exitPost());
    }

    @EventSourcingHandler
    void on(TransitArrivalRecordedEvent event, DomainEventMessage<?> message) {
        transitArrivalPost = event.arrivalPost();
        status = event.status();
        changed(message, "recorded its arrival at " + event.arrivalPost());
    }

    @EventSourcingHandler
    void on(TransitDischargedEvent event, DomainEventMessage<?> message) {
        status = event.status();
        changed(message, "discharged the movement");
    }

    @EventSourcingHandler
    void on(TransitOverdueEvent event, DomainEventMessage<?> message) {
        transitOverdue = true;
        status = event.status();
        changed(message, "found the time limit passed");
    }

    private void changed(DomainEventMessage<?> message, String what) {
        Actor actor = Actor.from(message.getMetaData()).orElse(Actor.SYSTEM);
        lastChange = new LastChange(message.getSequenceNumber(), actor.userId(), actor.role().name(),
                actor.borderPost(), message.getTimestamp(), what);
    }
}
