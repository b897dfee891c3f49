package org.borderledger.consignment;

import static org.borderledger.consignment.api.Channel.GREEN;
import static org.borderledger.consignment.api.Channel.RED;
import static org.borderledger.consignment.api.Channel.YELLOW;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_DOCUMENT_CHECK;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.DISCREPANCY_FOUND;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;
import static org.borderledger.consignment.api.ConsignmentStatus.UNDER_INSPECTION;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.CommandAuthorization;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.AmendDeclarationCommand;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.CurrencyCode;
import org.borderledger.consignment.api.LinkedImport;
import org.borderledger.consignment.api.Money;
import org.borderledger.consignment.api.PartyLink;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.Quantity;
import org.borderledger.consignment.api.ScreeningHit.ReexportHit;
import org.borderledger.consignment.api.UnitBalance;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DocumentCheckOutcome;
import org.borderledger.consignment.api.DocumentCheckRecordedEvent;
import org.borderledger.consignment.api.FindingRecordedEvent;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InspectionCompletedEvent;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.InspectionStartedEvent;
import org.borderledger.consignment.api.NameMatchThresholds;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.RecordDocumentCheckCommand;
import org.borderledger.consignment.api.RecordFindingCommand;
import org.borderledger.consignment.api.RecordTransitArrivalCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.consignment.api.StartInspectionCommand;
import org.borderledger.consignment.api.VersionedCommand;
import org.borderledger.screening.CoalitionCountries;
import org.borderledger.screening.ImportLedger;
import org.borderledger.screening.LedgerImport;
import org.borderledger.screening.PartyMatcher;
import org.borderledger.screening.ReexportLinker;
import org.borderledger.screening.ReexportScreening;
import org.borderledger.screening.RandomCheckPolicy;
import org.borderledger.screening.ShippedLists;
import org.borderledger.screening.ScreeningService;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Named;

/** What every Consignment fixture test needs: actors, a fixture wired like the application, and given events. */
final class ConsignmentFixture {

    static final String ID = "CN-2026-0001";
    static final String LIST_VERSION = ShippedLists.VERSION;
    /** What the fixture's screening bands with: one threshold, so every name match holds (no possible matches). */
    static final NameMatchThresholds THRESHOLDS =
            new NameMatchThresholds(PartyMatcher.DEFAULT_THRESHOLD, PartyMatcher.DEFAULT_REVIEW_THRESHOLD);

    static final Actor OFFICER = new Actor("o.aliyev", Role.OFFICER, "Kurmangazy");
    static final Actor OTHER_OFFICER = new Actor("o.bekova", Role.OFFICER, "Kurmangazy");
    static final Actor SUPERVISOR = new Actor("s.karimov", Role.SUPERVISOR, "Kurmangazy");
    static final Actor OTHER_SUPERVISOR = new Actor("s.omarova", Role.SUPERVISOR, "Kurmangazy");
    static final Actor AUDITOR = new Actor("a.sadykova", Role.AUDITOR, "HQ");
    static final Actor ADMIN = new Actor("admin", Role.ADMIN, "HQ");

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    /** When given events happened, for tests that read the time back: {@code fixture.givenCurrentTime(GIVEN_AT).andGiven(...)}. */
    static final Instant GIVEN_AT = Instant.parse("2026-11-23T09:15:42.123Z");

    static final String INSPECTION_ID = "INS-1";
    static final String HOLD_TEXT = "Seal broken";

    /** Clean declarations for each channel, from the shipped lists (no random checks in these tests). */
    static final Declaration GREEN_DECLARATION = Declarations.valid();
    static final Declaration YELLOW_DECLARATION = Declarations.builder()
            .goods(Declarations.goodsLine(1, "8482100000")).toDestination("KG").build();
    /** Bearings made in China: the CHPL licence only, neither the Kazakh-origin monitor nor the coalition-origin ban. */
    static final Declaration RED_DECLARATION = Declarations.builder()
            .goods(Declarations.goodsLine(1, "8482100000", "CN")).toDestination("RU").build();
    static final Declaration BANNED_CAR_DECLARATION = Declarations.builder()
            .goods(Declarations.goodsLine(1, "8703400000")).toDestination("RU").build();
    static final Declaration SANCTIONED_CONSIGNEE_DECLARATION = Declarations.builder()
            .consignee(Declarations.party("ООО «Ромашка»", "RU")).toDestination("RU").build();

    private ConsignmentFixture() {
    }

    static FixtureConfiguration<Consignment> fixture() {
        return fixture(screening(RandomCheckPolicy.NONE), new InMemoryDeclarationReferences());
    }

