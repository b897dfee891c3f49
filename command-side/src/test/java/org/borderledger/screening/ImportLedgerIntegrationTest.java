package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.borderledger.CommandSideTestApplication;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.CurrencyCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.HsCode;
import org.borderledger.consignment.api.LinkedImport;
import org.borderledger.consignment.api.Mass;
import org.borderledger.consignment.api.Money;
import org.borderledger.consignment.api.Party;
import org.borderledger.consignment.api.PartyLink;
import org.borderledger.consignment.api.Quantity;
import org.borderledger.consignment.api.ScreeningHit.ReexportHit;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshDatabase;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The import ledger on PostgreSQL: written in the transaction of the command that declares or
 * cancels an import, so the export declared next sees it; asked for candidates by HS subheading,
 * time and party keys; and refilled from the events to exactly what the commands wrote.
 */
@SpringBootTest(classes = CommandSideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshDatabase.class)
@Import(Commands.class)
class ImportLedgerIntegrationTest {

    /** An importer of its own, so that exports of other tests in the same database are never linked to these imports. */
    private static final Party IMPORTER = new Party("TOO Ledger Test " + Lifecycles.unique("I"), CountryCode.of("KZ"), null,
            "Aktau, " + Lifecycles.unique("No") + " Ledger Street");

    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    ImportLedger ledger;
    @Autowired
    ImportLedgerRebuild rebuild;

    @Test
    void anExportDeclaredRightAfterTheImportIsLinkedToIt() {
        String importId = Lifecycles.unique("CN-IM");
        commands.send(new DeclareConsignmentCommand(importId, importOf(Lifecycles.unique("IM"), "100")), OFFICER);
        String exportId = Lifecycles.unique("CN-EX");
        commands.send(new DeclareConsignmentCommand(exportId, Declarations.builder().reference(Lifecycles.unique("EX"))
                .exporter(IMPORTER).toDestination("RU").goods(bearings("150", "DE")).build()), OFFICER);

        ConsignmentScreenedEvent screened = eventStore.readEvents(exportId).asStream().map(DomainEventMessage::getPayload)
                .filter(ConsignmentScreenedEvent.class::isInstance).map(ConsignmentScreenedEvent.class::cast)
                .findFirst().orElseThrow();
        ReexportHit hit = screened.hits().stream().filter(ReexportHit.class::isInstance).map(ReexportHit.class::cast)
                .filter(h -> h.imports().stream().anyMatch(i -> i.consignmentId().equals(importId))).findFirst().orElseThrow();
        LinkedImport linked = hit.imports().stream().filter(i -> i.consignmentId().equals(importId)).findFirst().orElseThrow();
        assertThat(linked.link()).isEqualTo(PartyLink.SAME_ADDRESS);
        assertThat(linked.quantity()).isEqualTo(new Quantity(new BigDecimal("100.000"), "PCE"));
    }

    @Test
    void candidatesAreThoseOfTheSubheadingInTheTimeWithOneOfThePartyKeys() {
        String id = Lifecycles.unique("CN-LEDGER");
        Instant at = Instant.parse("2024-03-01T06:00:00Z");
        ledger.record(id, importOf(Lifecycles.unique("IM"), "7"), at);
        List<String> keys = ReexportLinker.partyKeys(Declarations.builder().exporter(IMPORTER).build());

        assertThat(ledger.candidates(List.of("848210"), keys, at, at.plusSeconds(1)))
                .extracting(LedgerImport::consignmentId).containsExactly(id);
        assertThat(ledger.candidates(List.of("848220"), keys, at, at.plusSeconds(1))).isEmpty();
        assertThat(ledger.candidates(List.of("848210"), keys, at.plusSeconds(1), at.plusSeconds(2))).isEmpty();
        assertThat(ledger.candidates(List.of("848210"), List.of("KZ:000000000000"), at, at.plusSeconds(1))).isEmpty();
        assertThat(ledger.candidates(List.of("848210"), List.of(PartyKeys.of(IMPORTER).name()), at, at.plusSeconds(1)))
                .hasSize(1);
        assertThat(ledger.candidates(List.of("848210"), List.of(PartyKeys.of(IMPORTER).address()), at, at.plusSeconds(1)))
                .singleElement().satisfies(line -> {
                    assertThat(line.origin()).isEqualTo(CountryCode.of("DE"));
                    assertThat(line.value()).isEqualTo(new Money(new BigDecimal("2000.00"), CurrencyCode.of("EUR")));
                    assertThat(line.declaredAt()).isEqualTo(at);
                });
        ledger.withdraw(id);
    }

