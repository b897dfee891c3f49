package org.borderledger.web.api;

import static org.awaitility.Awaitility.await;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.commandhandling.gateway.CommandGateway;
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
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** A supervisor's tool reads the held-goods queue, an officer's the work list of their post. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class WorkQueueApiControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway gateway;

    @Test
    void aSupervisorReadsTheQueueWithTheConsolesFiltersAndAnOfficerTheWorkList() throws Exception {
        String id = Lifecycles.unique("CN-QUEUE");
        Commands commands = new Commands(gateway);
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference(Lifecycles.unique("EX-QUEUE"))), Lifecycles.OFFICER);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Licence missing"), Lifecycles.OFFICER);
        // Held goods wait for a supervisor; one not held waits for the officers of its post.
        String waiting = Lifecycles.unique("CN-WORK");
        commands.send(new DeclareConsignmentCommand(waiting, Declarations.withReference(Lifecycles.unique("EX-WORK"))),
                Lifecycles.OFFICER);

        await().untilAsserted(() -> mvc.perform(get("/api/holds").param("reason", "DOCUMENTS").param("limit", "200")
                        .with(httpBasic("s.karimov", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].consignmentId", hasItem(id)))
                // How long it has waited, with its units: an ISO-8601 duration, not bare seconds.
                .andExpect(jsonPath("$.items[?(@.consignmentId == '" + id + "')].age", hasItem(matchesPattern("PT[0-9.HMS]+")))));
        mvc.perform(get("/api/holds").param("reason", "CONTROLLED_GOODS").param("limit", "200")
                        .with(httpBasic("s.karimov", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.consignmentId == '" + id + "')]").isEmpty());
        await().untilAsserted(() -> mvc.perform(get("/api/work-list").param("limit", "200")
                        .with(httpBasic("o.aliyev", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.borderPosts", hasItem("Kurmangazy")))
                .andExpect(jsonPath("$.groups[*].items[*].consignmentId", hasItem(waiting))));
    }

    @Test
    void badFiltersAreRefusedNamingThemAndOthersRolesAreRefused() throws Exception {
        String[][] bad = {{"reason", "NO_REASON"}, {"sort", "colour"}, {"referred", "maybe"}, {"descending", "yes"},
                {"limit", "0"}, {"page", "-1"}};
        for (String[] parameter : bad) {
            mvc.perform(get("/api/holds").param(parameter[0], parameter[1]).with(httpBasic("s.karimov", DEMO_PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                    .andExpect(jsonPath("$.errors[0].field").value(parameter[0]));
        }
        mvc.perform(get("/api/holds").with(httpBasic("o.aliyev", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/holds").with(httpBasic("a.seitkali", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/work-list").with(httpBasic("a.seitkali", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/work-list").param("limit", "201").with(httpBasic("o.aliyev", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
    }
}
