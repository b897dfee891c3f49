package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.borderledger.consignment.ConsignmentFixture.ADMIN;
import static org.borderledger.consignment.ConsignmentFixture.AUDITOR;
import static org.borderledger.consignment.ConsignmentFixture.BANNED_CAR_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.GREEN_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.RED_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.SANCTIONED_CONSIGNEE_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.YELLOW_DECLARATION;
import static org.borderledger.consignment.ConsignmentFixture.payloads;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.screened;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_DOCUMENT_CHECK;
import static org.borderledger.consignment.api.ConsignmentStatus.AWAITING_INSPECTION;
import static org.borderledger.consignment.api.ConsignmentStatus.CLEARED;
import static org.borderledger.consignment.api.ConsignmentStatus.DECLARED;
import static org.borderledger.consignment.api.ConsignmentStatus.HELD;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.Measure;
import org.borderledger.consignment.api.OriginCondition;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.screening.RandomCheckPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Declaring a consignment: screening into a channel, automatic holds, unique references, who may declare. */
class DeclareConsignmentTest {

    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = ConsignmentFixture.fixture();
    }

    @Test
    void aCleanDeclarationIsScreenedGreenAndClearedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, GREEN_DECLARATION), OFFICER.asMetaData())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ConsignmentDeclaredEvent(ID, GREEN_DECLARATION, DECLARED),
                        screened(ScreeningTrigger.DECLARATION, null, Channel.GREEN, CLEARED, CLEARED));
    }

    @Test
    void aMonitoredGoodToAThirdCountryGoesYellowForADocumentCheck() {
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, YELLOW_DECLARATION), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    ConsignmentScreenedEvent screened = (ConsignmentScreenedEvent) events.get(1);
                    assertThat(screened.channel()).isEqualTo(Channel.YELLOW);
                    assertThat(screened.status()).isEqualTo(AWAITING_DOCUMENT_CHECK);
                    assertThat(screened.hits()).singleElement().isInstanceOfSatisfying(ScreeningHit.GoodsHit.class,
                            hit -> assertThat(hit.measure()).isEqualTo(Measure.MONITOR));
                }));
    }

    @Test
    void aHighPriorityGoodBoundForRussiaGoesRedForInspection() {
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, RED_DECLARATION), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    ConsignmentScreenedEvent screened = (ConsignmentScreenedEvent) events.get(1);
                    assertThat(screened.channel()).isEqualTo(Channel.RED);
                    assertThat(screened.status()).isEqualTo(AWAITING_INSPECTION);
                    assertThat(screened.listVersion()).isEqualTo(ConsignmentFixture.LIST_VERSION);
                    assertThat(screened.hits()).allSatisfy(hit -> assertThat(hit.channel()).isEqualTo(Channel.RED));
                }));
    }

    @Test
    void aBannedGoodIsHeldAutomaticallyWithTheLegalBasisInTheReason() {
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, BANNED_CAR_DECLARATION), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(3);
                    assertThat(events.get(2)).isInstanceOfSatisfying(HoldPlacedEvent.class, hold -> {
                        assertThat(hold.automatic()).isTrue();
                        assertThat(hold.reason()).isEqualTo(HoldReason.CONTROLLED_GOODS);
                        assertThat(hold.holdId()).isEqualTo("AUTO-1");
                        assertThat(hold.placedBy()).isEqualTo(OFFICER.userId());
                        assertThat(hold.statusBeforeHold()).isEqualTo(AWAITING_INSPECTION);
                        assertThat(hold.status()).isEqualTo(HELD);
                        assertThat(hold.text()).contains("HS 8703400000").contains("BAN").contains("RU");
                    });
                }));
    }

    @Test
    void bearingsOfCoalitionOriginToRussiaAreHeldNamingTheOriginTheBanAppliesTo() {
        Declaration german = Declarations.builder().goods(Declarations.goodsLine(1, "8482100000", "DE")).toDestination("RU").build();
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, german), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(3);
                    ConsignmentScreenedEvent screened = (ConsignmentScreenedEvent) events.get(1);
                    assertThat(screened.hits()).filteredOn(ScreeningHit::requiresHold).singleElement()
                            .isInstanceOfSatisfying(ScreeningHit.GoodsHit.class, hit -> {
                                assertThat(hit.entryId()).isEqualTo("KZBAN-8482-COAL");
                                assertThat(hit.originCondition().origin()).isEqualTo("DE");
                                assertThat(hit.originCondition().origins()).contains("DE", "FR", "US").doesNotContain("KZ");
                            });
                    assertThat(events.get(2)).isInstanceOfSatisfying(HoldPlacedEvent.class, hold -> {
                        assertThat(hold.reason()).isEqualTo(HoldReason.CONTROLLED_GOODS);
                        assertThat(hold.text()).contains("HS 8482100000, origin DE: the measure applies to origin AT, BE,")
                                .contains("KZBAN-8482-COAL BAN for RU");
                    });
                }));
    }

    @Test
    void theSameBearingsOfKazakhOriginAreOnlyMonitoredBesideTheLicenceAndNotHeld() {
        Declaration kazakh = Declarations.builder().goods(Declarations.goodsLine(1, "8482100000", "KZ")).toDestination("RU").build();
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, kazakh), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2);
                    ConsignmentScreenedEvent screened = (ConsignmentScreenedEvent) events.get(1);
                    assertThat(screened.channel()).isEqualTo(Channel.RED);
                    assertThat(screened.status()).isEqualTo(AWAITING_INSPECTION);
                    assertThat(screened.hits()).map(ScreeningHit.GoodsHit.class::cast)
                            .extracting(ScreeningHit.GoodsHit::entryId, ScreeningHit.GoodsHit::measure, ScreeningHit.GoodsHit::originCondition)
                            .containsExactly(tuple("CHPL-848210-RUBY", Measure.LICENCE, null),
                                    tuple("KZBAN-8482-KZ", Measure.MONITOR, new OriginCondition("KZ", List.of("KZ"), List.of())));
                }));
    }

    @Test
    void aSanctionedPartyInCyrillicIsHeldAutomaticallyNamingTheListedEntry() {
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, SANCTIONED_CONSIGNEE_DECLARATION), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(3);
                    ConsignmentScreenedEvent screened = (ConsignmentScreenedEvent) events.get(1);
                    assertThat(screened.channel()).isEqualTo(Channel.RED);
                    assertThat(screened.hits()).anySatisfy(hit -> assertThat(hit).isInstanceOfSatisfying(
                            ScreeningHit.PartyHit.class, party -> {
                                assertThat(party.role()).isEqualTo(PartyRole.CONSIGNEE);
                                assertThat(party.listedName()).isEqualTo("Romashka Trading LLC");
                            }));
                    assertThat(events.get(2)).isInstanceOfSatisfying(HoldPlacedEvent.class, hold -> {
                        assertThat(hold.reason()).isEqualTo(HoldReason.SANCTIONS_MATCH);
                        assertThat(hold.text()).contains("Romashka Trading LLC");
                    });
                }));
    }

    @Test
    void randomChecksAreSeededPerConsignmentSoTheSameDeclarationAlwaysGetsTheSameChannel() {
        RandomCheckPolicy everyoneRed = new RandomCheckPolicy(0, 1);
        fixture = ConsignmentFixture.fixture(ConsignmentFixture.screening(everyoneRed),
                new ConsignmentFixture.InMemoryDeclarationReferences());

        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, GREEN_DECLARATION), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    ConsignmentScreenedEvent screened = (ConsignmentScreenedEvent) events.get(1);
                    assertThat(screened.randomlySelected()).isTrue();
                    assertThat(screened.hits()).isEmpty();
                    assertThat(screened.channel()).isEqualTo(Channel.RED);
                }));
    }

    @Test
    void aSupervisorMayDeclareToo() {
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, GREEN_DECLARATION), SUPERVISOR.asMetaData())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSecondDeclarationWithTheSameReferenceFromTheSameDeclarantIsRefused() {
        ConsignmentFixture.InMemoryDeclarationReferences references = new ConsignmentFixture.InMemoryDeclarationReferences();
        references.claim(GREEN_DECLARATION.declarantKey(), GREEN_DECLARATION.reference(), "CN-EARLIER");
        fixture = ConsignmentFixture.fixture(ConsignmentFixture.screening(RandomCheckPolicy.NONE), references);

        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, GREEN_DECLARATION), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(ConsignmentRejectedException.class)
                .expectExceptionMessage(containsString("CN-EARLIER"))
                .expectException(rejected(RejectionCode.DUPLICATE_REFERENCE));
    }

    @Test
    void referencesAreComparedWithoutRegardToCase() {
        ConsignmentFixture.InMemoryDeclarationReferences references = new ConsignmentFixture.InMemoryDeclarationReferences();
        Declaration lowerCase = Declarations.withReference("ex-2025-000123");
        references.claim(lowerCase.declarantKey(), "EX-2025-000123", "CN-EARLIER");
        fixture = ConsignmentFixture.fixture(ConsignmentFixture.screening(RandomCheckPolicy.NONE), references);

        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, lowerCase), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.DUPLICATE_REFERENCE));
    }

    @ParameterizedTest
    @MethodSource("readersAndAdministrators")
    void auditorsAndAdministratorsCannotDeclare(Actor actor) {
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, GREEN_DECLARATION), actor.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ROLE_NOT_ALLOWED));
    }

    @Test
    void aCommandThatDoesNotSayWhoSentItIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DeclareConsignmentCommand(ID, GREEN_DECLARATION), Map.of())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.NOT_AUTHENTICATED));
    }

    static Stream<Actor> readersAndAdministrators() {
        return Stream.of(AUDITOR, ADMIN, Actor.SYSTEM);
    }
}
