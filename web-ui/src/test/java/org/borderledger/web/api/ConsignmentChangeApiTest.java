package org.borderledger.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.consignments.Stories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every change of a consignment through the API: If-Match and ETag, the answer of each operation, and
 * the console's refusals as problems (role 403, stale 412 with its facts, no If-Match 428, unknown 404,
 * a refused value 400, a rule 409). Nothing refused is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ConsignmentChangeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    @Test
    void aReadAnswersTheVersionAsETagAndIfNoneMatchWithItIsNotModified() throws Exception {
        String id = held();

        mvc.perform(get("/api/consignments/" + id).with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\"")).andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/consignments/" + id).header("If-None-Match", "\"2\"").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/consignments/" + id).header("If-None-Match", "\"1\"").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void aSupervisorLiftsTheAutomaticHoldAndIsToldTheNewStatusVersionAndETag() throws Exception {
        String id = held();

        change("s.karimov", id, "/holds/AUTO-1/reviews", 2, """
                {"decision": "LIFT", "reason": "FALSE_POSITIVE_MATCH", "text": "Registry extract checked"}""")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("AWAITING_INSPECTION"))
                .andExpect(jsonPath("$.version").value(3));
    }

    @Test
    void aChangeAtAnOlderVersionIs412WithWhoChangedItWhatAndWhen() throws Exception {
        String id = held();

        change("o.aliyev", id, "/holds", 1, """
                {"holdId": "H-1", "reason": "DOCUMENTS", "text": "Licence missing"}""")
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.code").value("STALE_VERSION"))
                .andExpect(jsonPath("$.currentVersion").value("2"))
                .andExpect(jsonPath("$.expectedVersion").value("1"))
                .andExpect(jsonPath("$.changedBy").value("o.aliyev"))
                .andExpect(jsonPath("$.changedAt").isString())
                .andExpect(jsonPath("$.change").isString());
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(2L);
    }

    @Test
    void aChangeWithoutIfMatchIs428AndAMalformedOneA400() throws Exception {
        String id = held();

        mvc.perform(post("/api/consignments/" + id + "/release").with(httpBasic("o.aliyev", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PRECONDITION_REQUIRED"));
        mvc.perform(post("/api/consignments/" + id + "/release").with(httpBasic("o.aliyev", DEMO_PASSWORD))
                        .header("If-Match", "W/\"2\"").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(2L);
    }

    @Test
    void aBodyThatIsNotJsonIs415AMissingOneA400AndAReadOfAChange405() throws Exception {
        String id = held();

        mvc.perform(post("/api/consignments/" + id + "/release").with(httpBasic("o.aliyev", DEMO_PASSWORD))
                        .header("If-Match", "\"2\"").contentType(MediaType.TEXT_PLAIN).content("release"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
        change("o.aliyev", id, "/release", 2, "")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_JSON"));
        mvc.perform(get("/api/consignments/" + id + "/release").with(httpBasic("o.aliyev", DEMO_PASSWORD)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }

    @Test
    void anUnknownConsignmentIs404() throws Exception {
        change("o.aliyev", "C-unknown-" + Lifecycles.unique("X"), "/release", 0, "{}")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void theRolesAreTheConsolesAnOfficerMayNotReviewAndAnAuditorMayNotChange() throws Exception {
        String id = held();

        change("o.aliyev", id, "/holds/AUTO-1/reviews", 2, """
                {"decision": "LIFT", "reason": "FALSE_POSITIVE_MATCH", "text": "Registry extract checked"}""")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        change("a.seitkali", id, "/holds", 2, """
                {"holdId": "H-1", "reason": "DOCUMENTS", "text": "Licence missing"}""")
                .andExpect(status().isForbidden());
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(2L);
    }

    @Test
    void aRefusedValueIs400NamingItsFieldAndARuleA409WithItsCode() throws Exception {
        String id = held();

        change("o.aliyev", id, "/holds", 2, """
                {"holdId": "AUTO-9", "reason": "DOCUMENTS", "text": "Licence missing"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("holdId"));
        change("o.aliyev", id, "/document-checks", 2, """
                {"outcome": "SOMETIMES"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("IN_ORDER, NOT_IN_ORDER")));
        change("o.aliyev", id, "/release", 2, "{}")
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("HOLD_OPEN"));
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(2L);
    }

    @Test
    void aHoldPlacedByASupervisorIsReviewedByAnotherOneOnly() throws Exception {
        String id = held();

        change("s.karimov", id, "/holds", 2, """
                {"holdId": "H-1", "reason": "CONTROLLED_GOODS", "text": "Licence to be presented"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/consignments/" + id + "/holds/H-1"))
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.status").value("HELD"));
        change("s.karimov", id, "/holds/H-1/reviews", 3, """
                {"decision": "LIFT", "reason": "LICENCE_PRESENTED", "text": "Licence seen"}""")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("FOUR_EYES"));
    }

    @Test
    void anInspectionIsStartedAtItsAddressAndItsFindingsAndCompletionGoThere() throws Exception {
        String id = held();
        change("s.karimov", id, "/holds/AUTO-1/reviews", 2, """
                {"decision": "LIFT", "reason": "FALSE_POSITIVE_MATCH", "text": "Registry extract checked"}""")
                .andExpect(status().isOk());

        change("o.aliyev", id, "/inspections", 3, """
                {"inspectionId": "INSP-1", "note": "Lane 4"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/consignments/" + id + "/inspections/INSP-1"))
                .andExpect(jsonPath("$.status").value("UNDER_INSPECTION"));
        change("o.aliyev", id, "/inspections/INSP-7/findings", 4, """
                {"lineNumber": 1, "discrepancy": false, "description": "Seals intact"}""")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("that is INSP-1")));
        change("o.aliyev", id, "/inspections/INSP-1/findings", 4, """
                {"lineNumber": 1, "discrepancy": true, "description": "Twelve cartons more than declared"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(5));
        change("o.aliyev", id, "/inspections/INSP-1/completion", 5, """
                {"outcome": "NO_DISCREPANCY"}""")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("DISCREPANCY_RECORDED"));
        change("o.aliyev", id, "/inspections/INSP-1/completion", 5, """
                {"outcome": "DISCREPANCY", "note": "Excess goods"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCREPANCY_FOUND"));
    }

    @Test
    void aYellowConsignmentIsCheckedAmendedAndCancelled() throws Exception {
        String reference = Lifecycles.unique("API");
        String location = mvc.perform(post("/api/consignments").with(httpBasic("o.aliyev", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(ConsignmentApiControllerTest.declaration(reference, "\"940330\"")))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        change("o.aliyev", id, "/amendments", 1, """
                {"reason": "Gross mass corrected", "declaration": %s}"""
                .formatted(ConsignmentApiControllerTest.declaration(reference, "\"940330\"").replace("1200", "1250")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(3));
        change("o.aliyev", id, "/cancellation", 3, "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        change("o.aliyev", id, "/cancellation", 3, """
                {"reason": "Declared twice"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        change("o.aliyev", id, "/document-checks", 4, """
                {"outcome": "IN_ORDER"}""")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("TERMINAL_STATE"));
    }

    @Test
    void theOpenApiDocumentDescribesEachChangeWithItsHeadersAndProblems() throws Exception {
        String review = "$.paths['/api/consignments/{id}/holds/{holdId}/reviews'].post";
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(review + ".parameters[?(@.name == 'If-Match')].in").value("header"))
                .andExpect(jsonPath(review + ".parameters[?(@.name == 'Idempotency-Key')].in").value("header"))
                .andExpect(jsonPath(review + ".requestBody.content['application/json'].schema").exists())
                .andExpect(jsonPath(review + ".responses['200'].headers.ETag").exists())
                .andExpect(jsonPath(review + ".responses['200'].content['application/json'].schema.$ref")
                        .value(containsString("Changed")))
                .andExpect(jsonPath(review + ".responses['412'].content['application/problem+json']").exists())
                .andExpect(jsonPath(review + ".responses['428'].content['application/problem+json']").exists())
                .andExpect(jsonPath(review + ".responses['422'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/consignments/{id}/inspections'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/consignments'].post.parameters[?(@.name == 'Idempotency-Key')]").exists())
                .andExpect(jsonPath("$.paths['/api/consignments/{id}'].get.responses['200'].headers.ETag").exists());
    }

    /** Declared to a denied party: RED and held by screening (AUTO-1, counted as placed by o.aliyev); version 2. */
    private String held() {
        return new Stories(commandGateway, queries).held(Lifecycles.unique("API"));
    }

    private ResultActions change(String username, String id, String operation, long version, String body) throws Exception {
        return mvc.perform(post("/api/consignments/" + id + operation).with(httpBasic(username, DEMO_PASSWORD))
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
