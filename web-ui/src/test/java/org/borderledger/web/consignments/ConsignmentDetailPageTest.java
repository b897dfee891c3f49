package org.borderledger.web.consignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.support.Commands;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.MachinePostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The detail page: who may see it, what it shows of a held consignment, escaping, and an unknown id. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = MachinePostgres.class)
class ConsignmentDetailPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;
    Stories stories;

    @BeforeEach
    void stories() {
        stories = new Stories(commandGateway, queries);
    }

    @Test
    void officersSupervisorsAndAuditorsSeeTheDetailAnAdministratorIsRefusedAndAVisitorSignsIn() throws Exception {
        String id = stories.held(Stories.unique("DET"));
        for (String username : new String[] {"o.aliyev", "s.karimov", "a.seitkali"}) {
            assertThat(page(id, username)).as(username).contains("id=\"consignment-detail\" data-live-refresh");
        }
        mvc.perform(get("/consignments/" + id).with(user(users.loadUserByUsername("admin")))).andExpect(status().isForbidden());
        mvc.perform(get("/consignments/" + id).accept("text/html")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aHeldConsignmentShowsWhatMatchedWhatItsHoldAndItsTimeline() throws Exception {
        String reference = Stories.unique("DET");
        String id = stories.held(reference);

        String officer = page(id, "o.aliyev");
        assertThat(officer).contains(reference, "badge status-HELD", "badge channel-RED", "Kurmangazy", "Export")
                .contains("<dd id=\"version\">2</dd>", "<span>Road</span>");
        assertThat(officer).contains("Declarant", "TOO Dala Logistics", "Exporter (consignor)", "TOO Steppe Textile",
                "Consignee", "ООО «Ромашка»");
        assertThat(officer).contains("6109100000", "Men&#39;s cotton T-shirts, knitted", "1200 PCE", "360.500 kg", "5400.00 USD");
        assertThat(officer).contains("Denied parties: which declared party matched which listed party", "lists version ");
        assertThat(officer).contains("AUTO-1", "Sanctions match", "placed by screening of the command of Olzhas Aliyev");
        assertThat(officer).contains("Declared " + reference + ": Export through Kurmangazy to RU, goods lines: 1")
                .contains("Hold AUTO-1 placed (Sanctions match) by Olzhas Aliyev; automatic: Yes").contains("Officer · Kurmangazy");
        assertThat(officer).contains("id=\"action-hold\"").doesNotContain("id=\"action-release\"")
                .doesNotContain("id=\"action-cancellation\"").doesNotContain("/holds/" + id + "/AUTO-1");

        assertThat(page(id, "s.karimov")).contains("href=\"/holds/" + id + "/AUTO-1\"");
        assertThat(page(id + "?lang=ru", "o.aliyev")).contains("Задержана", "Задержание AUTO-1 (Совпадение с санкционным списком)");
    }

    @Test
    void anAuditorSeesNoActionForm() throws Exception {
        String id = stories.yellow(Stories.unique("AUD"));
        assertThat(page(id, "o.aliyev")).contains("id=\"action-document-check\"", "name=\"expectedVersion\" value=\"1\"");
        assertThat(page(id, "a.seitkali")).contains("Awaiting document check").doesNotContain("id=\"actions\"")
                .doesNotContain("name=\"expectedVersion\"").doesNotContain("/document-check");
    }

    @Test
    void aScriptInAGoodsDescriptionIsShownAsText() throws Exception {
        GoodsLine line = Declarations.goodsLine();
        GoodsLine script = new GoodsLine(1, line.hsCode(), "<script>alert('x')</script>", line.quantity(), line.grossMass(),
                line.netMass(), line.value(), line.countryOfOrigin());
        String id = stories.declare(Declarations.builder().reference(Stories.unique("XSS")).goods(script).build(), 1);

        assertThat(page(id, "o.aliyev")).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void aConsignmentStoredButNotYetProjectedGetsAPageThatFillsItselfIn() throws Exception {
        StreamingEventProcessor detailProjection = processing.eventProcessor("consignment-detail", StreamingEventProcessor.class)
                .orElseThrow();
        detailProjection.shutDown();
        try {
            String id = "CN-" + Stories.unique("PENDING");
            new Commands(commandGateway).send(new DeclareConsignmentCommand(id, Declarations.withReference(id.substring(3))),
                    Lifecycles.OFFICER);

            assertThat(page(id, "o.aliyev")).contains("id=\"consignment-detail\" data-live-refresh",
                    "its page is being prepared");
        } finally {
            detailProjection.start();
        }
    }

    @Test
    void anUnknownConsignmentIsNotFound() throws Exception {
        mvc.perform(get("/consignments/NO-SUCH-" + Stories.unique("X")).with(user(users.loadUserByUsername("o.aliyev"))))
                .andExpect(status().isNotFound());
    }

    private String page(String id, String username) throws Exception {
        return mvc.perform(get("/consignments/" + id).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
