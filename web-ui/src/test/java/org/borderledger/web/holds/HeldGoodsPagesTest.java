package org.borderledger.web.holds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.audit.api.ConsignmentHistory;
import org.borderledger.audit.api.FetchConsignmentHistoryQuery;
import org.borderledger.audit.api.StoredEvent;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.ConsignmentForms;
import org.borderledger.web.PageAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The held-goods queue and the review form: who may see them, four eyes, decisions, refusals and stale pages. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class HeldGoodsPagesTest {

    static final Actor PLACER = new Actor("s.karimov", Role.SUPERVISOR, "Kurmangazy");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    QueryGateway queries;
    @Autowired
    CommandGateway gateway;

    @Test
    void onlySupervisorsOpenTheQueueAndTheReview() throws Exception {
        String id = heldBySupervisor("HLD-ROLES");
        access().opensOnlyFor("s.bekova", "/holds");
        access().opensOnlyFor("s.bekova", "/holds/" + id + "/H-1");
        mvc.perform(reviewBy("o.aliyev", id + "/H-1", 2, "LIFT")).andExpect(status().isForbidden());
    }

    @Test
    void theQueueMarksTheViewersOwnHoldAndOffersReviewOnlyOfOthers() throws Exception {
        String id = heldBySupervisor("HLD-MARK");
        String reviewLink = "href=\"/holds/" + id + "/H-1\"";

        mvc.perform(get("/holds").param("borderPost", "Kurmangazy").param("descending", "true").with(as("s.karimov")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"held-goods\""), containsString("data-live-refresh"),
                        containsString("EX-HLD-MARK"), containsString("you placed this hold — another supervisor decides"),
                        not(containsString(reviewLink)), containsString("href=\"/consignments/" + id + "\""))));
        mvc.perform(get("/holds").param("descending", "true").with(as("s.bekova"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(reviewLink), containsString("Documents"),
                        containsString("Certificate of origin missing"), containsString(" min"))));
        mvc.perform(get("/holds/" + id + "/H-1").with(as("s.karimov"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("another supervisor decides"),
                        not(containsString("name=\"decision\"")))));
    }

    @Test
    void theQueueIsFilteredAndAnUnknownFilterIsSaidNotFailed() throws Exception {
        // Last by reference, and asked for last first: other tests' holds in the same database never push it off the page.
        heldBySupervisor("ZZ-HLD-FILTER");

        mvc.perform(get("/holds").param("reason", "DOCUMENTS").param("referred", "false").param("sort", "REFERENCE")
                        .param("descending", "true").with(as("s.bekova"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("EX-ZZ-HLD-FILTER")));
        mvc.perform(get("/holds").param("reason", "SANCTIONS_MATCH").param("borderPost", "Kurmangazy").with(as("s.bekova")))
                .andExpect(content().string(not(containsString("EX-ZZ-HLD-FILTER"))));
        mvc.perform(get("/holds").param("referred", "true").with(as("s.bekova")))
                .andExpect(content().string(not(containsString("EX-ZZ-HLD-FILTER"))));
        mvc.perform(get("/holds").param("reason", "NO_SUCH_REASON").param("sort", "REFERENCE").param("descending", "true")
                        .with(as("s.bekova"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("was ignored"), containsString("EX-ZZ-HLD-FILTER"))));
        mvc.perform(get("/holds").param("lang", "ru").with(as("s.bekova")))
                .andExpect(content().string(containsString("Задержанные товары")));
    }

    @Test
    void anotherSupervisorsReviewLiftsTheHoldAndReturnsToTheQueue() throws Exception {
        String id = heldBySupervisor("HLD-LIFT");
        mvc.perform(get("/holds/" + id + "/H-1").with(as("s.bekova"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"expectedVersion\" value=\"2\""),
                        containsString("EX-HLD-LIFT"), containsString("name=\"decision\""))));

        // The message waits in the stored session for the next page, whichever instance serves it.
        Cookie session = mvc.perform(reviewBy("s.bekova", id + "/H-1", 2, "LIFT")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/holds")).andExpect(flash().attributeExists("decided"))
                .andReturn().getResponse().getCookie("SESSION");

        assertThat(history(id)).extracting(StoredEvent::eventType).endsWith("HoldReviewedEvent");
        // The queue the decision returns to no longer offers the decided hold, at once.
        mvc.perform(get("/holds").with(as("s.bekova")).cookie(session))
                .andExpect(content().string(allOf(containsString("Hold H-1 on EX-HLD-LIFT lifted."),
                        not(containsString("href=\"/holds/" + id + "/H-1\"")))));
        await().untilAsserted(() -> {
            try {
                mvc.perform(get("/holds/" + id + "/H-1").with(as("s.bekova"))).andExpect(content().string(allOf(
                        containsString("already been decided"), not(containsString("name=\"decision\"")))));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void thePlacersOwnReviewIsRefusedWithTheFourEyesMessageAndNothingIsStored() throws Exception {
        String id = heldBySupervisor("HLD-OWN");
        int before = history(id).size();

        mvc.perform(reviewBy("s.karimov", id + "/H-1", 2, "LIFT")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("You placed hold H-1; another supervisor must decide it.")));
        mvc.perform(reviewBy("s.karimov", id + "/H-1", 2, "LIFT").param("lang", "kk")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "H-1 ұстауын сіз қойдыңыз; ол бойынша шешімді басқа аға инспектор қабылдауы тиіс.")));

        assertThat(history(id)).hasSize(before);
    }

    @Test
    void aStalePageIsRefusedWithWhoChangedItAndAReloadLink() throws Exception {
        String id = heldBySupervisor("HLD-STALE");

        mvc.perform(reviewBy("s.bekova", id + "/H-1", 1, "LIFT")).andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Serik Karimov"), not(containsString("s.karimov")),
                        containsString("href=\"/holds/" + id + "/H-1\""), containsString("Written reasons after a check"))))
                .andExpect(content().string(matchesPattern("(?s).*at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC\\+5\\..*")));
    }

    @Test
    void aReferralWithoutAgencyIsRefusedNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        String id = heldBySupervisor("HLD-REFER");

        mvc.perform(reviewBy("s.bekova", id + "/H-1", 2, "REFER")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("aria-describedby=\"field-problem\""),
                        containsString("Agency the hold is referred to"), containsString("Written reasons after a check"),
                        containsString("<option value=\"REFER\" selected=\"selected\""))));
        assertThat(history(id)).extracting(StoredEvent::eventType).doesNotContain("HoldReviewedEvent");
    }

    @Test
    void theReviewOfAnAutomaticHoldShowsTheScreeningHitsThatPlacedIt() throws Exception {
        String id = "CN-HLD-AUTO";
        new Commands(gateway).send(new DeclareConsignmentCommand(id, Lifecycles.toASanctionedConsignee("EX-HLD-AUTO")),
                Lifecycles.OFFICER);
        await().untilAsserted(() -> {
            try {
                mvc.perform(get("/holds/" + id + "/AUTO-1").with(as("s.bekova"))).andExpect(status().isOk())
                        .andExpect(content().string(allOf(containsString("Screening hits that placed the hold"),
                                containsString("Consignee: ООО «Ромашка»"), containsString("Automatic hold by screening (list version "),
                                containsString("screening (automatic)"),
                                containsString("name=\"decision\""))));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        mvc.perform(get("/holds/" + id + "/AUTO-1").with(as("o.nurlanova"))).andExpect(status().isForbidden());
        mvc.perform(reviewBy("s.bekova", id + "/AUTO-1", 2, "BOGUS")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("This field is required.")));
    }

    /** Bearings of German origin to Russia, held by the ban on coalition-origin bearings: the hit's basis says the condition. */
    @Test
    void theReviewOfAHoldPlacedByAnOriginConditionedBanSaysTheCondition() throws Exception {
        String id = "CN-HLD-ORIGIN";
        new Commands(gateway).send(new DeclareConsignmentCommand(id, Declarations.builder().reference("EX-HLD-ORIGIN")
                .toDestination("RU").goods(Declarations.goodsLine(1, "8482100000", "DE")).build()), Lifecycles.OFFICER);
        await().untilAsserted(() -> {
            try {
                mvc.perform(get("/holds/" + id + "/AUTO-1").with(as("s.bekova")).param("lang", "ru")).andExpect(status().isOk())
                        .andExpect(content().string(allOf(containsString("KZBAN-8482-COAL"),
                                containsString("(происхождение DE: мера применяется только к происхождению AT, BE,"))));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Once a decision is chosen, the form offers exactly the reasons that fit it, and asks for an agency only to refer. */
    @Test
    void theFormOffersForEachDecisionOnlyTheReasonsThatFitIt() throws Exception {
        String id = heldBySupervisor("HLD-OFFER");
        mvc.perform(get("/holds/" + id + "/H-1").with(as("s.bekova"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"decision\""),
                        not(containsString("name=\"reason\"")), not(containsString("name=\"referredAgency\"")))));

        for (HoldDecision decision : HoldDecision.values()) {
            String form = mvc.perform(get("/holds/" + id + "/H-1").param("decision", decision.name())
                            .param("expectedVersion", "2").with(as("s.bekova")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(form).as(decision.name()).contains("<input type=\"hidden\" name=\"decision\" value=\"" + decision + "\">",
                    "name=\"expectedVersion\" value=\"2\"");
            for (DecisionReason reason : DecisionReason.values()) {
                assertThat(form.contains("<option value=\"" + reason + "\"")).as(decision + " offers " + reason)
                        .isEqualTo(reason.fits(decision));
            }
            assertThat(form.contains("name=\"referredAgency\"")).as(decision + " asks for an agency")
                    .isEqualTo(decision == HoldDecision.REFER);
        }
    }

    /** A reason sent that does not fit (a hand-made request) is refused by the domain and shown next to the field, translated. */
    @Test
    void aReasonThatDoesNotFitTheDecisionIsRefusedNextToTheFieldInTheSupervisorsLanguage() throws Exception {
        String id = heldBySupervisor("HLD-MISFIT");

        mvc.perform(decide(id, "LIFT", "SANCTIONS_CONFIRMED", "")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("<p id=\"field-problem\" class=\"field-error\">&quot;Sanctions"
                                + " confirmed&quot; is not a reason for the decision &quot;Lift the hold&quot;; reasons that fit it:"
                                + " False positive match, Licence presented, Documents corrected, Discrepancy resolved, Other.</p>"),
                        containsString("aria-invalid=\"true\" aria-describedby=\"field-problem\""),
                        containsString("Sanctions confirmed after a check"))));
        mvc.perform(decide(id, "LIFT", "SANCTIONS_CONFIRMED", "").param("lang", "ru"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("«Санкции подтверждены» не является основанием для решения"
                        + " «Снять задержание»; подходящие основания: ")));
        mvc.perform(decide(id, "SEIZE", "SANCTIONS_CONFIRMED", "Financial Monitoring Agency"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("An agency is named only when referring a hold, not for the decision &quot;Seize the goods&quot;.")));
        assertThat(history(id)).extracting(StoredEvent::eventType).doesNotContain("HoldReviewedEvent");
    }

    /** An earlier referral reads as one on the review page: to which agency, by whom, why. */
    @Test
    void anEarlierReferralReadsAsOneOnTheReview() throws Exception {
        String id = heldBySupervisor("HLD-EARLIER");
        mvc.perform(decide(id, "REFER", "AGENCY_COMPETENT", "Plant Quarantine")).andExpect(status().isFound());

        await().untilAsserted(() -> {
            try {
                mvc.perform(get("/holds/" + id + "/H-1").with(as("s.bekova"))).andExpect(content().string(
                        containsString("Referred to Plant Quarantine by Saule Bekova at ")));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        mvc.perform(get("/holds/" + id + "/H-1").with(as("s.bekova"))).andExpect(content().string(
                containsString("— reason: Another agency is competent — Sanctions confirmed after a check")));
    }

    /** A green consignment on which supervisor s.karimov placed hold H-1 (version 2), in the queue and its detail. */
    private String heldBySupervisor(String name) {
        String id = "CN-" + name;
        Commands commands = new Commands(gateway);
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-" + name)), Lifecycles.OFFICER);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Certificate of origin missing"), PLACER);
        await().untilAsserted(() -> {
            try {
                // Newest first: the queue's first page holds it however many other tests' holds wait before it.
                mvc.perform(get("/holds").param("descending", "true").with(as("s.bekova")))
                        .andExpect(content().string(containsString("EX-" + name)));
                mvc.perform(get("/holds/" + id + "/H-1").with(as("s.bekova")))
                        .andExpect(content().string(containsString("name=\"expectedVersion\" value=\"2\"")));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        return id;
    }

    /** The review form sent for the hold at {@code /holds/<consignment id>/<hold id>}. */
    private MockHttpServletRequestBuilder reviewBy(String username, String hold, long version, String decision) {
        return ConsignmentForms.holdReview(hold, version, decision, "DOCUMENTS_CORRECTED", "Written reasons after a check", "")
                .with(as(username));
    }

    /** s.bekova decides hold H-1 of {@code id} (version 2) as said, with the written reasons "Sanctions confirmed after a check". */
    private MockHttpServletRequestBuilder decide(String id, String decision, String reason, String agency) {
        return ConsignmentForms.holdReview(id + "/H-1", 2, decision, reason, "Sanctions confirmed after a check", agency)
                .with(as("s.bekova"));
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