    /** Romanised, a Cyrillic address or name of the longest allowed is several times longer than written (щ is "shch"). */
    @Test
    void anImporterWithTheLongestCyrillicAddressAndNameIsKeptAndFoundByItsKeys() {
        String id = Lifecycles.unique("CN-LEDGER");
        Instant at = Instant.parse("2024-03-02T06:00:00Z");
        Party cyrillic = new Party("Щ".repeat(Party.MAX_NAME), CountryCode.of("KZ"), null, "щ".repeat(Party.MAX_ADDRESS));
        ledger.record(id, Declarations.builder(importOf(Lifecycles.unique("IM"), "3")).consignee(cyrillic).build(), at);

        PartyKeys keys = PartyKeys.of(cyrillic);
        assertThat(ledger.candidates(List.of("848210"), List.of(keys.address()), at, at.plusSeconds(1)))
                .extracting(LedgerImport::consignmentId).containsExactly(id);
        assertThat(ledger.candidates(List.of("848210"), List.of(keys.name()), at, at.plusSeconds(1)))
                .extracting(LedgerImport::consignmentId).containsExactly(id);
        ledger.withdraw(id);
    }

    @Test
    void aCancelledImportLeavesTheLedgerAndARebuildFromTheEventsGivesTheSameLedger() {
        String kept = Lifecycles.unique("CN-IM");
        commands.send(new DeclareConsignmentCommand(kept, importOf(Lifecycles.unique("IM"), "5")), OFFICER);
        String cancelled = Lifecycles.unique("CN-IM");
        commands.send(new DeclareConsignmentCommand(cancelled, importOf(Lifecycles.unique("IM"), "6")), OFFICER);
        commands.send(new CancelDeclarationCommand(cancelled, 1, "Order cancelled"), OFFICER);
        assertThat(jdbc.queryForList("SELECT consignment_id FROM import_ledger", String.class))
                .contains(kept).doesNotContain(cancelled);

        List<Map<String, Object>> before = rows();
        jdbc.update("DELETE FROM import_ledger_rebuilt");
        jdbc.update("DELETE FROM import_ledger");
        rebuild.rebuildIfAsked();

        assertThat(rows()).isEqualTo(before);
        rebuild.rebuildIfAsked(); // rebuilt once: a second start leaves the ledger alone
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_ledger_rebuilt", Integer.class)).isEqualTo(1);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT * FROM import_ledger ORDER BY consignment_id, line_number");
    }

    private static Declaration importOf(String reference, String quantity) {
        return Declarations.builder().reference(reference).direction(Direction.IMPORT).fromCountry("DE").toDestination("KZ")
                .exporter(Declarations.party("Lager Werke GmbH", "DE")).consignee(IMPORTER)
                .goods(bearings(quantity, "DE")).build();
    }

    private static GoodsLine bearings(String quantity, String origin) {
        return new GoodsLine(1, HsCode.of("8482100000"), "Ball bearings", new Quantity(new BigDecimal(quantity), "PCE"),
                Mass.kg("120"), Mass.kg("100"), new Money(new BigDecimal("2000.00"), CurrencyCode.of("EUR")),
                CountryCode.of(origin));
    }
}
