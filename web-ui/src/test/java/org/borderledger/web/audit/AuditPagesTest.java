package org.borderledger.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.audit.api.ConsignmentHistory;
import org.borderledger.audit.api.FetchConsignmentHistoryQuery;
import org.borderledger.audit.api.StoredEvent;
import org.borderledger.checkpoint.api.Checkpoint;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.PageAccess;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The auditor's pages: history with metadata, exports, the state as of an instant, the event log and the chain. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class AuditPagesTest {

    static final Actor SUPERVISOR = new Actor("s.karimov", Role.SUPERVISOR, "Kurmangazy");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    QueryGateway queries;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyTheAuditorOpensTheAuditPages() throws Exception {
        String id = declaredAndHeld("AUD-ROLES");
        for (String path : List.of("/audit/consignments/" + id, "/audit/consignments/" + id + "/as-of",
                "/audit/consignments/" + id + "/history.csv", "/audit/events", "/audit/events/export.json", "/audit/chain")) {
            access().opensOnlyFor("a.seitkali", path);
        }
        mvc.perform(post("/audit/chain").with(as("o.aliyev")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theHistoryShowsEachEventWithItsActorMetadataAndHash() throws Exception {
        String id = declaredAndHeld("AUD-HISTORY");

        mvc.perform(get("/audit/consignments/" + id).with(as("a.seitkali"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ConsignmentDeclaredEvent"),
                        containsString("HoldPlacedEvent"), containsString("o.aliyev"), containsString("s.karimov"),
                        containsString("&quot;userId&quot; : &quot;s.karimov&quot;"),
                        containsString("&quot;hash&quot;"), containsString("Certificate of origin missing"),
                        containsString("/audit/consignments/" + id + "/history.csv"))));
    }

    @Test
    void theHistoryAndTheLogAreExportedAsAttachmentsInCsvAndJson() throws Exception {
        String id = declaredAndHeld("AUD-EXPORT");

        mvc.perform(get("/audit/consignments/" + id + "/history.csv").with(as("a.seitkali"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("history-" + id + ".csv")))
                .andExpect(content().string(allOf(startsWith("\uFEFFglobalIndex,consignmentId"), containsString("HoldPlacedEvent"))));
        mvc.perform(get("/audit/consignments/" + id + "/history.json").with(as("a.seitkali"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("\"eventType\" : \"HoldPlacedEvent\"")));
        mvc.perform(get("/audit/events/export.csv").param("consignment", id).with(as("a.seitkali")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"event-log.csv\"")))
                .andExpect(content().string(allOf(containsString(id), containsString("HoldPlacedEvent"))));
    }

    @Test
    void theStateAsOfAnInstantBetweenTwoEventsIsTheEarlierOne() throws Exception {
        String id = declaredAndHeld("AUD-ASOF");
        List<StoredEvent> events = history(id);
        Instant screened = events.get(1).occurredAt();
        Instant held = events.get(2).occurredAt();
        String between = UtcInstants.format(screened.plus(Duration.between(screened, held).dividedBy(2)));

        mvc.perform(get("/audit/consignments/" + id + "/as-of").param("at", between).with(as("a.seitkali")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"as-of-state\""),
                        containsString("id=\"as-of-status\""), not(containsString("badge status-HELD")),
                        containsString("(UTC)"), containsString("as-of?at=" + UtcInstants.format(held)))));
        mvc.perform(get("/audit/consignments/" + id + "/as-of").param("at", UtcInstants.format(held)).with(as("a.seitkali")))
                .andExpect(content().string(allOf(containsString("badge status-HELD"), containsString("H-1"))));
        mvc.perform(get("/audit/consignments/" + id + "/as-of").param("at", "2001-01-01T00:00").with(as("a.seitkali")))
                .andExpect(content().string(containsString("did not exist yet")));
        mvc.perform(get("/audit/consignments/" + id + "/as-of").param("at", "yesterday").with(as("a.seitkali")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is not a date and time")));
    }

    @Test
    void theEventLogIsFilteredByActorTypeConsignmentAndTime() throws Exception {
        String id = declaredAndHeld("AUD-LOG");

        mvc.perform(get("/audit/events").param("consignment", id).param("type", "HoldPlacedEvent").with(as("a.seitkali")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(">HoldPlacedEvent</span>"),
                        not(containsString(">ConsignmentDeclaredEvent</span>")))));
        mvc.perform(get("/audit/events").param("consignment", id).param("user", "o.aliyev").with(as("a.seitkali")))
                .andExpect(content().string(allOf(containsString(">ConsignmentDeclaredEvent</span>"),
                        not(containsString(">HoldPlacedEvent</span>")))));
        mvc.perform(get("/audit/events").param("consignment", id).param("to", "2001-01-01T00:00").with(as("a.seitkali")))
                .andExpect(content().string(containsString("No event matches these filters.")));
        mvc.perform(get("/audit/events").param("page", "1").with(as("a.seitkali")))
                .andExpect(content().string(allOf(containsString("rel=\"prev\""), containsString("Page 2"),
                        containsString("&amp;page=0\" rel=\"prev\""))));
        mvc.perform(get("/audit/events").param("from", "soon").with(as("a.seitkali"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;soon&quot; is not a date and time")));
        mvc.perform(get("/audit/events").param("from", "2030-01-01T00:00").param("to", "2029-01-01T00:00")
                        .with(as("a.seitkali"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The time range must start before it ends")));
    }

    @Test
    void chainVerificationShowsAnIntactChainAndTheFirstBrokenEvent() throws Exception {
        String id = declaredAndHeld("AUD-CHAIN");

        mvc.perform(post("/audit/chain").param("consignmentId", id).with(as("a.seitkali")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The chain is intact: 3 events checked.")));

        long edited = history(id).get(2).globalIndex();
        String tamper = "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8')"
                + " WHERE globalindex = ?";
        jdbc.update(tamper, "Certificate of origin missing", "Certificate of origin present", edited);
        try {
            mvc.perform(post("/audit/chain").param("consignmentId", id).with(as("a.seitkali")).with(csrf()))
                    .andExpect(content().string(allOf(containsString("The chain is broken"),
                            containsString("Its content changed: the stored hash no longer matches"),
                            containsString("2 (#" + edited + ")"))));
        } finally {
            jdbc.update(tamper, "Certificate of origin present", "Certificate of origin missing", edited);
        }
        mvc.perform(post("/audit/chain").param("consignmentId", "CN-NEVER-DECLARED").with(as("a.seitkali")).with(csrf()))
                .andExpect(content().string(allOf(
                        containsString("No consignment has the id or declaration reference &quot;CN-NEVER-DECLARED&quot;"),
                        not(containsString("id=\"chain-result\"")))));
        mvc.perform(post("/audit/chain").with(as("a.seitkali")).with(csrf()))
                .andExpect(content().string(containsString("Result for the whole event store")));
    }

    @Test
    void anAuditorMakesACheckpointKeepsItsFileAndVerifiesTheStoreAgainstIt() throws Exception {
        String id = declaredAndHeld("AUD-CHECKPOINT");
        MvcResult made = mvc.perform(post("/audit/checkpoints").with(as("a.seitkali")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/audit/chain"))
                .andExpect(flash().attributeExists("made")).andReturn();
        Checkpoint checkpoint = (Checkpoint) made.getFlashMap().get("made");
        mvc.perform(get("/audit/chain").with(as("a.seitkali")))
                .andExpect(content().string(allOf(containsString("#" + checkpoint.position()),
                        containsString(checkpoint.keyFingerprint()), containsString("Download"))));

        byte[] file = mvc.perform(get("/audit/checkpoints/{position}", checkpoint.position()).with(as("a.seitkali")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        containsString("borderledger-checkpoint-" + checkpoint.position() + ".json")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8)).contains(Checkpoint.FORMAT, checkpoint.signature());

        mvc.perform(multipart("/audit/chain/checkpoint-file").file("file", file).with(as("a.seitkali")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The store reproduces the checkpoint at position #" + checkpoint.position())));

        long edited = history(id).get(2).globalIndex();
        String tamper = "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8')"
                + " WHERE globalindex = ?";
        jdbc.update(tamper, "Certificate of origin missing", "Certificate of origin present", edited);
        try {
            mvc.perform(multipart("/audit/chain/checkpoint-file").file("file", file).with(as("a.seitkali")).with(csrf()))
                    .andExpect(content().string(allOf(containsString("The store no longer matches the checkpoint"),
                            containsString("Edited: its content changed"), containsString("#" + edited))));
        } finally {
            jdbc.update(tamper, "Certificate of origin present", "Certificate of origin missing", edited);
        }
    }

    @Test
    void aFileThatIsNoCheckpointIsRefusedWithAMessageAndOnlyAuditorsMakeCheckpoints() throws Exception {
        mvc.perform(multipart("/audit/chain/checkpoint-file").file("file", "<xml/>".getBytes(StandardCharsets.UTF_8))
                        .with(as("a.seitkali")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This file is not a checkpoint")));
        mvc.perform(multipart("/audit/chain/checkpoint-file").file("file", "{\"format\":\"other/9\"}".getBytes(StandardCharsets.UTF_8))
                        .with(as("a.seitkali")).with(csrf()))
                .andExpect(content().string(containsString("This file is not a BorderLedger checkpoint")));
        mvc.perform(multipart("/audit/chain/checkpoint-file").with(as("a.seitkali")).with(csrf()))
                .andExpect(content().string(containsString("Choose the checkpoint file")));
        mvc.perform(post("/audit/checkpoints").with(as("o.aliyev")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/audit/checkpoints/{position}", Long.MAX_VALUE).with(as("a.seitkali"))).andExpect(status().isNotFound());
    }

    @Test
    void theAuditorNamesAConsignmentByItsReferenceAndAnActorInAnyCaseAndPicksAmongConsignmentsSharingAReference()
            throws Exception {
        String id = declaredAndHeld("AUD-REF");

        eventuallyShows(get("/audit/events").param("consignment", "ex-aud-ref").param("user", "S.Karimov")
                .with(as("a.seitkali")), allOf(containsString("Declaration reference ex-aud-ref: consignment " + id),
                containsString(">HoldPlacedEvent</span>"), containsString("Hold placed"),
                not(containsString(">ConsignmentDeclaredEvent</span>"))));
        mvc.perform(post("/audit/chain").param("consignmentId", "EX-AUD-REF").with(as("a.seitkali")).with(csrf()))
                .andExpect(content().string(allOf(containsString("Result for " + id),
                        containsString("The chain is intact: 3 events checked."))));

        // Another declarant used the same reference: the reference names two consignments, and the auditor picks.
        new Commands(gateway).send(new DeclareConsignmentCommand("CN-AUD-REF-OTHER", Declarations.builder(
                Declarations.withReference("EX-AUD-REF")).declarant(Declarations.exporter()).build()), Lifecycles.OFFICER);
        eventuallyShows(get("/audit/events").param("consignment", "EX-AUD-REF").with(as("a.seitkali")), allOf(
                containsString("&quot;EX-AUD-REF&quot; is the declaration reference of 2 consignments"),
                containsString("consignment=" + id), containsString("consignment=CN-AUD-REF-OTHER"),
                not(containsString("No event matches"))));
        mvc.perform(post("/audit/chain").param("consignmentId", "EX-AUD-REF").with(as("a.seitkali")).with(csrf()))
                .andExpect(content().string(allOf(containsString("value=\"" + id + "\""),
                        containsString("value=\"CN-AUD-REF-OTHER\""), not(containsString("id=\"chain-result\"")))));
        mvc.perform(get("/audit/events").param("consignment", "EX-NO-SUCH-REF").with(as("a.seitkali")))
                .andExpect(status().isOk()).andExpect(content().string(
                        containsString("No consignment has the id or declaration reference &quot;EX-NO-SUCH-REF&quot;")));
    }

    @Test
    void eventTypesArePickedByTheirNamesAndTheConsignmentPageLeadsTheAuditorToItsHistoryStateAndChain() throws Exception {
        String id = declaredAndHeld("AUD-LINKS");

        mvc.perform(get("/audit/events").with(as("a.seitkali"))).andExpect(content().string(allOf(
                containsString("<option value=\"HoldPlacedEvent\">Hold placed</option>"),
                containsString("<option value=\"ScreeningListPublishedEvent\">Screening list published</option>"))));
        mvc.perform(get("/audit/events").param("type", "HoldPlacedEvent").param("lang", "ru").with(as("a.seitkali")))
                .andExpect(content().string(containsString("<option value=\"HoldPlacedEvent\" selected=\"selected\">Наложено задержание</option>")));

        String verifyItsChain = "<input type=\"hidden\" name=\"consignmentId\" value=\"" + id + "\">";
        eventuallyShows(get("/consignments/" + id).with(as("a.seitkali")), allOf(
                containsString("href=\"/audit/consignments/" + id + "\""),
                containsString("href=\"/audit/consignments/" + id + "/as-of\""), containsString(verifyItsChain)));
        mvc.perform(get("/consignments/" + id).with(as("o.aliyev")))
                .andExpect(content().string(allOf(not(containsString("href=\"/audit/consignments/")),
                        not(containsString(verifyItsChain)))));
        mvc.perform(get("/audit/consignments/" + id).with(as("a.seitkali")))
                .andExpect(content().string(allOf(containsString(verifyItsChain), containsString("action=\"/audit/chain\""))));
    }

    /** A consignment declared by officer o.aliyev (events 0 and 1) and held by supervisor s.karimov (event 2). */
    private String declaredAndHeld(String name) {
        String id = "CN-" + name;
        Commands commands = new Commands(gateway);
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-" + name)), Lifecycles.OFFICER);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Certificate of origin missing"), SUPERVISOR);
        return id;
    }

    /** Waits until the page (read from projections that may lag the commands) answers 200 with such content. */
    private void eventuallyShows(MockHttpServletRequestBuilder request, Matcher<String> shown) {
        await().untilAsserted(() -> mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(shown)));
    }

    private List<StoredEvent> history(String id) {
        return queries.query(new FetchConsignmentHistoryQuery(id), ConsignmentHistory.class).join().events();
    }

    private RequestPostProcessor as(String username) {
        return access().as(username);
    }

    private PageAccess access() {
        return new PageAccess(mvc, users);
    }
}
