package org.borderledger.web.consignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The detail page: who may see it, what it shows of a held consignment, escaping, and an unknown id. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
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
        String id = stories.held(Lifecycles.unique("DET"));
        for (String username : new String[] {"o.aliyev", "s.karimov", "a.seitkali"}) {
            assertThat(page(id, username)).as(username).contains("id=\"consignment-detail\" data-live-refresh");
        }
        mvc.perform(get("/consignments/" + id).with(user(users.loadUserByUsername("admin")))).andExpect(status().isForbidden());
        mvc.perform(get("/consignments/" + id).accept("text/html")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aHeldConsignmentShowsWhatMatchedWhatItsHoldAndItsTimeline() throws Exception {
        String reference = Lifecycles.unique("DET");
        String id = stories.held(reference);

        String officer = page(id, "o.aliyev");
        assertThat(officer).contains(reference, "badge status-HELD", "badge channel-RED", "Kurmangazy", "Export")
                .contains("<dd id=\"version\">2</dd>", "<span>Road</span>");
        assertThat(officer).contains("Declarant", "TOO Dala Logistics", "Exporter (consignor)", "TOO Steppe Textile",
                "Consignee", "ООО «Ромашка»");
        assertThat(officer).contains("6109100000", "Men&#39;s cotton T-shirts, knitted", "1200 pcs", "360.500 kg", "5400.00 USD");
        assertThat(officer).contains("Denied parties: which declared party matched which listed party", "lists version ");
        assertThat(officer).contains("AUTO-1", "Sanctions match", "placed by screening of the command of Olzhas Aliyev");
        assertThat(officer).contains("Declared " + reference + ": Export through Kurmangazy to RU, goods lines: 1")
                .contains("Hold AUTO-1 placed (Sanctions match) by Olzhas Aliyev; automatic: Yes").contains("Officer · Kurmangazy");
        assertThat(officer).contains("id=\"action-hold\"").doesNotContain("id=\"action-release\"")
                .doesNotContain("id=\"action-cancellation\"").doesNotContain("/holds/" + id + "/AUTO-1");

        assertThat(officer).contains("Next: a supervisor other than the one who placed the hold decides it");
        // What a party matched on is said in words, in the reader's language, not as a code.
        assertThat(officer).containsPattern(">on the (name|identifier)[^<]*<").doesNotContain(">NAME<", ">IDENTIFIER<");
        assertThat(page(id + "?lang=kk", "o.aliyev")).containsPattern(">(атауы|идентификаторы) бойынша[^<]*<");
        // Every time in the zone of the reader's post, named; someone at no post reads UTC.
        assertThat(officer).containsPattern("<dd>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC\\+5</dd>")
                .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d");
        assertThat(page(id, "a.seitkali")).containsPattern("<dd>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC</dd>");
        assertThat(page(id, "s.karimov")).contains("href=\"/holds/" + id + "/AUTO-1\"");
        assertThat(page(id + "?lang=ru", "o.aliyev")).contains("Задержана", "Задержание AUTO-1 (Совпадение с санкционным списком)");
    }

    /** A decided hold reads as what it was on the page and in the timeline; only a referral names an agency. */
    @ParameterizedTest
    @CsvSource({
            "LIFT, FALSE_POSITIVE_MATCH, '', Lifted by Serik Karimov at, False positive match, Hold AUTO-1 lifted — reason: False positive match; holds still open: 0",
            "SEIZE, SANCTIONS_CONFIRMED, '', Seized by Serik Karimov at, Sanctions confirmed, Hold AUTO-1: goods seized — reason: Sanctions confirmed",
            "REFUSE, FALSE_DECLARATION, '', Exit refused by Serik Karimov at, False declaration, Hold AUTO-1: exit refused — reason: False declaration",
            "REFER, AGENCY_COMPETENT, Financial Monitoring Agency, Referred to Financial Monitoring Agency by Serik Karimov at,"
                    + " Another agency is competent, Hold AUTO-1 referred to Financial Monitoring Agency — reason: Another agency is competent"})
    void aDecidedHoldReadsAsWhatItWas(HoldDecision decision, DecisionReason reason, String agency, String decided,
                                      String reasonLabel, String timeline) throws Exception {
        String id = stories.decided(Lifecycles.unique("DEC"), decision, reason, agency);

        String page = page(id, "o.aliyev");
        assertThat(page).containsPattern(Pattern.quote(decided) + " \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC\\+5 — reason: "
                + Pattern.quote(reasonLabel) + " — Registry extract checked").contains(timeline);
        if (decision != HoldDecision.REFER) {
            assertThat(page).doesNotContainIgnoringCase("referred to").doesNotContain("agency –");
        }
    }

    @Test
    void aDecidedHoldReadsAsWhatItWasInRussianAndKazakh() throws Exception {
        String id = stories.decided(Lifecycles.unique("DEC"), HoldDecision.SEIZE, DecisionReason.PROHIBITED_GOODS, "");

        assertThat(page(id + "?lang=ru", "o.aliyev")).contains("Товары изъяты: Serik Karimov,", "— основание: Запрещённые товары",
                "Задержание AUTO-1: товары изъяты — основание: Запрещённые товары");
        assertThat(page(id + "?lang=kk", "o.aliyev")).contains("Тауарлар тәркіленді: Serik Karimov,",
                "AUTO-1 ұстауы: тауарлар тәркіленді — негіздеме: ");
    }

    /** Bearings to Russia made in Germany (banned: coalition origin) and in Kazakhstan (monitored): each hit says its condition. */
    @Test
    void aGoodsHitSaysTheOriginConditionItsMeasureSetInTheReadersLanguage() throws Exception {
        String id = stories.declare(Declarations.builder().reference(Lifecycles.unique("ORIGIN")).toDestination("RU")
                .goods(Declarations.goodsLine(1, "8482100000", "DE"), Declarations.goodsLine(2, "8482100000", "KZ")).build(), 2);

        String officer = page(id, "o.aliyev");
        assertThat(officer).contains("KZBAN-8482-COAL", "KZBAN-8482-KZ", "AUTO-1")
                .contains("origin DE: the measure applies to origin AT, BE, BG, CY, CZ, DE,")
                .contains("origin KZ: the measure applies to origin KZ only")
                // the CHPL licence of both lines holds for bearings of any origin
                .contains("any origin")
                // the hold's text names the condition of the ban that placed it
                .containsPattern("KZBAN-8482-COAL: Ban \\(automatic hold\\) for RU: [^<]* \\(origin DE: the measure applies to origin AT,");
        assertThat(page(id + "?lang=ru", "o.aliyev")).contains("происхождение KZ: мера применяется только к происхождению KZ",
                "любое происхождение");
        assertThat(page(id + "?lang=kk", "o.aliyev")).contains("шығу тегі KZ: шара тек KZ шығу тегіне қолданылады",
                "кез келген шығу тегі");
    }

    @Test
    void anAuditorSeesNoActionForm() throws Exception {
        String id = stories.yellow(Lifecycles.unique("AUD"));
        assertThat(page(id, "o.aliyev")).contains("id=\"action-document-check\"", "name=\"expectedVersion\" value=\"1\"");
        assertThat(page(id, "o.aliyev")).contains("Next: check the documents");
        assertThat(page(id, "a.seitkali")).contains("Awaiting document check").doesNotContain("id=\"actions\"")
                .doesNotContain("Next: ")
                .doesNotContain("name=\"expectedVersion\"").doesNotContain("/document-check");
    }

    @Test
    void aScriptInAGoodsDescriptionIsShownAsText() throws Exception {
        GoodsLine line = Declarations.goodsLine();
        GoodsLine script = new GoodsLine(1, line.hsCode(), "<script>alert('x')</script>", line.quantity(), line.grossMass(),
                line.netMass(), line.value(), line.countryOfOrigin());
        String id = stories.declare(Declarations.builder().reference(Lifecycles.unique("XSS")).goods(script).build(), 1);

        assertThat(page(id, "o.aliyev")).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void aConsignmentStoredButNotYetProjectedGetsAPageThatFillsItselfIn() throws Exception {
        StreamingEventProcessor detailProjection = processing.eventProcessor("consignment-detail", StreamingEventProcessor.class)
                .orElseThrow();
        detailProjection.shutDown();
        try {
            String id = "CN-" + Lifecycles.unique("PENDING");
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
        mvc.perform(get("/consignments/NO-SUCH-" + Lifecycles.unique("X")).with(user(users.loadUserByUsername("o.aliyev"))))
                .andExpect(status().isNotFound());
    }

    private String page(String id, String username) throws Exception {
        return mvc.perform(get("/consignments/" + id).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