    static FixtureConfiguration<Consignment> fixture(ScreeningService screening, DeclarationReferences references) {
        return fixture(screening, references, new InMemoryImportLedger());
    }

    static FixtureConfiguration<Consignment> fixture(ScreeningService screening, DeclarationReferences references,
                                                     InMemoryImportLedger imports) {
        FixtureConfiguration<Consignment> fixture = new AggregateTestFixture<>(Consignment.class);
        fixture.registerInjectableResource(screening);
        fixture.registerInjectableResource(references);
        fixture.registerInjectableResource(imports);
        fixture.registerInjectableResource(reexports(imports));
        fixture.registerCommandHandlerInterceptor(new CommandAuthorization());
        return fixture;
    }

    static ScreeningService screening(RandomCheckPolicy policy) {
        return new ScreeningService(ShippedLists.asVersion(LIST_VERSION), CLOCK, policy);
    }

    /**
     * RED_DECLARATION (bearings to Russia) declared by OFFICER and screened with an open possible
     * re-export of HS 848210: linked to an import of 100 pieces of German bearings by its exporter.
     */
    static List<EventMessage<?>> reexportOpen() {
        Declaration export = RED_DECLARATION;
        ReexportHit hit = new ReexportHit("848210", List.of(1), "RU", "EU-CHPL", "CHPL-848210-RUBY", GIVEN_AT, 180,
                CoalitionCountries.shipped().version(), List.of(new LinkedImport("CN-2026-0900", "IM-1",
                GIVEN_AT.minus(Duration.ofDays(30)), "Kurmangazy", 1, "8482100000", "DE", LocalDate.of(2026, 10, 24),
                new Quantity(new BigDecimal("100"), "PCE"), new Money(new BigDecimal("2000.00"), CurrencyCode.of("EUR")),
                PartyRole.EXPORTER, PartyLink.SAME_IDENTIFIER)), List.of(UnitBalance.of("PCE", new BigDecimal("100"),
                export.goods().get(0).quantity().amount())), null);
        ConsignmentStatus awaiting = ConsignmentStatus.AWAITING_INSPECTION;
        return List.of(by(OFFICER, new ConsignmentDeclaredEvent(ID, export, ConsignmentStatus.DECLARED)),
                by(OFFICER, new ConsignmentScreenedEvent(ID, ScreeningTrigger.DECLARATION, LIST_VERSION, List.of(hit), RED,
                        false, null, RED, awaiting, awaiting, THRESHOLDS, List.of())));
    }

    /** The re-export check on the shipped lists and coalition countries, with a window of 180 days, reading {@code imports}. */
    static ReexportScreening reexports(ImportLedger imports) {
        return new ReexportScreening(ShippedLists.asVersion(LIST_VERSION), imports,
                new ReexportLinker(CoalitionCountries.shipped(), Duration.ofDays(180)));
    }

    /** An event as a person caused it, with their identity in the metadata. */
    static EventMessage<?> by(Actor actor, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(actor.asMetaData());
    }

    /** The two events of a declaration that screened into {@code channel} with no hit. */
    static List<EventMessage<?>> declared(Channel channel) {
        return declared(channel == GREEN ? GREEN_DECLARATION : channel == YELLOW ? YELLOW_DECLARATION : RED_DECLARATION,
                channel);
    }

    static List<EventMessage<?>> declared(Declaration declaration, Channel channel) {
        ConsignmentStatus awaiting = ConsignmentStatus.awaiting(channel);
        return List.of(
                by(OFFICER, new ConsignmentDeclaredEvent(ID, declaration, ConsignmentStatus.DECLARED)),
                by(OFFICER, screened(ScreeningTrigger.DECLARATION, null, channel, awaiting, awaiting)));
    }

    static ConsignmentScreenedEvent screened(ScreeningTrigger trigger, Channel previous, Channel channel,
                                             ConsignmentStatus clearance, ConsignmentStatus status) {
        return new ConsignmentScreenedEvent(ID, trigger, LIST_VERSION, List.of(), channel, false, previous, channel,
                clearance, status, THRESHOLDS, List.of());
    }

    /** A RED consignment held by {@code placedBy}: declared, screened, held (version 2). */
    static List<EventMessage<?>> heldBy(Actor placedBy, String holdId, HoldReason reason, boolean automatic) {
        return followedBy(declared(RED), by(placedBy, new HoldPlacedEvent(ID, holdId, reason, HOLD_TEXT, automatic,
                placedBy.userId(), AWAITING_INSPECTION, HELD)));
    }

