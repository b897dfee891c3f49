package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.screening.ScreeningListEntries.measure;
import static org.borderledger.screening.ScreeningListEntries.measures;
import static org.borderledger.screening.ScreeningListEntries.parties;
import static org.borderledger.screening.ScreeningListEntries.party;
import static org.borderledger.screening.api.ListSource.EU_FSF;
import static org.borderledger.screening.api.ListSource.GOODS_MEASURES;
import static org.borderledger.screening.api.ListSource.US_SDN;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.CommandAuthorization;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.Measure;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.PublishScreeningListCommand;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScreeningListRegisterTest {

    static final Actor ADMIN = new Actor("admin", Role.ADMIN, "HQ");
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final String ID = PublishScreeningListCommand.REGISTER_ID;

    private FixtureConfiguration<ScreeningListRegister> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ScreeningListRegister.class);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorization());
    }

    /** The first version: both party sources and the goods, everything added. */
    static ScreeningListPublishedEvent first() {
        return new ScreeningListPublishedEvent(ID, "2026.11.22-1", null, List.of(US_SDN, EU_FSF, GOODS_MEASURES),
                List.of(ScreeningListEntries.file("sdn.csv"), ScreeningListEntries.file("eu.xml"),
                        ScreeningListEntries.file("goods-measures.csv")), NOW.minusSeconds(86_400),
                List.of(party("SDN-1", "Romashka Trading"), party("SDN-2", "Kvazar Components"), party("EU-1", "Vostok Metals")),
                List.of(), List.of(measure("M-1", "8542", Measure.LICENCE), measure("M-2", "8703", Measure.BAN)), List.of(),
                5, 0, 0, List.of(US_SDN, US_SDN, EU_FSF));
    }

    static EventMessage<?> by(Actor actor, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(actor.asMetaData());
    }

    @Test
    void theFirstPublicationAddsEveryEntryAndIsVersionOne() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new PublishScreeningListCommand(List.of(parties(US_SDN, party("SDN-1", "Romashka Trading")),
                        measures(measure("M-1", "8542", Measure.LICENCE)))), ADMIN.asMetaData())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload("2026.11.23-1")
                .expectEvents(new ScreeningListPublishedEvent(ID, "2026.11.23-1", null, List.of(US_SDN, GOODS_MEASURES),
                        List.of(ScreeningListEntries.file("us_sdn.file"), ScreeningListEntries.file("goods-measures.csv")), NOW,
                        List.of(party("SDN-1", "Romashka Trading")), List.of(), List.of(measure("M-1", "8542", Measure.LICENCE)),
                        List.of(), 2, 0, 0));
    }

    @Test
    void theEventNamesWhoPublished() {
        fixture.givenNoPriorActivity()
                .when(new PublishScreeningListCommand(List.of(measures(measure("M-1", "8542", Measure.LICENCE)))), ADMIN.asMetaData())
                .expectEventsMatching(Matchers.exactSequenceOf(new CustomTypeSafeMatcher<EventMessage<?>>("published by admin") {
                    @Override
                    protected boolean matchesSafely(EventMessage<?> event) {
                        return Actor.from(event.getMetaData()).orElseThrow().equals(ADMIN);
                    }
                }, Matchers.andNoMore()));
    }

    @Test
    void replacingOneSourceKeepsTheOthersAndCountsWhatChanged() {
        fixture.given(by(Actor.SYSTEM, first()))
                .andGivenCurrentTime(NOW)
                .when(new PublishScreeningListCommand(List.of(parties(US_SDN,
                        party("SDN-2", "Kvazar Primer Components"), party("SDN-3", "Polyus Logistics")))), ADMIN.asMetaData())
                .expectResultMessagePayload("2026.11.23-2")
                .expectEvents(new ScreeningListPublishedEvent(ID, "2026.11.23-2", "2026.11.22-1", List.of(US_SDN),
                        List.of(ScreeningListEntries.file("us_sdn.file")), NOW,
                        List.of(party("SDN-2", "Kvazar Primer Components"), party("SDN-3", "Polyus Logistics")),
                        List.of("SDN-1"), List.of(), List.of(), 1, 1, 1));
    }

    @Test
    void aGoodsPublicationLeavesEveryPartyAlone() {
        fixture.given(by(Actor.SYSTEM, first()))
                .andGivenCurrentTime(NOW)
                .when(new PublishScreeningListCommand(List.of(measures(measure("M-1", "8542", Measure.BAN),
                        measure("M-2", "8703", Measure.BAN)))), ADMIN.asMetaData())
                .expectEvents(new ScreeningListPublishedEvent(ID, "2026.11.23-2", "2026.11.22-1", List.of(GOODS_MEASURES),
                        List.of(ScreeningListEntries.file("goods-measures.csv")), NOW, List.of(), List.of(),
                        List.of(measure("M-1", "8542", Measure.BAN)), List.of(), 0, 1, 0));
    }

    @Test
    void aPublicationThatChangesNothingIsRefused() {
        fixture.given(by(Actor.SYSTEM, first()))
                .when(new PublishScreeningListCommand(List.of(parties(EU_FSF, party("EU-1", "Vostok Metals")))), ADMIN.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.LIST_UNCHANGED, "change no entry of version 2026.11.22-1"));
    }

    @Test
    void aPartyIdAnotherSourceListsIsRefused() {
        fixture.given(by(Actor.SYSTEM, first()))
                .when(new PublishScreeningListCommand(List.of(parties(EU_FSF, party("SDN-1", "Someone Else")))), ADMIN.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.LIST_ENTRY_CONFLICT, "already listed by US_SDN"));
    }

    @Test
    void anEntryListedTwiceInOneFileIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PublishScreeningListCommand(List.of(measures(measure("M-1", "8542", Measure.BAN),
                        measure("M-1", "8703", Measure.BAN)))), ADMIN.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.LIST_ENTRY_CONFLICT, "lists entry M-1 twice"));
    }

    @Test
    void aStateRestoredFromEventsDecidesLikeTheEvents() {
        // after two publications, republishing the first US_SDN content counts against the second
        ScreeningListPublishedEvent second = new ScreeningListPublishedEvent(ID, "2026.11.22-2", "2026.11.22-1",
                List.of(US_SDN), List.of(), NOW, List.of(), List.of("SDN-2"), List.of(), List.of(), 0, 0, 1);
        fixture.given(by(Actor.SYSTEM, first()), by(ADMIN, second))
                .andGivenCurrentTime(NOW)
                .when(new PublishScreeningListCommand(List.of(parties(US_SDN, party("SDN-1", "Romashka Trading"),
                        party("SDN-2", "Kvazar Components")))), ADMIN.asMetaData())
                .expectResultMessagePayload("2026.11.23-3")
                .expectEvents(new ScreeningListPublishedEvent(ID, "2026.11.23-3", "2026.11.22-2", List.of(US_SDN),
                        List.of(ScreeningListEntries.file("us_sdn.file")), NOW, List.of(party("SDN-2", "Kvazar Components")),
                        List.of(), List.of(), List.of(), 1, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "SUPERVISOR", "AUDITOR"})
    void onlyAdministratorsAndTheSystemPublish(Role role) {
        fixture.givenNoPriorActivity()
                .when(new PublishScreeningListCommand(List.of(measures(measure("M-1", "8542", Measure.BAN)))),
                        new Actor("someone", role, "Kurmangazy").asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ROLE_NOT_ALLOWED, "may not publish screening list"));
    }

    @Test
    void theSystemPublishesTheShippedListsFirst() {
        List<ImportedList> shipped = ShippedLists.load();
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new PublishScreeningListCommand(shipped), Actor.SYSTEM.asMetaData())
                .expectResultMessagePayload("2026.11.23-1")
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        new CustomTypeSafeMatcher<ScreeningListPublishedEvent>("every shipped entry added") {
                            @Override
                            protected boolean matchesSafely(ScreeningListPublishedEvent event) {
                                int entries = shipped.stream().mapToInt(l -> l.parties().size() + l.measures().size()).sum();
                                return event.added() == entries && event.changed() == 0 && event.removed() == 0
                                        && event.sources().equals(shipped.stream().map(ImportedList::source).toList());
                            }
                        }, Matchers.andNoMore())));
    }

    @Test
    void fingerprintsDifferForAnyChangedComponent() {
        assertThat(ScreeningListRegister.fingerprint(measure("M-1", "8542", Measure.BAN)))
                .isEqualTo(ScreeningListRegister.fingerprint(measure("M-1", "8542", Measure.BAN)))
                .isNotEqualTo(ScreeningListRegister.fingerprint(measure("M-1", "8542", Measure.LICENCE)))
                .hasSize(16);
    }

    static org.hamcrest.Matcher<ConsignmentRejectedException> rejected(RejectionCode code, String message) {
        return new CustomTypeSafeMatcher<>("refusal " + code + " saying '" + message + "'") {
            @Override
            protected boolean matchesSafely(ConsignmentRejectedException e) {
                return e.code() == code && e.getMessage().contains(message);
            }
        };
    }

}
