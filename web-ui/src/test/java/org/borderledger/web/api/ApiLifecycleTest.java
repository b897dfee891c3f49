package org.borderledger.web.api;

import com.jayway.jsonpath.JsonPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A whole lifecycle through the API alone, as docs/api.md shows it with curl: an officer declares goods
 * for a denied party, screening holds them, a supervisor (four eyes: not the officer whose declaration
 * placed the hold) lifts the hold, the officer inspects, records a finding, completes and releases.
 * Every change names the ETag it read in If-Match and carries an Idempotency-Key; two POSTs are sent
 * twice and have one effect.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ApiLifecycleTest {

    @Autowired
    MockMvc mvc;

    @Test
    void declaredHeldReviewedInspectedAndReleasedThroughTheApiAlone() throws Exception {
        String declarationKey = UUID.randomUUID().toString();
        String declaration = ConsignmentApiControllerTest.declaration(Lifecycles.unique("LIFE"), "\"940330\"")
                .replace("Ural Furniture Trading", "ООО «Ромашка»");
        MockHttpServletResponse declared = send("o.aliyev", "/api/consignments", null, declarationKey, declaration)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.status").value("HELD"))
                .andReturn().getResponse();
        String consignment = declared.getHeader("Location");
        // A retry of the declaration (its answer lost, say) declares nothing more.
        send("o.aliyev", "/api/consignments", null, declarationKey, declaration)
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED, "true"))
                .andExpect(header().string("Location", consignment));

        String etag = mvc.perform(get(consignment).with(httpBasic("s.karimov", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holds[0].holdId").value("AUTO-1"))
                .andExpect(jsonPath("$.holds[0].automatic").value(true))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo("\"2\"");

        etag = change("s.karimov", consignment + "/holds/AUTO-1/reviews", etag, """
                {"decision": "LIFT", "reason": "FALSE_POSITIVE_MATCH", "text": "Different company: registry extract checked"}""",
                "AWAITING_INSPECTION");
        MockHttpServletResponse started = send("o.aliyev", consignment + "/inspections", etag, UUID.randomUUID().toString(), """
                {"inspectionId": "INSP-1", "note": "Lane 4"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("UNDER_INSPECTION"))
                .andReturn().getResponse();
        String inspection = started.getHeader("Location");
        etag = started.getHeader("ETag");

        String findingKey = UUID.randomUUID().toString();
        String finding = """
                {"lineNumber": 1, "discrepancy": false, "description": "Seals intact, goods as declared"}""";
        String afterFinding = send("o.aliyev", inspection + "/findings", etag, findingKey, finding)
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        // The finding's retry gives the first answer; a second finding would have been refused as stale.
        send("o.aliyev", inspection + "/findings", etag, findingKey, finding)
                .andExpect(status().isOk())
                .andExpect(header().string(IdempotencyFilter.REPLAYED, "true"))
                .andExpect(header().string("ETag", afterFinding));

        etag = change("o.aliyev", inspection + "/completion", afterFinding, """
                {"outcome": "NO_DISCREPANCY"}""", "CLEARED");
        etag = change("o.aliyev", consignment + "/release", etag, """
                {"note": "Released at lane 4"}""", "RELEASED");

        assertThat(etag).isEqualTo("\"7\"");
        mvc.perform(get(consignment).with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag))
                .andExpect(jsonPath("$.status").value("RELEASED"))
                .andExpect(jsonPath("$.holds[0].reviews[0].decided.by.userId").value("s.karimov"))
                .andExpect(jsonPath("$.inspections[0].findings.length()").value(1))
                .andExpect(jsonPath("$.release.note").value("Released at lane 4"));

        // The Location of the inspection, and the hold's address, read back.
        mvc.perform(get(inspection).with(httpBasic("o.aliyev", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag))
                .andExpect(jsonPath("$.outcome").value("NO_DISCREPANCY"))
                .andExpect(jsonPath("$.findings.length()").value(1));
        mvc.perform(get(consignment + "/holds/AUTO-1").with(httpBasic("s.karimov", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviews[0].decision").value("LIFT"));
        mvc.perform(get(consignment + "/holds/H-404").with(httpBasic("s.karimov", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());

        // An auditor reads the history (an event per version), the state as of the review, and the chain.
        String id = consignment.substring(consignment.lastIndexOf('/') + 1);
        String history = mvc.perform(get("/api/audit/consignments/{id}/history", id).with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(8))
                .andExpect(jsonPath("$.events[3].type").value("HoldReviewedEvent"))
                .andExpect(jsonPath("$.events[3].actor.userId").value("s.karimov"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String reviewedAt = JsonPath.read(history, "$.events[3].timestamp");
        mvc.perform(get("/api/audit/consignments/{id}/as-of", id).param("at", reviewedAt)
                        .with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detail.status").value("AWAITING_INSPECTION"));
        mvc.perform(get("/api/audit/consignments/{id}/chain-verification", id).with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.eventsChecked").value(8));
    }

    /** Sends a change at {@code etag} with a new key; expects 200 and {@code status}; answers the new ETag. */
    private String change(String username, String path, String etag, String body, String status) throws Exception {
        return send(username, path, etag, UUID.randomUUID().toString(), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(status))
                .andReturn().getResponse().getHeader("ETag");
    }

    private ResultActions send(String username, String path, String etag, String key, String body) throws Exception {
        MockHttpServletRequestBuilder request = post(path)
                .with(httpBasic(username, DEMO_PASSWORD)).header(IdempotencyFilter.HEADER, key)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(etag == null ? request : request.header("If-Match", etag));
    }
}