    /** A hold placed by hand by {@code placedBy} on a consignment that was {@code before}. */
    static EventMessage<?> holdPlaced(Actor placedBy, String holdId, HoldReason reason, ConsignmentStatus before) {
        return by(placedBy, new HoldPlacedEvent(ID, holdId, reason, HOLD_TEXT, false, placedBy.userId(), before, HELD));
    }

    /** {@code supervisor} decided hold {@code holdId} (placed by {@code placedBy}); {@code openHolds} remain, {@code status} after. */
    static EventMessage<?> holdReviewed(Actor supervisor, String holdId, HoldReason reason, Actor placedBy,
                                        HoldDecision decision, int openHolds, ConsignmentStatus status) {
        return by(supervisor, new HoldReviewedEvent(ID, holdId, reason, placedBy.userId(), decision,
                DecisionReason.OTHER, "Reviewed", decision == HoldDecision.REFER ? "Veterinary service" : "",
                openHolds, status));
    }

    /** Inspection INS-1 started by OFFICER: the consignment goes RED and UNDER_INSPECTION. */
    static EventMessage<?> inspectionStarted() {
        return by(OFFICER, new InspectionStartedEvent(ID, INSPECTION_ID, "", RED, UNDER_INSPECTION));
    }

    /** The version a person sees after {@code history}: the sequence number of its last event. */
    static long versionOf(List<EventMessage<?>> history) {
        return history.size() - 1L;
    }

    /** {@code history} with {@code next} appended. */
    static List<EventMessage<?>> followedBy(List<EventMessage<?>> history, EventMessage<?>... next) {
        return history(history, List.of(next));
    }

    /** Combines given-event lists in order. */
    @SafeVarargs
    static List<EventMessage<?>> history(List<EventMessage<?>>... parts) {
        List<EventMessage<?>> all = new ArrayList<>();
        for (List<EventMessage<?>> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** Matches the published events' payloads when the AssertJ assertions in {@code check} pass. */
    static Matcher<List<EventMessage<?>>> payloads(Consumer<List<Object>> check) {
        return satisfying("events satisfying the assertions",
                events -> check.accept(events.stream().<Object>map(EventMessage::getPayload).toList()));
    }

    /** Matches a domain rejection with this code whose details and message pass the AssertJ assertions in {@code check}. */
    static Matcher<ConsignmentRejectedException> rejected(RejectionCode code, Consumer<ConsignmentRejectedException> check) {
        return satisfying("a rejection with code " + code + " satisfying the assertions", e -> {
            if (e.code() != code) {
                throw new AssertionError("expected a rejection with code " + code + " but was " + e.code() + ": "
                        + e.getMessage());
            }
            check.accept(e);
        });
    }

    /** Matches what passes the AssertJ assertions in {@code check}, described by {@code what} or the failure. */
    static <T> Matcher<T> satisfying(String what, Consumer<T> check) {
        return new TypeSafeMatcher<>() {
            private AssertionError failure;

            @Override
            protected boolean matchesSafely(T item) {
                try {
                    check.accept(item);
                    return true;
                } catch (AssertionError e) {
                    failure = e;
                    return false;
                }
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(failure == null ? what : failure.getMessage());
            }
        };
    }

    /** Matches a domain rejection by its stable code. */
    static Matcher<ConsignmentRejectedException> rejected(RejectionCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ConsignmentRejectedException e) {
                return e.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection with code " + code);
            }
        };
    }

    /**
     * Every command a person sends about an existing consignment, as a function of the version they
     * saw, each with an actor whose role may send it: for tests that range over all of them.
     */
    static Stream<Named<LongFunction<VersionedCommand>>> everyVersionedCommand() {
        return Stream.of(
                Named.of("AmendDeclaration", v -> new AmendDeclarationCommand(ID, v, GREEN_DECLARATION, "Typo in the invoice")),
                Named.of("CancelDeclaration", v -> new CancelDeclarationCommand(ID, v, "Sale fell through")),
                Named.of("RecordDocumentCheck", v -> new RecordDocumentCheckCommand(ID, v, DocumentCheckOutcome.IN_ORDER, null)),
                Named.of("StartInspection", v -> new StartInspectionCommand(ID, v, "INS-9", null)),
                Named.of("RecordFinding", v -> new RecordFindingCommand(ID, v, 1, false, "As declared")),
                Named.of("CompleteInspection", v -> new CompleteInspectionCommand(ID, v, InspectionOutcome.NO_DISCREPANCY, null)),
                Named.of("PlaceHold", v -> new PlaceHoldCommand(ID, v, "H-9", HoldReason.RISK_INTELLIGENCE, "Tip-off")),
                Named.of("ReviewHold", v -> new ReviewHoldCommand(ID, v, "H-1", HoldDecision.LIFT,
                        DecisionReason.DOCUMENTS_CORRECTED, "Invoice presented", null)),
                Named.of("ReleaseConsignment", v -> new ReleaseConsignmentCommand(ID, v, null)),
                Named.of("RecordTransitArrival", v -> new RecordTransitArrivalCommand(ID, v, OFFICER.borderPost(),
                        List.of(), List.of(), "123 ABC 02", null)));
    }

