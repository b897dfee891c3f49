package org.borderledger.consignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.ConsignmentFixture.ID;
import static org.borderledger.consignment.ConsignmentFixture.OFFICER;
import static org.borderledger.consignment.ConsignmentFixture.OTHER_SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.SUPERVISOR;
import static org.borderledger.consignment.ConsignmentFixture.by;
import static org.borderledger.consignment.ConsignmentFixture.followedBy;
import static org.borderledger.consignment.ConsignmentFixture.payloads;
import static org.borderledger.consignment.ConsignmentFixture.rejected;
import static org.borderledger.consignment.ConsignmentFixture.versionOf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.ConsignmentFixture.InMemoryImportLedger;
import org.borderledger.consignment.api.AmendDeclarationCommand;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.CurrencyCode;
import org.borderledger.consignment.api.DecideReexportCommand;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.DeclarationCancelledEvent;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.HsCode;
import org.borderledger.consignment.api.InspectionCompletedEvent;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.LinkedImport;
import org.borderledger.consignment.api.Mass;
import org.borderledger.consignment.api.Money;
import org.borderledger.consignment.api.Party;
import org.borderledger.consignment.api.PartyLink;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.Quantity;
import org.borderledger.consignment.api.ReexportDecidedEvent;
import org.borderledger.consignment.api.ReexportDecision;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.RescreenConsignmentCommand;
import org.borderledger.consignment.api.ScreeningHit.ReexportHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.consignment.api.UnitBalance;
import org.borderledger.screening.CoalitionCountries;
import org.borderledger.screening.RandomCheckPolicy;
import org.borderledger.screening.ScreeningOutcome;
import org.borderledger.screening.ScreeningService;
import org.borderledger.screening.ShippedLists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Possible re-exports: an import of coalition-origin goods under a controlled HS subheading, then
 * within the window an export of the same subheading to Russia or Belarus by a party linked to the
 * importer, sends the export to RED with a hit naming the linked imports; a supervisor other than
 * whoever declared it decides it, release waits for that decision, and a later screening that links
 * the same imports does not open it again.
 */
class ReexportTest {

    private static final Instant EXPORTED_AT = Instant.parse("2026-11-23T08:00:00Z");
    private static final String IMPORT_ID = "CN-2026-0900";
    private static final String BEARINGS = "8482100000";
    /** The importer: the default exporter of the test declarations (BIN, address in Shymkent). */
    private static final Party IMPORTER = Declarations.exporter();

