package org.borderledger.web.consignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ReexportDecision;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.ConsignmentForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A possible re-export on the consignment page, on the supervisors' list and through the API: the
 * linked import with its quantity and value and the quantity exported beyond it, no release while it is
 * open, the decision form for supervisors only, and the decision as the page, the timeline and the API say it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ReexportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;
    Stories stories;

    @BeforeEach
    void stories() {
        stories = new Stories(commandGateway, queries);
    }

    @Test
    void theSupervisorSeesTheLinkedImportAndTheQuantityBeyondItAndDecidesOnThePage() throws Exception {
        String reference = Lifecycles.unique("RX");
        List<String> ids = stories.reexport(reference);
        String id = ids.get(1);
        ConsignmentDetail detail = stories.detail(id);
        assertThat(detail.channel()).isEqualTo(Channel.RED);
        assertThat(detail.openReexports()).singleElement().satisfies(open -> assertThat(open.hit().hs6()).isEqualTo("848210"));

        String page = page(id, "s.bekova");
        assertThat(page).contains("id=\"reexport-848210\"", "HS 848210 to RU, export lines 1", reference + "-IM",
                        "/consignments/" + ids.get(0), "<td>DE</td>", "100.000 PCE", "2000.00 EUR",
                        "Exporter (consignor): same address as the importer", "Exported beyond the imports",
                        "class=\"number beyond-imported\">50<", "Open: release waits for a supervisor&#39;s decision",
                        "id=\"action-reexport-decision-848210\"", "Referred to the Financial Monitoring Agency")
                .doesNotContain("id=\"action-release\"");
        assertThat(page(id, "o.aliyev")).contains("id=\"reexport-848210\"")
                .doesNotContain("id=\"action-reexport-decision-848210\"");

        assertThat(supervisorsList("s.bekova")).contains(reference, "/consignments/" + id + "#reexport-848210");

        String refused = decide(id, "s.bekova", "decision", "END_USE_DOCUMENTED", "reason", " ")
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("This field is required.");

        decide(id, "s.bekova", "decision", "END_USE_DOCUMENTED", "reason", "End-user certificate <b>")
                .andExpect(status().isFound())
                .andExpect(flash().attribute("done", "consignments.done.reexport-decision"));
        stories.awaitVersion(id, 2);
        assertThat(page(id, "s.bekova")).contains("Decided: End use documented — End-user certificate &lt;b&gt;",
                        "Possible re-export under HS 848210 to RU (1 linked import lines) decided: End use documented")
                .doesNotContain("id=\"action-reexport-decision-848210\"");
        assertThat(supervisorsList("s.bekova")).doesNotContain(reference);
    }

    @Test
    void theSupervisorWhoDeclaredTheExportIsToldAnotherMustDecideAndAnOfficerHasNoList() throws Exception {
        String id = stories.reexport(Lifecycles.unique("RX"), Lifecycles.SUPERVISOR).get(1);

        assertThat(decide(id, "s.karimov", "decision", "END_USE_DOCUMENTED", "reason", "Certificate")
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString())
                .contains("id=\"action-reexport-decision-848210\"", "another supervisor must decide it");
        mvc.perform(get("/reexports").with(user(users.loadUserByUsername("o.aliyev")))).andExpect(status().isForbidden());
    }

    @Test
    void theApiShowsTheHitAndTakesTheSupervisorsDecision() throws Exception {
        List<String> ids = stories.reexport(Lifecycles.unique("RX"));
        String id = ids.get(1);
        String path = "/api/consignments/" + id + "/reexports/848210/decision";

        mvc.perform(get("/api/consignments/" + id).with(httpBasic("o.aliyev", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reexports[0].hit.kind").value("REEXPORT"))
                .andExpect(jsonPath("$.reexports[0].hit.imports[0].consignmentId").value(ids.get(0)))
                .andExpect(jsonPath("$.reexports[0].hit.imports[0].link").value("SAME_ADDRESS"))
                .andExpect(jsonPath("$.reexports[0].hit.balances[0].beyondImported").value(50))
                .andExpect(jsonPath("$.reexports[0].decision").isEmpty());

        apiPost(path, "{\"decision\": \"ORIGIN_PROVEN_LOCAL\", \"reason\": \"Certificate ST-KZ\"}", "o.aliyev", 1)
                .andExpect(status().isForbidden());
        apiPost(path, "{\"decision\": \"LIFT\", \"reason\": \"Certificate ST-KZ\"}", "s.karimov", 1)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        apiPost(path, "{\"decision\": \"ORIGIN_PROVEN_LOCAL\"}", "s.karimov", 1)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        apiPost(path, "{\"decision\": \"ORIGIN_PROVEN_LOCAL\", \"reason\": \"Certificate ST-KZ\"}", "s.karimov", 1)
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        stories.awaitVersion(id, 2);
        apiPost(path, "{\"decision\": \"ORIGIN_PROVEN_LOCAL\", \"reason\": \"Again\"}", "s.karimov", 2)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("REEXPORT_NOT_OPEN"));
        mvc.perform(get("/api/consignments/" + id).with(httpBasic("o.aliyev", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.reexports[0].decision.decision").value(ReexportDecision.ORIGIN_PROVEN_LOCAL.name()))
                .andExpect(jsonPath("$.reexports[0].decision.reason").value("Certificate ST-KZ"));
    }

    private ResultActions decide(String id, String username, String... fields) throws Exception {
        String[] named = new String[fields.length + 2];
        named[0] = "hs6";
        named[1] = "848210";
        System.arraycopy(fields, 0, named, 2, fields.length);
        return mvc.perform(ConsignmentForms.action(id, "reexport-decision", 1, named)
                .with(user(users.loadUserByUsername(username))));
    }

    private ResultActions apiPost(String path, String body, String username, long version) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).header("If-Match", "\"" + version + "\"")
                .with(httpBasic(username, DEMO_PASSWORD)));
    }

    private String page(String id, String username) throws Exception {
        return mvc.perform(get("/consignments/" + id).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String supervisorsList(String username) throws Exception {
        return mvc.perform(get("/reexports").with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