    /**
     * Histories that leave a consignment in each open situation (declared and checked by OFFICER),
     * named channel first, for tests that range over the situations in which a command is allowed or refused.
     */
    enum Situation {
        GREEN_CLEARED(CLEARED, GREEN, () -> declared(GREEN)),
        YELLOW_AWAITING_DOCUMENT_CHECK(AWAITING_DOCUMENT_CHECK, YELLOW, () -> declared(YELLOW)),
        YELLOW_DOCUMENTS_IN_ORDER(CLEARED, YELLOW, () -> followedBy(declared(YELLOW),
                by(OFFICER, new DocumentCheckRecordedEvent(ID, DocumentCheckOutcome.IN_ORDER, "", CLEARED)))),
        YELLOW_DOCUMENTS_NOT_IN_ORDER(DISCREPANCY_FOUND, YELLOW, () -> followedBy(declared(YELLOW),
                by(OFFICER, new DocumentCheckRecordedEvent(ID, DocumentCheckOutcome.NOT_IN_ORDER, "Invoice missing",
                        DISCREPANCY_FOUND)))),
        RED_AWAITING_INSPECTION(AWAITING_INSPECTION, RED, () -> declared(RED)),
        RED_UNDER_INSPECTION(UNDER_INSPECTION, RED, () -> followedBy(declared(RED), inspectionStarted())),
        RED_INSPECTED_WITHOUT_DISCREPANCY(CLEARED, RED, () -> followedBy(declared(RED), inspectionStarted(),
                by(OFFICER, new InspectionCompletedEvent(ID, INSPECTION_ID, InspectionOutcome.NO_DISCREPANCY, 0, "",
                        CLEARED)))),
        RED_INSPECTED_WITH_DISCREPANCY(DISCREPANCY_FOUND, RED, () -> followedBy(declared(RED), inspectionStarted(),
                by(OFFICER, new FindingRecordedEvent(ID, INSPECTION_ID, 1, 1, true, "200 pieces more than declared",
                        UNDER_INSPECTION)),
                by(OFFICER, new InspectionCompletedEvent(ID, INSPECTION_ID, InspectionOutcome.DISCREPANCY, 1, "",
                        DISCREPANCY_FOUND)))),
        RED_HELD(HELD, RED, () -> heldBy(OFFICER, "H-1", HoldReason.DOCUMENTS, false));

        private final ConsignmentStatus status;
        private final Channel channel;
        private final Supplier<List<EventMessage<?>>> history;

        Situation(ConsignmentStatus status, Channel channel, Supplier<List<EventMessage<?>>> history) {
            this.status = status;
            this.channel = channel;
            this.history = history;
        }

        ConsignmentStatus status() {
            return status;
        }

        Channel channel() {
            return channel;
        }

        List<EventMessage<?>> history() {
            return history.get();
        }

        long version() {
            return versionOf(history());
        }
    }

    /** The import ledger in memory: every recorded line is a candidate, the re-export check judges them all. */
    static final class InMemoryImportLedger implements ImportLedger {
        private final Map<String, List<LedgerImport>> lines = new LinkedHashMap<>();

        @Override
        public void record(String consignmentId, Declaration declaration, Instant declaredAt) {
            lines.put(consignmentId, LedgerImport.of(consignmentId, declaration, declaredAt));
        }

        @Override
        public void withdraw(String consignmentId) {
            lines.remove(consignmentId);
        }

        @Override
        public List<LedgerImport> candidates(Collection<String> hs6, Collection<String> partyKeys, Instant from, Instant until) {
            return lines.values().stream().flatMap(List::stream).toList();
        }

        List<LedgerImport> lines() {
            return candidates(List.of(), List.of(), Instant.MIN, Instant.MAX);
        }
    }

    /** Declaration references held in memory, with the same contract as the PostgreSQL table. */
    static final class InMemoryDeclarationReferences implements DeclarationReferences {
        private final Map<String, String> claimed = new HashMap<>();

        @Override
        public Optional<String> claim(String declarantKey, String reference, String consignmentId) {
            return Optional.ofNullable(claimed.putIfAbsent(declarantKey + "|" + reference, consignmentId));
        }
    }
}