    private InMemoryImportLedger ledger;
    private FixtureConfiguration<Consignment> fixture;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryImportLedger();
        fixture = ConsignmentFixture.fixture(ConsignmentFixture.screening(RandomCheckPolicy.NONE),
                new ConsignmentFixture.InMemoryDeclarationReferences(), ledger);
    }

    // ---- linkage ----

    @Test
    void anExportByTheImporterWithinTheWindowIsAPossibleReexportNamingTheImportAndTheQuantityBeyondIt() {
        imported(IMPORT_ID, IMPORTER, "DE", "100", days(30));

        fixture.givenCurrentTime(EXPORTED_AT)
                .when(new DeclareConsignmentCommand(ID, export(IMPORTER, "RU", "150")), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events).hasSize(2); // RED, but no hold: a supervisor decides
                    ConsignmentScreenedEvent screened = (ConsignmentScreenedEvent) events.get(1);
                    assertThat(screened.channel()).isEqualTo(Channel.RED);
                    assertThat(screened.status()).isEqualTo(ConsignmentStatus.AWAITING_INSPECTION);
                    ReexportHit hit = reexportHit(screened);
                    assertThat(hit.hs6()).isEqualTo("848210");
                    assertThat(hit.lineNumbers()).containsExactly(1);
                    assertThat(hit.destination()).isEqualTo("RU");
                    assertThat(hit.exportedAt()).isEqualTo(EXPORTED_AT);
                    assertThat(hit.windowDays()).isEqualTo(180);
                    assertThat(hit.coalitionVersion()).isEqualTo(CoalitionCountries.shipped().version());
                    assertThat(hit.decidedBefore()).isNull();
                    assertThat(hit.imports()).singleElement().isEqualTo(new LinkedImport(IMPORT_ID, "IM-" + IMPORT_ID,
                            EXPORTED_AT.minus(days(30)), "Kurmangazy", 1, BEARINGS, "DE", LocalDate.of(2026, 10, 24),
                            new Quantity(new BigDecimal("100"), "PCE"), new Money(new BigDecimal("2000.00"),
                            CurrencyCode.of("EUR")), PartyRole.EXPORTER, PartyLink.SAME_IDENTIFIER));
                    assertThat(hit.balances()).containsExactly(new UnitBalance("PCE", new BigDecimal("100"),
                            new BigDecimal("150"), new BigDecimal("50")));
                }));
    }

    @Test
    void anImportOlderThanTheWindowIsNotLinked() {
        imported(IMPORT_ID, IMPORTER, "DE", "100", days(181));

        expectNoReexport(export(IMPORTER, "RU", "100"));
    }

    @Test
    void anImportOnTheLastDayOfTheWindowIsLinked() {
        imported(IMPORT_ID, IMPORTER, "DE", "100", days(180));

        expectReexport(export(IMPORTER, "RU", "100"), hit -> assertThat(hit.balances()).singleElement()
                .extracting(UnitBalance::beyondImported).isEqualTo(BigDecimal.ZERO));
    }

    @Test
    void anExporterWithAnotherIdentifierAtTheImportersAddressIsLinkedByTheAddress() {
        imported(IMPORT_ID, IMPORTER, "FR", "100", days(10));
        Party sameOffice = new Party("TOO Zhana Trade", CountryCode.of("KZ"),
                new BusinessIdentifier(CountryCode.of("KZ"), Declarations.DECLARANT_BIN), "SHYMKENT 2, sample street.");

        expectReexport(Declarations.builder(export(IMPORTER, "BY", "100")).exporter(sameOffice).declarant(sameOffice).build(),
                hit -> assertThat(hit.imports()).singleElement().extracting(LinkedImport::link)
                        .isEqualTo(PartyLink.SAME_ADDRESS));
    }

    @Test
    void aDeclarantSharingTheImportersIdentifierIsLinkedAsDeclarant() {
        imported(IMPORT_ID, IMPORTER, "US", "100", days(10));
        Party other = new Party("TOO Other Exporter", CountryCode.of("KZ"), null, "Aktobe, 9 Other Street");

        expectReexport(Declarations.builder(export(IMPORTER, "RU", "100")).exporter(other).declarant(IMPORTER).build(),
                hit -> assertThat(hit.imports()).singleElement().satisfies(linked -> {
                    assertThat(linked.exportRole()).isEqualTo(PartyRole.DECLARANT);
                    assertThat(linked.link()).isEqualTo(PartyLink.SAME_IDENTIFIER);
                }));
    }

    @Test
    void partiesWithoutIdentifierOrAddressAreLinkedByTheSameNameInTheSameCountry() {
        Party importer = Party.of("TOO Kaspi Bearings", "KZ");
        imported(IMPORT_ID, importer, "JP", "100", days(10));

        expectReexport(Declarations.builder(export(importer, "RU", "100")).declarant(Party.of("TOO Broker", "KZ")).build(),
                hit -> assertThat(hit.imports()).singleElement().extracting(LinkedImport::link)
                        .isEqualTo(PartyLink.SAME_NAME_AND_COUNTRY));
    }

    @Test
    void theImporterWrittenInCyrillicIsLinkedToTheSameTraderExportingUnderItsLatinName() {
        imported(IMPORT_ID, Party.of("ТОО «Подшипник-Трейд»", "KZ"), "DE", "100", days(10));

        expectReexport(Declarations.builder(export(Party.of("TOO Podshipnik Trade", "KZ"), "RU", "100"))
                        .declarant(Party.of("TOO Broker", "KZ")).build(),
                hit -> assertThat(hit.imports()).singleElement().extracting(LinkedImport::link)
                        .isEqualTo(PartyLink.SAME_NAME_AND_COUNTRY));
    }

    /** Leaving the BIN off the export must not hide the importer, who declared with it. */
    @Test
    void anExporterWithoutIdentifierIsLinkedByNameToTheImporterThatHasOne() {
        imported(IMPORT_ID, IMPORTER, "DE", "100", days(10));
        Party unidentified = new Party(IMPORTER.name(), CountryCode.of("KZ"), null, "Aktobe, 9 Other Street");

        expectReexport(Declarations.builder(export(unidentified, "RU", "100")).declarant(Party.of("TOO Broker", "KZ")).build(),
                hit -> assertThat(hit.imports()).singleElement().extracting(LinkedImport::link)
                        .isEqualTo(PartyLink.SAME_NAME_AND_COUNTRY));
    }

    /** Two different identifiers are two companies, however alike their names. */
    @Test
    void anExporterWithAnotherIdentifierIsNotLinkedByTheSameName() {
        imported(IMPORT_ID, IMPORTER, "DE", "100", days(10));
        Party otherCompany = new Party(IMPORTER.name(), CountryCode.of("KZ"),
                new BusinessIdentifier(CountryCode.of("KZ"), Declarations.DECLARANT_BIN), "Aktobe, 9 Other Street");

        expectNoReexport(Declarations.builder(export(otherCompany, "RU", "100")).declarant(Party.of("TOO Broker", "KZ")).build());
    }

    @Test
    void anUnrelatedExporterIsNotLinked() {
        imported(IMPORT_ID, IMPORTER, "DE", "100", days(10));
        Party unrelated = new Party("TOO Unrelated", CountryCode.of("KZ"), null, "Atyrau, 5 Other Street");

        expectNoReexport(Declarations.builder(export(IMPORTER, "RU", "100")).exporter(unrelated).declarant(unrelated).build());
    }

    @Test
    void goodsOfANonCoalitionOriginAreNotLinked() {
        imported(IMPORT_ID, IMPORTER, "CN", "100", days(10));

        expectNoReexport(export(IMPORTER, "RU", "100"));
    }

    @Test
    void anExportToAnotherCountryThanRussiaOrBelarusIsNotChecked() {
        imported(IMPORT_ID, IMPORTER, "DE", "100", days(10));

        expectNoReexport(export(IMPORTER, "KG", "100"));
    }

    @Test
    void anImportDeclaredAfterTheExportIsNotLinked() {
        imported(IMPORT_ID, IMPORTER, "DE", "100", Duration.ofDays(-1));

        expectNoReexport(export(IMPORTER, "RU", "100"));
    }

    @Test
    void aCancelledImportIsNotLinked() {
        imported(IMPORT_ID, IMPORTER, "DE", "100", days(10));
        ledger.withdraw(IMPORT_ID);

        expectNoReexport(export(IMPORTER, "RU", "100"));
    }

    // ---- the ledger the imports keep ----

    @Test
    void declaringAnImportRecordsItsLinesInTheLedgerAtTheDeclarationsTimeAndCancellingWithdrawsThem() {
        Declaration imported = importOf(IMPORTER, "DE", "100");
        fixture.givenCurrentTime(EXPORTED_AT).when(new DeclareConsignmentCommand(ID, imported), OFFICER.asMetaData());
        assertThat(ledger.lines()).singleElement().satisfies(line -> {
            assertThat(line.consignmentId()).isEqualTo(ID);
            assertThat(line.declaredAt()).isEqualTo(EXPORTED_AT);
            assertThat(line.hs6()).isEqualTo("848210");
        });

        List<EventMessage<?>> history = List.of(by(OFFICER, new ConsignmentDeclaredEvent(ID, imported,
                ConsignmentStatus.DECLARED)), by(OFFICER, ConsignmentFixture.screened(ScreeningTrigger.DECLARATION, null,
                Channel.GREEN, ConsignmentStatus.CLEARED, ConsignmentStatus.CLEARED)));
        fixture.given(history).when(new CancelDeclarationCommand(ID, versionOf(history), "Order cancelled"),
                OFFICER.asMetaData());
        assertThat(ledger.lines()).isEmpty();
    }

    // ---- the decision ----

    @Test
    void aSupervisorClosesThePossibleReexportWithADecisionAndAReason() {
        List<EventMessage<?>> history = exportDeclaredBy(OFFICER, "150");
        ReexportHit hit = reexportHit(history);

        fixture.given(history)
                .when(new DecideReexportCommand(ID, versionOf(history), "848210", ReexportDecision.END_USE_DOCUMENTED,
                        "End-user certificate of a civilian tractor plant"), SUPERVISOR.asMetaData())
                .expectEvents(new ReexportDecidedEvent(ID, hit, ReexportDecision.END_USE_DOCUMENTED,
                        "End-user certificate of a civilian tractor plant", ConsignmentStatus.AWAITING_INSPECTION));
    }

    @Test
    void theSupervisorWhoDeclaredTheExportCannotDecideIt() {
        List<EventMessage<?>> history = exportDeclaredBy(SUPERVISOR, "150");

        fixture.given(history)
                .when(decision(history), SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.FOUR_EYES, e -> assertThat(e.messageKey()).isEqualTo("refusal.FOUR_EYES.reexport")));
        fixture.given(history).when(decision(history), OTHER_SUPERVISOR.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOf(ReexportDecidedEvent.class)));
    }

    @Test
    void anOfficerCannotDecideAPossibleReexport() {
        List<EventMessage<?>> history = exportDeclaredBy(OFFICER, "150");

        fixture.given(history).when(decision(history), ConsignmentFixture.OTHER_OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.ROLE_NOT_ALLOWED));
    }

    @Test
    void aDecidedPossibleReexportCannotBeDecidedAgain() {
        List<EventMessage<?>> decided = decided(exportDeclaredBy(OFFICER, "150"));

        fixture.given(decided).when(decision(decided), OTHER_SUPERVISOR.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.REEXPORT_NOT_OPEN, e -> assertThat(e.messageKey()).isEqualTo("refusal.REEXPORT_NOT_OPEN.decided")));
    }

    @Test
    void releaseWaitsForTheDecision() {
        List<EventMessage<?>> inspected = followedBy(exportDeclaredBy(OFFICER, "150"), ConsignmentFixture.inspectionStarted(),
                by(OFFICER, new InspectionCompletedEvent(ID, ConsignmentFixture.INSPECTION_ID, InspectionOutcome.NO_DISCREPANCY,
                        0, "", ConsignmentStatus.CLEARED)));

        fixture.given(inspected).when(new ReleaseConsignmentCommand(ID, versionOf(inspected), null), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.REEXPORT_OPEN, e -> assertThat(e.details()).containsEntry("subheading", "848210")));

        List<EventMessage<?>> decided = decided(inspected);
        fixture.given(decided).when(new ReleaseConsignmentCommand(ID, versionOf(decided), null), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOf(ConsignmentReleasedEvent.class)));
    }

    /** Cancelled, the export could no longer be decided: its possible re-export would stay open on the supervisors' list for ever. */
    @Test
    void theExportCannotBeCancelledPastAnOpenPossibleReexport() {
        List<EventMessage<?>> screened = exportDeclaredBy(OFFICER, "150");

        fixture.given(screened).when(new CancelDeclarationCommand(ID, versionOf(screened), "Buyer withdrew"), OFFICER.asMetaData())
                .expectNoEvents()
                .expectException(rejected(RejectionCode.REEXPORT_OPEN, e -> assertThat(e.messageKey())
                        .isEqualTo("refusal.REEXPORT_OPEN.cancelled")));

        List<EventMessage<?>> decided = decided(screened);
        fixture.given(decided).when(new CancelDeclarationCommand(ID, versionOf(decided), "Buyer withdrew"), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(events).singleElement()
                        .isInstanceOf(DeclarationCancelledEvent.class)));
    }

    @Test
    void anAmendmentThatLinksTheSameImportsKeepsTheDecisionAndOneThatExportsMoreOpensItAgain() {
        List<EventMessage<?>> decided = decided(exportDeclaredBy(OFFICER, "150"));

        fixture.givenCurrentTime(EXPORTED_AT).andGiven(decided)
                .when(new AmendDeclarationCommand(ID, versionOf(decided), Declarations.builder(export(IMPORTER, "RU", "150"))
                        .via("KZ").build(), "Route corrected"), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(reexportHit((ConsignmentScreenedEvent) events.get(1))
                        .decidedBefore()).isEqualTo(ReexportDecision.ORIGIN_PROVEN_LOCAL)));

        fixture.givenCurrentTime(EXPORTED_AT).andGiven(decided)
                .when(new AmendDeclarationCommand(ID, versionOf(decided), export(IMPORTER, "RU", "400"), "More goods"),
                        OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    assertThat(events.get(0)).isInstanceOf(DeclarationAmendedEvent.class);
                    assertThat(reexportHit((ConsignmentScreenedEvent) events.get(1)).decidedBefore()).isNull();
                }));
    }

    @Test
    void aListPublicationKeepsTheDecisionUnlessAnotherImportIsLinkedSince() {
        List<EventMessage<?>> decided = decided(exportDeclaredBy(OFFICER, "150"));
        String newVersion = "2026.12-1";
        fixture = ConsignmentFixture.fixture(new ScreeningService(ShippedLists.asVersion(newVersion), ConsignmentFixture.CLOCK,
                RandomCheckPolicy.NONE), new ConsignmentFixture.InMemoryDeclarationReferences(), ledger);

        fixture.givenCurrentTime(EXPORTED_AT).andGiven(decided)
                .when(new RescreenConsignmentCommand(ID, newVersion), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(reexportHit((ConsignmentScreenedEvent) events.get(0))
                        .decidedBefore()).isEqualTo(ReexportDecision.ORIGIN_PROVEN_LOCAL)));

        imported("CN-2026-0901", IMPORTER, "IT", "40", days(5));
        fixture.givenCurrentTime(EXPORTED_AT).andGiven(decided)
                .when(new RescreenConsignmentCommand(ID, newVersion), Actor.SYSTEM.asMetaData())
                .expectEventsMatching(payloads(events -> {
                    ReexportHit raisedAgain = reexportHit((ConsignmentScreenedEvent) events.get(0));
                    assertThat(raisedAgain.decidedBefore()).isNull();
                    assertThat(raisedAgain.imports()).extracting(LinkedImport::consignmentId)
                            .containsExactly(IMPORT_ID, "CN-2026-0901");
                    assertThat(raisedAgain.balances()).singleElement().extracting(UnitBalance::beyondImported)
                            .isEqualTo(new BigDecimal("10"));
                }));
    }

    // ---- helpers ----

    private void expectReexport(Declaration export, java.util.function.Consumer<ReexportHit> check) {
        fixture.givenCurrentTime(EXPORTED_AT).when(new DeclareConsignmentCommand(ID, export), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> check.accept(reexportHit((ConsignmentScreenedEvent) events.get(1)))));
    }

    private void expectNoReexport(Declaration export) {
        fixture.givenCurrentTime(EXPORTED_AT).when(new DeclareConsignmentCommand(ID, export), OFFICER.asMetaData())
                .expectEventsMatching(payloads(events -> assertThat(((ConsignmentScreenedEvent) events.get(1)).hits())
                        .noneMatch(ReexportHit.class::isInstance)));
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }

    /** An import of bearings of {@code origin} to {@code importer}, declared {@code before} the export. */
    private void imported(String consignmentId, Party importer, String origin, String quantity, Duration before) {
        ledger.record(consignmentId, Declarations.builder(importOf(importer, origin, quantity)).reference("IM-" + consignmentId)
                .build(), EXPORTED_AT.minus(before));
    }

    private static Declaration importOf(Party importer, String origin, String quantity) {
        return Declarations.builder().direction(Direction.IMPORT).fromCountry(origin).toDestination("KZ")
                .exporter(Declarations.party("Lager Werke GmbH", "DE")).consignee(importer)
                .goods(bearings(quantity, "2000.00", origin)).build();
    }

    /**
     * An export of the bearings declared as of Kazakh origin, as a re-export of imported goods is: of
     * their coalition origin they would be banned outright (KZBAN-8482-COAL), which is why the linkage
     * looks at the origin the import declared.
     */
    private static Declaration export(Party exporter, String destination, String quantity) {
        return Declarations.builder().exporter(exporter).toDestination(destination)
                .goods(bearings(quantity, "3500.00", "KZ")).build();
    }

    private static GoodsLine bearings(String quantity, String value, String origin) {
        return new GoodsLine(1, HsCode.of(BEARINGS), "Ball bearings", new Quantity(new BigDecimal(quantity), "PCE"),
                Mass.kg("120"), Mass.kg("100"), new Money(new BigDecimal(value), CurrencyCode.of("EUR")),
                CountryCode.of(origin));
    }

    /** The export declared by {@code actor} and screened with its possible re-export (linked to an import of 100). */
    private List<EventMessage<?>> exportDeclaredBy(Actor actor, String quantity) {
        imported(IMPORT_ID, IMPORTER, "DE", "100", days(30));
        Declaration export = export(IMPORTER, "RU", quantity);
        ScreeningOutcome outcome = ConsignmentFixture.reexports(ledger).addTo(
                ConsignmentFixture.screening(RandomCheckPolicy.NONE).screen(ID, export), export, EXPORTED_AT, List.of());
        ConsignmentStatus awaiting = ConsignmentStatus.awaiting(outcome.channel());
        List<EventMessage<?>> history = new ArrayList<>();
        history.add(by(actor, new ConsignmentDeclaredEvent(ID, export, ConsignmentStatus.DECLARED)));
        history.add(by(actor, new ConsignmentScreenedEvent(ID, ScreeningTrigger.DECLARATION, ConsignmentFixture.LIST_VERSION,
                outcome.hits(), outcome.channel(), false, null, outcome.channel(), awaiting, awaiting,
                ConsignmentFixture.THRESHOLDS, List.of())));
        fixture.givenCurrentTime(EXPORTED_AT);
        return history;
    }

    private static List<EventMessage<?>> decided(List<EventMessage<?>> history) {
        return followedBy(history, by(OTHER_SUPERVISOR, new ReexportDecidedEvent(ID, reexportHit(history),
                ReexportDecision.ORIGIN_PROVEN_LOCAL, "Certificate of Kazakh origin ST-KZ 123", ConsignmentStatus.AWAITING_INSPECTION)));
    }

    private static DecideReexportCommand decision(List<EventMessage<?>> history) {
        return new DecideReexportCommand(ID, versionOf(history), "848210", ReexportDecision.REFERRED_TO_FINANCIAL_MONITORING,
                "Importer and exporter share a director; referred");
    }

    private static ReexportHit reexportHit(List<EventMessage<?>> history) {
        return reexportHit((ConsignmentScreenedEvent) history.get(1).getPayload());
    }

    private static ReexportHit reexportHit(ConsignmentScreenedEvent screened) {
        return screened.hits().stream().filter(ReexportHit.class::isInstance).map(ReexportHit.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no possible re-export in " + screened.hits()));
    }
}
