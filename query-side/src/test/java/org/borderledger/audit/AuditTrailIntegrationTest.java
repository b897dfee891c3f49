package org.borderledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.support.Lifecycles.OFFICER;
import static org.borderledger.support.Lifecycles.SUPERVISOR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.audit.api.AuditTrailExport;
import org.borderledger.audit.api.ConsignmentHistory;
import org.borderledger.audit.api.EventLogPage;
import org.borderledger.audit.api.FetchConsignmentHistoryQuery;
import org.borderledger.audit.api.SearchEventLogQuery;
import org.borderledger.audit.api.StoredEvent;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The auditor's history and event log, read through the QueryGateway straight from the event store
 * on the machine's PostgreSQL. Each test declares consignments of its own, so the tests do not
 * depend on each other's events.
 */
// A low snapshot threshold, so that snapshots exist and the history can be seen to leave them out.
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "borderledger.snapshot-threshold=3")
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class AuditTrailIntegrationTest {

    static final String HOLD_TEXT = "Seal \"A-17\" broken, goods resealed\nsee photo 3";

    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrailExport export;

    final ObjectMapper json = new ObjectMapper();

    @Autowired
    Commands commands;

    @Test
    void theHistoryListsEveryStoredEventInOrderWithWhoDidItAndThePayload() {
        Actor officer = new Actor("o.history", Role.OFFICER, Declarations.BORDER_POST);
        heldAndLifted("CN-HIST-1", officer);

        List<StoredEvent> events = history("CN-HIST-1");

        assertThat(events).extracting(StoredEvent::eventType).containsExactly(
                ConsignmentDeclaredEvent.class.getSimpleName(), ConsignmentScreenedEvent.class.getSimpleName(),
                HoldPlacedEvent.class.getSimpleName(), HoldReviewedEvent.class.getSimpleName());
        assertThat(events).extracting(StoredEvent::sequenceNumber).containsExactly(0L, 1L, 2L, 3L);
        assertThat(events).extracting(StoredEvent::globalIndex).isSorted().doesNotHaveDuplicates();
        assertThat(events).extracting(StoredEvent::actor).containsExactly(officer, officer, officer, SUPERVISOR);
        // One command, one correlation id: the declaration and its screening belong together.
        assertThat(events).extracting(StoredEvent::correlationId).doesNotContainNull();
        assertThat(events.get(1).correlationId()).isEqualTo(events.get(0).correlationId());
        assertThat(events.get(2).correlationId()).isNotIn(events.get(0).correlationId(), events.get(3).correlationId());
        assertThat(events.get(2).payload()).contains("\"reason\" : \"DOCUMENTS\"").contains("Seal \\\"A-17\\\" broken");
        assertThat(events.get(3).metadata()).containsEntry(Actor.USER_ID, "s.karimov").containsKeys("correlationId", "traceId");
        assertThat(events).extracting(StoredEvent::revision).containsOnly("1");
        assertThat(events).extracting(StoredEvent::occurredAt).isSorted().doesNotContainNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?",
                Integer.class, "CN-HIST-1")).isPositive();
    }

    @Test
    void aConsignmentNeverDeclaredHasAnEmptyHistory() {
        assertThat(history("CN-NEVER")).isEmpty();
    }

    @Test
    void theEventLogFindsTheEventsOfOneActor() {
        Actor officer = new Actor("o.actor", Role.OFFICER, Declarations.BORDER_POST);
        heldAndLifted("CN-ACTOR-1", officer);
        heldAndLifted("CN-ACTOR-2", officer);
        heldAndLifted("CN-ACTOR-3", new Actor("o.other", Role.OFFICER, Declarations.BORDER_POST));

        EventLogPage page = search(new SearchEventLogQuery("o.actor", null, null, null, null, 0, 100));

        assertThat(page.events()).hasSize(6).allSatisfy(e -> assertThat(e.actor()).isEqualTo(officer));
        assertThat(page.events()).extracting(StoredEvent::consignmentId).containsOnly("CN-ACTOR-1", "CN-ACTOR-2");
        assertThat(page.events()).extracting(StoredEvent::globalIndex).isSorted();
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void theEventLogFindsOneEventTypeOfOneConsignment() {
        Actor officer = new Actor("o.type", Role.OFFICER, Declarations.BORDER_POST);
        heldAndLifted("CN-TYPE-1", officer);
        heldAndLifted("CN-TYPE-2", officer);

        EventLogPage ofOne = search(new SearchEventLogQuery(null, "HoldPlacedEvent", "CN-TYPE-1", null, null, 0, 10));
        EventLogPage ofAll = search(new SearchEventLogQuery(null, "HoldPlacedEvent", null, null, null, 0, 500));

        assertThat(ofOne.events()).singleElement().satisfies(e -> {
            assertThat(e.consignmentId()).isEqualTo("CN-TYPE-1");
            assertThat(e.sequenceNumber()).isEqualTo(2);
        });
        assertThat(ofAll.events()).extracting(StoredEvent::eventType).containsOnly("HoldPlacedEvent");
        assertThat(ofAll.events()).extracting(StoredEvent::consignmentId).contains("CN-TYPE-1", "CN-TYPE-2");
    }

    @Test
    void theEventLogFindsTheEventsOfATimeRange() throws InterruptedException {
        Actor officer = new Actor("o.time", Role.OFFICER, Declarations.BORDER_POST);
        heldAndLifted("CN-TIME-1", officer);
        Thread.sleep(5); // stored instants are milliseconds; keep the two consignments apart
        heldAndLifted("CN-TIME-2", officer);
        List<StoredEvent> second = history("CN-TIME-2");
        Instant from = second.get(0).occurredAt();
        Instant lastOfSecond = second.get(second.size() - 1).occurredAt();

        List<StoredEvent> all = search(new SearchEventLogQuery(null, null, null, from, lastOfSecond.plusMillis(1), 0, 500)).events();
        List<StoredEvent> allButLast = search(new SearchEventLogQuery(null, null, null, from, lastOfSecond, 0, 500)).events();
        // A bound finer than the stored milliseconds is rounded so that it still means what it says.
        List<StoredEvent> fromJustAfter = search(new SearchEventLogQuery(null, null, null, from.plusNanos(1), null, 0, 500)).events();

        assertThat(all).extracting(StoredEvent::eventId).containsExactlyElementsOf(second.stream().map(StoredEvent::eventId).toList());
        assertThat(allButLast).allSatisfy(e -> assertThat(e.occurredAt()).isBefore(lastOfSecond))
                .extracting(StoredEvent::consignmentId).containsOnly("CN-TIME-2");
        assertThat(fromJustAfter).allSatisfy(e -> assertThat(e.occurredAt()).isAfter(from));
    }

    @Test
    void theEventLogIsPagedInGlobalOrder() {
        heldAndLifted("CN-PAGE-1", new Actor("o.page", Role.OFFICER, Declarations.BORDER_POST));

        EventLogPage first = search(new SearchEventLogQuery(null, null, "CN-PAGE-1", null, null, 0, 3));
        EventLogPage last = search(new SearchEventLogQuery(null, null, "CN-PAGE-1", null, null, 3, 3));

        assertThat(first.events()).extracting(StoredEvent::sequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(first.hasMore()).isTrue();
        assertThat(last.events()).extracting(StoredEvent::sequenceNumber).containsExactly(3L);
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    void theCsvExportQuotesCommasQuotesAndLineBreaksSoThatAParserReadsThemBack() throws IOException {
        heldAndLifted("CN-CSV-1", new Actor("o.csv", Role.OFFICER, Declarations.BORDER_POST));
        StringWriter csv = new StringWriter();

        export.writeCsv(history("CN-CSV-1"), csv);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString())).getRecords();
        assertThat(rows).extracting(row -> row.get("eventType")).containsExactly("ConsignmentDeclaredEvent",
                "ConsignmentScreenedEvent", "HoldPlacedEvent", "HoldReviewedEvent");
        CSVRecord hold = rows.get(2);
        assertThat(hold.get("payload")).contains("\n");
        assertThat(json.readTree(hold.get("payload")).get("text").asText()).isEqualTo(HOLD_TEXT);
        assertThat(hold.get("userId")).isEqualTo("o.csv");
        assertThat(hold.get("role")).isEqualTo("OFFICER");
        assertThat(json.readTree(hold.get("metadata")).get("correlationId").asText()).isEqualTo(hold.get("correlationId"));
        assertThat(csv.toString()).contains("\r\n");
    }

    @Test
    void theJsonExportKeepsPayloadAndMetadataAsJson() throws IOException {
        heldAndLifted("CN-JSON-1", new Actor("o.json", Role.OFFICER, Declarations.BORDER_POST));
        List<StoredEvent> events = history("CN-JSON-1");
        StringWriter out = new StringWriter();

        export.writeJson(events, out);

        JsonNode exported = json.readTree(out.toString());
        assertThat(exported).hasSize(4);
        JsonNode hold = exported.get(2);
        assertThat(hold.get("payload").get("text").asText()).isEqualTo(HOLD_TEXT);
        assertThat(hold.get("metadata").get("userId").asText()).isEqualTo("o.json");
        assertThat(hold.get("globalIndex").asLong()).isEqualTo(events.get(2).globalIndex());
        assertThat(Instant.parse(hold.get("occurredAt").asText())).isEqualTo(events.get(2).occurredAt());
        assertThat(exported.get(3).get("role").asText()).isEqualTo("SUPERVISOR");
    }

    /** Declares a consignment as the officer, who holds it for broken seals; a supervisor lifts the hold. */
    private void heldAndLifted(String id, Actor officer) {
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-" + id)), officer);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, HOLD_TEXT), officer);
        commands.send(new ReviewHoldCommand(id, 2, "H-1", HoldDecision.LIFT, DecisionReason.DOCUMENTS_CORRECTED,
                "Seal replaced under supervision", null), SUPERVISOR);
    }

    private List<StoredEvent> history(String id) {
        return queries.query(new FetchConsignmentHistoryQuery(id), ConsignmentHistory.class).join().events();
    }

    private EventLogPage search(SearchEventLogQuery query) {
        return queries.query(query, EventLogPage.class).join();
    }
}
