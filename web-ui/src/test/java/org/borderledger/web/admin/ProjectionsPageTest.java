package org.borderledger.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Projections.domainEvent;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.projection.ProjectionRebuild;
import org.borderledger.projection.api.DeadLetterView;
import org.borderledger.projection.api.FetchDeadLettersQuery;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.ProjectionRebuilds;
import org.borderledger.web.PageAccess;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator's projections page: processors, a rebuild of one or of all (asked for on a page of its
 * own) with its progress as JSON, and dead letters.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ProjectionsPageTest {

    static final String SUMMARY = "consignment-summary";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void onlyTheAdministratorOpensTheProjectionsPage() throws Exception {
        access().opensOnlyFor("admin", "/admin/projections");
        access().opensOnlyFor("admin", "/admin/projections/status");
        access().opensOnlyFor("admin", "/admin/projections/" + SUMMARY + "/rebuild");
        mvc.perform(post("/admin/projections/" + SUMMARY + "/rebuild").with(as("s.karimov")).with(csrf()))
                .andExpect(status().isForbidden());
        access().opensOnlyFor("admin", "/admin/projections/rebuild-all");
        mvc.perform(post("/admin/projections/rebuild-all").with(as("s.karimov")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageListsEachProcessorWithARebuildButtonAndThePollingScript() throws Exception {
        mvc.perform(get("/admin/projections").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"processor-" + SUMMARY + "\" data-group=\"" + SUMMARY + "\""),
                        containsString("href=\"/admin/projections/" + SUMMARY + "/rebuild\""),
                        containsString("href=\"/admin/projections/rebuild-all\">Rebuild"),
                        not(containsString("action=\"/admin/projections/" + SUMMARY + "/rebuild\"")),
                        containsString("src=\"/js/projections.js\""), containsString("data-status-url=\"/admin/projections/status\""),
                        containsString("href=\"/admin/projections\""))));
        mvc.perform(get("/js/projections.js")).andExpect(status().isOk());
    }

    @Test
    void aRebuildIsAskedForOnAPageThatSaysWhatItEmptiesAndRefillsAndMayBeCancelled() throws Exception {
        mvc.perform(get("/admin/projections/" + SUMMARY + "/rebuild").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Rebuild " + SUMMARY + "?</h1>"),
                        // As many events as the store holds, which other tests' consignments add to.
                        matchesPattern("(?s).*Rebuild " + SUMMARY + ": its tables are emptied and filled again from every "
                                + "event of the event store \\(now [1-9][0-9,]*\\), in the background\\..*"),
                        containsString("the pages that read them show missing or out-of-date data"),
                        containsString("<form id=\"rebuild\" method=\"post\" action=\"/admin/projections/" + SUMMARY + "/rebuild\">"),
                        containsString("name=\"_csrf\""),
                        containsString("<a class=\"button\" href=\"/admin/projections\">Cancel</a>"))));
        mvc.perform(get("/admin/projections/" + SUMMARY + "/rebuild").param("lang", "ru").with(as("admin")))
                .andExpect(content().string(containsString("<h1>Перестроить " + SUMMARY + "?</h1>")));
        mvc.perform(get("/admin/projections/no-such-projection/rebuild").with(as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void aConfirmedRebuildStartsLeadsToItsProcessorsRowAndTheStatusJsonReportsItsProgress() throws Exception {
        Cookie session = mvc.perform(post("/admin/projections/" + SUMMARY + "/rebuild").with(as("admin")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/projections#processor-" + SUMMARY))
                .andExpect(flash().attribute("rebuild", new ProjectionsController.Outcome(SUMMARY, null, "STARTED", null)))
                .andReturn().getResponse().getCookie("SESSION");

        await().untilAsserted(() -> {
            try {
                mvc.perform(get("/admin/projections/status").with(as("admin")))
                        .andExpect(content().contentTypeCompatibleWith("application/json"))
                        .andExpect(jsonPath("$[?(@.group == '" + SUMMARY + "')].replaying").value(Matchers.contains(false)))
                        .andExpect(jsonPath("$[?(@.group == '" + SUMMARY + "')].eventsDone").exists())
                        .andExpect(jsonPath("$[?(@.group == '" + SUMMARY + "')].eventsTotal").exists())
                        .andExpect(jsonPath("$[?(@.group == '" + SUMMARY + "')].segmentsClaimed").value(Matchers.contains(4)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        // The outcome waits in the stored session for the page the browser is sent to.
        mvc.perform(get("/admin/projections").with(as("admin")).cookie(session))
                .andExpect(content().string(containsString("Rebuild of " + SUMMARY + " started")));
        mvc.perform(post("/admin/projections/no-such-projection/rebuild").with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/projections"))
                .andExpect(flash().attribute("rebuild",
                        new ProjectionsController.Outcome("no-such-projection", null, "UNKNOWN_PROCESSING_GROUP", null)));
    }

    @Test
    void aRebuildOfAllIsAskedForOnThePageThatSaysItFillsEveryProjectionInOnePassAndStartsWhenConfirmed() throws Exception {
        mvc.perform(get("/admin/projections/rebuild-all").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Rebuild every projection?</h1>"),
                        matchesPattern("(?s).*Every projection is emptied and filled again from every event of the event store "
                                + "\\(now [1-9][0-9,]*\\), in one pass that reads each event once for all of them, in the "
                                + "background\\..*"),
                        containsString("the pages that read them show missing or out-of-date data"),
                        containsString("<form id=\"rebuild\" method=\"post\" action=\"/admin/projections/rebuild-all\">"),
                        containsString("name=\"_csrf\""), containsString("Confirm: rebuild every projection"),
                        containsString("<a class=\"button\" href=\"/admin/projections\">Cancel</a>"))));
        mvc.perform(get("/admin/projections/rebuild-all").param("lang", "kk").with(as("admin")))
                .andExpect(content().string(containsString("<h1>Барлық проекцияны қайта құру керек пе?</h1>")));

        // A rebuild of one projection another test started must be over, or this one is refused.
        ProjectionRebuilds.awaitNoneUnderWay(rebuild, processing);
        Cookie session = mvc.perform(post("/admin/projections/rebuild-all").with(as("admin")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/projections#processors"))
                .andExpect(flash().attribute("rebuild", new ProjectionsController.Outcome(null, null, "STARTED", null)))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/admin/projections/rebuild-all").with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/projections"))
                .andExpect(flash().attribute("rebuild", new ProjectionsController.Outcome(null, null, "ALREADY_REBUILDING", null)));
        mvc.perform(get("/admin/projections").with(as("admin")).cookie(session))
                .andExpect(content().string(containsString("Rebuild of every projection started, in one pass over the store")));
        ProjectionRebuilds.awaitNoneUnderWay(rebuild, processing);
    }

    @Test
    void aDeadLetterIsShownAndEvictedFromThePage() throws Exception {
        String poisoned = "CN-ADM-POISON";
        // Stored without the aggregate, as a buggy or foreign writer could: a screening without a channel.
        eventStore.publish(
                domainEvent(poisoned, 0, new ConsignmentDeclaredEvent(poisoned, Declarations.withReference("EX-ADM-POISON"),
                        ConsignmentStatus.DECLARED)),
                domainEvent(poisoned, 1, new ConsignmentScreenedEvent(poisoned, null, "v1", List.of(), null, false,
                        null, null, ConsignmentStatus.CLEARED, ConsignmentStatus.CLEARED)));
        await().untilAsserted(() -> assertThat(parked(poisoned)).isNotEmpty());

        mvc.perform(get("/admin/projections").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(poisoned), containsString("ConsignmentScreenedEvent"),
                        containsString("action=\"/admin/projections/" + SUMMARY + "/dead-letters/" + poisoned + "/evict\""))));

        Cookie session = mvc.perform(post("/admin/projections/" + SUMMARY + "/dead-letters/" + poisoned + "/evict")
                        .with(as("admin")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/projections"))
                .andExpect(flash().attribute("deadLetter", new ProjectionsController.Outcome(SUMMARY, poisoned, "EVICTED", null)))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(parked(poisoned)).isEmpty();
        mvc.perform(get("/admin/projections").with(as("admin")).cookie(session))
                .andExpect(content().string(containsString("The parked events of " + poisoned + " in " + SUMMARY
                        + " were evicted")));
    }

    private List<DeadLetterView> parked(String consignmentId) {
        return queries.query(new FetchDeadLettersQuery(SUMMARY), ResponseTypes.multipleInstancesOf(DeadLetterView.class))
                .join().stream().filter(letter -> letter.consignmentId().equals(consignmentId)).toList();
    }

    private RequestPostProcessor as(String username) {
        return access().as(username);
    }

    private PageAccess access() {
        return new PageAccess(mvc, users);
    }
}
