package org.borderledger.consignment;

import static org.borderledger.consignment.api.Channel.GREEN;
import static org.borderledger.consignment.api.Channel.RED;
import static org.borderledger.consignment.api.Channel.YELLOW;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.actor.Actor;
import org.borderledger.actor.CommandAuthorization;
import org.borderledger.actor.Role;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.screening.RandomCheckPolicy;
import org.borderledger.screening.ScreeningListsLoader;
import org.borderledger.screening.ScreeningService;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** What every Consignment fixture test needs: actors, a fixture wired like the application, and given events. */
final class ConsignmentFixture {

    static final String ID = "CN-2026-0001";
    static final String LIST_VERSION = new ScreeningListsLoader().versionInForce();

    static final Actor OFFICER = new Actor("o.aliyev", Role.OFFICER, "Kurmangazy");
    static final Actor OTHER_OFFICER = new Actor("o.bekova", Role.OFFICER, "Kurmangazy");
    static final Actor SUPERVISOR = new Actor("s.karimov", Role.SUPERVISOR, "Kurmangazy");
    static final Actor OTHER_SUPERVISOR = new Actor("s.omarova", Role.SUPERVISOR, "Kurmangazy");
    static final Actor AUDITOR = new Actor("a.sadykova", Role.AUDITOR, "HQ");
    static final Actor ADMIN = new Actor("admin", Role.ADMIN, "HQ");

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    /** Clean declarations for each channel, from the shipped lists (no random checks in these tests). */
    static final Declaration GREEN_DECLARATION = Declarations.valid();
    static final Declaration YELLOW_DECLARATION = Declarations.builder()
            .goods(Declarations.goodsLine(1, "8482100000")).toDestination("KG").build();
    static final Declaration RED_DECLARATION = Declarations.builder()
            .goods(Declarations.goodsLine(1, "8482100000")).toDestination("RU").build();
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
        FixtureConfiguration<Consignment> fixture = new AggregateTestFixture<>(Consignment.class);
        fixture.registerInjectableResource(screening);
        fixture.registerInjectableResource(references);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorization());
        return fixture;
    }

    static ScreeningService screening(RandomCheckPolicy policy) {
        return new ScreeningService(new ScreeningListsLoader().loadVersionInForce(), CLOCK, policy);
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
                clearance, status);
    }

    /** A RED consignment held by {@code placedBy}: declared, screened, held (version 2). */
    static List<EventMessage<?>> heldBy(Actor placedBy, String holdId, HoldReason reason, boolean automatic) {
        List<EventMessage<?>> events = new ArrayList<>(declared(RED));
        events.add(by(placedBy, new HoldPlacedEvent(ID, holdId, reason, "Seal broken", automatic, placedBy.userId(),
                ConsignmentStatus.AWAITING_INSPECTION, ConsignmentStatus.HELD)));
        return events;
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
        return new TypeSafeMatcher<>() {
            private AssertionError failure;

            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                try {
                    check.accept(events.stream().<Object>map(EventMessage::getPayload).toList());
                    return true;
                } catch (AssertionError e) {
                    failure = e;
                    return false;
                }
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(failure == null ? "events satisfying the assertions" : failure.getMessage());
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

    /** Declaration references held in memory, with the same contract as the PostgreSQL table. */
    static final class InMemoryDeclarationReferences implements DeclarationReferences {
        private final Map<String, String> claimed = new HashMap<>();

        @Override
        public Optional<String> claim(String declarantKey, String reference, String consignmentId) {
            return Optional.ofNullable(claimed.putIfAbsent(declarantKey + "|" + reference, consignmentId));
        }
    }
}
