package org.borderledger.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.audit.api.SearchEventLogQuery;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An auditor's tool reads a consignment's history, its state as of an instant, its chain, and exports the event log. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class AuditApiControllerTest {

    /** Cyrillic, a comma, quotes and a line break: what a CSV or NDJSON writer must keep whole. */
    static final String AWKWARD = "Пломба \"А-17\" сорвана, груз\nперепломбирован";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void anAuditorReadsTheHistoryTheStateAsOfAnInstantAndTheChain() throws Exception {
        String id = declaredAndHeld("API-AUDIT-1");
        JsonNode history = json.readTree(mvc.perform(get("/api/audit/consignments/{id}/history", id).with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consignmentId").value(id))
                .andExpect(jsonPath("$.events[0].type").value("ConsignmentDeclaredEvent"))
                .andExpect(jsonPath("$.events[0].sequenceNumber").value(0))
                .andExpect(jsonPath("$.events[0].previousHash").value("0".repeat(64)))
                .andExpect(jsonPath("$.events[0].actor.userId").value("o.aliyev"))
                .andExpect(jsonPath("$.events[2].type").value("HoldPlacedEvent"))
                .andExpect(jsonPath("$.events[2].payload.text").value(AWKWARD))
                .andExpect(jsonPath("$.events[2].metadata.userId").value("o.aliyev"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode events = history.get("events");
        assertThat(events.get(1).get("previousHash").asText()).isEqualTo(events.get(0).get("hash").asText());
        String declaredAt = events.get(0).get("timestamp").asText();
        String heldAt = events.get(2).get("timestamp").asText();

        // The declaration and its screening, stored by one command, may share the instant.
        int storedByThen = (int) java.util.stream.StreamSupport.stream(events.spliterator(), false)
                .filter(event -> !Instant.parse(event.get("timestamp").asText()).isAfter(Instant.parse(declaredAt))).count();
        mvc.perform(get("/api/audit/consignments/{id}/as-of", id).param("at", declaredAt).with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detail.holds", hasSize(0)))
                .andExpect(jsonPath("$.timeline", hasSize(storedByThen)));
        mvc.perform(get("/api/audit/consignments/{id}/as-of", id).param("at", heldAt).with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detail.holds", hasSize(1)));
        mvc.perform(get("/api/audit/consignments/{id}/as-of", id).param("at", "2000-01-01T00:00:00Z").with(auditor()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));

        mvc.perform(get("/api/audit/consignments/{id}/chain-verification", id).with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.eventsChecked").value(3));
        mvc.perform(post("/api/audit/chain-verification").with(auditor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void badValuesAreRefusedNamingTheParameterAndUnknownConsignmentsAreNotFound() throws Exception {
        String id = declaredAndHeld("API-AUDIT-2");
        mvc.perform(get("/api/audit/consignments/{id}/as-of", id).with(auditor()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("at"));
        mvc.perform(get("/api/audit/consignments/{id}/as-of", id).param("at", "yesterday").with(auditor()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("at"));
        mvc.perform(get("/api/audit/events").param("from", "2026-12-01T00:00:00Z").param("to", "2026-11-01T00:00:00Z")
                        .with(auditor()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/audit/events").param("format", "xml").with(auditor()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        for (String path : List.of("/api/audit/consignments/CN-NEVER/history", "/api/audit/consignments/CN-NEVER/chain-verification")) {
            mvc.perform(get(path).with(auditor())).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        }
    }

    @Test
    void onlyAuditorsReadTheTrail() throws Exception {
        String id = declaredAndHeld("API-AUDIT-3");
        for (String user : List.of("o.aliyev", "s.karimov", "admin", "f.veterinary")) {
            mvc.perform(get("/api/audit/consignments/{id}/history", id).with(httpBasic(user, DEMO_PASSWORD)))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
            mvc.perform(get("/api/audit/events").with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(post("/api/audit/chain-verification").with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theEventLogIsExportedAsNdjsonWithEachEventWholeOnItsLine() throws Exception {
        String id = declaredAndHeld("API-AUDIT-NDJSON");
        String body = mvc.perform(get("/api/audit/events").param("consignment", id).with(auditor()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"event-log.ndjson\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> lines = body.lines().toList();
        assertThat(body).endsWith("\n");
        assertThat(lines).hasSize(3);
        JsonNode held = json.readTree(lines.get(2));
        assertThat(held.get("type").asText()).isEqualTo("HoldPlacedEvent");
        assertThat(held.get("payload").get("text").asText()).isEqualTo(AWKWARD);
        assertThat(lines).extracting(line -> json.readTree(line).get("consignmentId").asText()).containsOnly(id);
    }

    @Test
    void theEventLogIsExportedAsCsvThatSpreadsheetsReadInUtf8() throws Exception {
        String id = declaredAndHeld("API-AUDIT-CSV");
        String body = mvc.perform(get("/api/audit/events").param("consignment", id).param("format", "csv")
                        .param("type", "HoldPlacedEvent").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"event-log.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).startsWith("\uFEFFglobalIndex,consignmentId");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("eventType")).isEqualTo("HoldPlacedEvent");
        assertThat(json.readTree(rows.get(0).get("payload")).get("text").asText()).isEqualTo(AWKWARD);
    }

    /**
     * More events than a page holds: the export walks page after page by global index, each event once and
     * in store order, whatever sits at a page's edge.
     */
    @Test
    void anExportLongerThanAPageHasEveryEventOnceInStoreOrder() throws Exception {
        Actor exporter = new Actor("o.export", Role.OFFICER, "Kurmangazy");
        Commands commands = new Commands(gateway);
        int declarations = SearchEventLogQuery.MAX_LIMIT / 2 + 10;
        for (int i = 0; i < declarations; i++) {
            // Each declaration stores two events: declared and screened.
            commands.send(new DeclareConsignmentCommand(Lifecycles.unique("CN-EXP"),
                    Declarations.withReference(Lifecycles.unique("EX-EXP"))), exporter);
        }

        String body = mvc.perform(get("/api/audit/events").param("user", "O.EXPORT").with(auditor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<Long> indexes = body.lines().map(this::readIndex).toList();
        assertThat(indexes).hasSize(2 * declarations).doesNotHaveDuplicates().isSorted();
        assertThat(indexes).containsExactlyElementsOf(jdbc.queryForList(
                "SELECT globalindex FROM domainevententry WHERE audit_user_id(metadata) = 'o.export' ORDER BY globalindex",
                Long.class));
    }

    @Test
    void theOpenApiDocumentDescribesTheExportsMediaTypesAndTheFeed() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/audit/events'].get.responses['200'].content['application/x-ndjson'].schema").exists())
                .andExpect(jsonPath("$.paths['/api/audit/events'].get.responses['200'].content['text/csv']").exists())
                .andExpect(jsonPath("$.paths['/api/feed'].get.parameters[?(@.name == 'wait')].schema.maximum").value(30))
                .andExpect(jsonPath("$.paths['/api/consignments'].get.parameters[?(@.name == 'cursor')]").exists())
                .andExpect(jsonPath("$.paths['/api/audit/consignments/{id}/as-of'].get.parameters[?(@.name == 'at')].required")
                        .value(true));
    }

    private long readIndex(String line) {
        try {
            return json.readTree(line).get("globalIndex").asLong();
        } catch (Exception notJson) {
            throw new AssertionError("Not a JSON line: " + line, notJson);
        }
    }

    private static RequestPostProcessor auditor() {
        return httpBasic("a.seitkali", DEMO_PASSWORD);
    }

    private String declaredAndHeld(String name) {
        String id = "CN-" + name;
        Commands commands = new Commands(gateway);
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-" + name)), Lifecycles.OFFICER);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, AWKWARD), Lifecycles.OFFICER);
        return id;
    }
}
