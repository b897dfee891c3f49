package org.borderledger.web.api;

import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** An auditor's tool keeps checkpoint files and verifies the store against them through the API alone. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class CheckpointApiControllerTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CommandGateway gateway;

    @Test
    void anAuditorMakesKeepsAndVerifiesACheckpointThroughTheApi() throws Exception {
        new Commands(gateway).send(new DeclareConsignmentCommand("CN-API-CP-1", Declarations.withReference("EX-API-CP-1")), Lifecycles.OFFICER);

        String kept = mvc.perform(post("/api/audit/checkpoints").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("borderledger-checkpoint/1"))
                .andExpect(jsonPath("$.madeBy").value("a.seitkali"))
                .andReturn().getResponse().getContentAsString();
        long position = json.readTree(kept).get("position").asLong();

        mvc.perform(get("/api/audit/checkpoints/{position}", position).with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.signature").value(json.readTree(kept).get("signature").asText()));
        mvc.perform(get("/api/audit/checkpoints").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.newestFirst[0].position").value(position));

        mvc.perform(post("/api/audit/verification").contentType(MediaType.APPLICATION_JSON).content(kept)
                        .with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.signatureValid").value(true))
                .andExpect(jsonPath("$.findings", hasSize(0)));
        mvc.perform(post("/api/audit/verification").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.checkpoint.position").isNumber());

        ObjectNode altered = (ObjectNode) json.readTree(kept);
        altered.put("eventCount", altered.get("eventCount").asLong() + 1);
        mvc.perform(post("/api/audit/verification").contentType(MediaType.APPLICATION_JSON).content(altered.toString())
                        .with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.signatureValid").value(false));
    }

    @Test
    void onlyAuditorsReachCheckpointsAndAnUnknownPositionIsNotFound() throws Exception {
        mvc.perform(post("/api/audit/checkpoints").with(httpBasic("o.aliyev", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/audit/verification").with(httpBasic("admin", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/checkpoints/{position}", Long.MAX_VALUE).with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(post("/api/audit/verification").contentType(MediaType.APPLICATION_JSON).content("{\"position\": \"many\"}")
                        .with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
    }
}
