package org.borderledger.web.consignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.ConsignmentForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The actions of the detail page, sent by an officer through the page: accepted ones redirect back
 * with a message; refused ones keep what was typed, say why next to the form and change nothing.
 * Everyone reads every consignment; actions are offered only at one's own border posts, and one
 * forced from another post is refused by the domain and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ConsignmentActionsTest {

    private static final Actor SYRYM_OFFICER = new Actor("o.nurlanova", Role.OFFICER, "Syrym");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    Stories stories;

    @BeforeEach
    void stories() {
        stories = new Stories(commandGateway, queries);
    }

    @Test
    void anOfficerChecksTheDocumentsOfAYellowConsignmentAndReleasesIt() throws Exception {
        String id = stories.yellow(Lifecycles.unique("ACT"));

        accepted(act(id, "document-check", 1, "outcome", "IN_ORDER", "note", "Invoice and licence match"), id,
                "consignments.done.document-check");
        // The page it is sent back to already shows the result: no waiting here.
        assertThat(page(id)).contains("<dd id=\"version\">2</dd>", "badge status-CLEARED", "Documents in order",
                "Invoice and licence match", "id=\"action-release\"").doesNotContain("id=\"action-document-check\"");

        accepted(act(id, "release", 2, "note", "Lane 2"), id, "consignments.done.release");
        assertThat(stories.awaitVersion(id, 3).status()).isEqualTo(ConsignmentStatus.RELEASED);
        assertThat(page(id)).doesNotContain("id=\"actions\"").contains("Lane 2");
    }

    @Test
    void anOfficerInspectsARedConsignmentThroughThePage() throws Exception {
        String id = stories.awaitingInspection(Lifecycles.unique("ACT"));
        assertThat(page(id)).contains("id=\"action-inspection\"", "value=\"INSP-1\"");

        accepted(act(id, "inspection", 3, "inspectionId", "INSP-1", "note", "Lane 4"), id, "consignments.done.inspection");
        stories.awaitVersion(id, 4);
        accepted(act(id, "finding", 4, "lineNumber", "1", "discrepancy", "false", "description", "Seals intact"), id,
                "consignments.done.finding");
        stories.awaitVersion(id, 5);
        accepted(act(id, "inspection-completion", 5, "outcome", "NO_DISCREPANCY", "note", "As declared"), id,
                "consignments.done.inspection-completion");
        assertThat(stories.awaitVersion(id, 6).status()).isEqualTo(ConsignmentStatus.CLEARED);
        assertThat(page(id)).contains("INSP-1", "line 1:", "Seals intact", "No discrepancy", "As declared");
    }

    @Test
    void anOfficerPlacesAHoldAndAnotherCancelsADeclaration() throws Exception {
        String heldHere = stories.yellow(Lifecycles.unique("ACT"));
        accepted(act(heldHere, "hold", 1, "holdId", "H-1", "reason", "DOCUMENTS", "text", "Invoice missing"), heldHere,
                "consignments.done.hold");
        assertThat(stories.awaitVersion(heldHere, 2).status()).isEqualTo(ConsignmentStatus.HELD);
        assertThat(page(heldHere)).contains("H-1", "Invoice missing", "placed by Olzhas Aliyev");

        String cancelled = stories.yellow(Lifecycles.unique("ACT"));
        accepted(act(cancelled, "cancellation", 1, "reason", "Declared twice by mistake"), cancelled,
                "consignments.done.cancellation");
        assertThat(stories.awaitVersion(cancelled, 2).status()).isEqualTo(ConsignmentStatus.CANCELLED);
    }

    @Test
    void aCommandTheDomainRefusesKeepsTheInputSaysWhyAndChangesNothing() throws Exception {
        String id = stories.held(Lifecycles.unique("REF"));

        String body = act(id, "cancellation", 2, "reason", "Trader withdrew the declaration")
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("id=\"action-cancellation\"", "role=\"alert\"", "while a hold is open")
                .contains(">Trader withdrew the declaration</textarea>");
        assertThat(lastSequenceNumber(id)).isEqualTo(2);
    }

    @Test
    void aMissingReasonIsSaidNextToItsFieldBeforeAnyCommand() throws Exception {
        String id = stories.yellow(Lifecycles.unique("REF"));

        String body = act(id, "cancellation", 1, "reason", "  ").andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("id=\"ca-reason-error\"", "This field is required.")
                .contains("aria-invalid=\"true\" aria-describedby=\"ca-reason-error\"");
        assertThat(lastSequenceNumber(id)).isEqualTo(1);
    }

    @Test
    void aCommandFromAStalePageSaysWhoChangedTheConsignmentAndOffersToReload() throws Exception {
        String id = stories.yellow(Lifecycles.unique("STALE"));
        stories.commands().send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.RISK_INTELLIGENCE, "Tip-off from the border guard"),
                Lifecycles.SUPERVISOR);
        stories.awaitVersion(id, 2);

        String body = act(id, "document-check", 1, "outcome", "IN_ORDER", "note", "Checked at the window")
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("Serik Karimov changed this consignment at ", "it is now at version 2.")
                .contains("href=\"/consignments/" + id + "\">Reload the consignment</a>")
                .contains(">Checked at the window</textarea>");
        assertThat(lastSequenceNumber(id)).isEqualTo(2);
    }

    @Test
    void anAuditorMayNotActAndAVisitorIsSentToSignIn() throws Exception {
        String id = stories.yellow(Lifecycles.unique("AUD"));
        mvc.perform(ConsignmentForms.action(id, "release", 1).with(user(users.loadUserByUsername("a.seitkali"))))
                .andExpect(status().isForbidden());
        mvc.perform(ConsignmentForms.action(id, "release", 1).accept("text/html"))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/consignments/" + id + "/release").param("expectedVersion", "1")
                .with(user(users.loadUserByUsername("o.aliyev")))).andExpect(status().isForbidden());
        assertThat(lastSequenceNumber(id)).isEqualTo(1);
    }

    // ---- jurisdiction: the demo users o.aliyev and s.bekova are at Kurmangazy, o.nurlanova at Syrym, s.karimov at both ----

    @Test
    void anOfficerOfAnotherPostReadsTheConsignmentAndIsOfferedNoAction() throws Exception {
        String id = stories.yellow(Lifecycles.unique("JUR"));

        assertThat(pageAs("/consignments/" + id, "o.nurlanova")).contains("id=\"another-post\"",
                        "This consignment is at Kurmangazy, a border post you are not posted to")
                .doesNotContain("id=\"actions\"", "id=\"action-hold\"", "id=\"action-amendment\"");
        assertThat(pageAs("/consignments/" + id, "o.aliyev")).contains("id=\"actions\"", "id=\"action-hold\"")
                .doesNotContain("id=\"another-post\"");
    }

    @Test
    void anActionForcedFromAnotherPostIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        String id = stories.yellow(Lifecycles.unique("JUR"));

        String body = mvc.perform(as("o.nurlanova", ConsignmentForms.action(id, "hold", 1, "holdId", "H-1",
                        "reason", "DOCUMENTS", "text", "Seal broken")))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("role=\"alert\"", "Border post Kurmangazy is not one of yours (Syrym)");
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(1L);
    }

    @Test
    void aSupervisorDecidesHoldsAtEachOfHisPostsAndNotAtAnother() throws Exception {
        String id = stories.declare(Declarations.builder(Lifecycles.toASanctionedConsignee(Lifecycles.unique("JUR")))
                .borderPost("Syrym").build(), 2, SYRYM_OFFICER);
        String review = "/holds/" + id + "/AUTO-1";

        assertThat(pageAs("/consignments/" + id, "s.karimov")).contains("id=\"actions\"").doesNotContain("id=\"another-post\"");
        assertThat(pageAs(review, "s.bekova")).contains("id=\"another-post\"",
                "This hold is on a consignment at Syrym, a border post you are not posted to")
                .doesNotContain("review-decision");
        String refused = mvc.perform(as("s.bekova", ConsignmentForms.holdReview(id + "/AUTO-1", 2, "LIFT",
                        "FALSE_POSITIVE_MATCH", "Registry extract checked", "")))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Border post Syrym is not one of yours (Kurmangazy)");
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(2L);

        assertThat(pageAs(review, "s.karimov")).contains("review-decision").doesNotContain("id=\"another-post\"");
        mvc.perform(as("s.karimov", ConsignmentForms.holdReview(id + "/AUTO-1", 2, "LIFT", "FALSE_POSITIVE_MATCH",
                        "Registry extract checked", "")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/holds"));
        assertThat(stories.awaitVersion(id, 3).version()).isEqualTo(3);
    }

    private ResultActions act(String id, String action, long version, String... fields) throws Exception {
        return mvc.perform(ConsignmentForms.action(id, action, version, fields).with(user(users.loadUserByUsername("o.aliyev"))));
    }

    private void accepted(ResultActions result, String id, String message) throws Exception {
        result.andExpect(status().isFound()).andExpect(redirectedUrl("/consignments/" + id))
                .andExpect(flash().attribute("done", message));
    }

    private String page(String id) throws Exception {
        return pageAs("/consignments/" + id, "o.aliyev");
    }

    private String pageAs(String path, String username) throws Exception {
        return mvc.perform(as(username, get(path))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username)));
    }

    private long lastSequenceNumber(String id) {
        return eventStore.lastSequenceNumberFor(id).orElseThrow();
    }
}
