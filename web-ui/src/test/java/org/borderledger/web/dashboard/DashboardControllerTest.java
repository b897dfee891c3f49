package org.borderledger.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.circumvention.api.CircumventionCounts;
import org.borderledger.circumvention.api.CircumventionKind;
import org.borderledger.circumvention.api.FetchCircumventionCountsQuery;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.holds.api.FetchHeldGoodsQuery;
import org.borderledger.holds.api.HeldGoodsPage;
import org.borderledger.summary.api.FetchWorkListQuery;
import org.borderledger.summary.api.WorkList;
import org.borderledger.summary.api.WorkStage;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.consignments.Stories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The dashboard shows each role what it works with, and nothing to a visitor who has not signed in. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class DashboardControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;

    @Test
    void anOfficerSeesTheWorkListOfTheirPostWithItsCountsAndThePostsStatistics() throws Exception {
        Commands commands = new Commands(commandGateway);
        commands.send(new DeclareConsignmentCommand("CN-DASH-OFFICER", Lifecycles.toASanctionedConsignee("EX-DASH-OFFICER")),
                Lifecycles.OFFICER);
        await().untilAsserted(() -> assertThat(heldAtKurmangazy("s.karimov").items())
                .anyMatch(hold -> hold.consignmentId().equals("CN-DASH-OFFICER")));
        // Other tests' consignments may still be on their way into the work list: the page and the count it is
        // compared with are read again until they agree.
        await().untilAsserted(() -> dashboardAs("o.aliyev").andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Work list at Kurmangazy"), containsString("Documents to check"),
                containsString("Cleared, awaiting release"),
                containsString("id=\"count-" + WorkStage.AT_INSPECTION + "\">" + atInspection() + "<"),
                containsString("data-live-refresh"), containsString("Holds waiting"),
                containsString("Last 30 days at Kurmangazy"), containsString("Median time from declaration to release"),
                containsString("<svg"), containsString("Bar chart of the"), containsString("System status"),
                containsString("badge status-HELD"), containsString("badge channel-RED"),
                not(containsString("you may decide")), not(containsString("/admin/projections\"")),
                not(containsString("style="))))));
    }

    private long atInspection() {
        return queries.query(new FetchWorkListQuery(List.of("Kurmangazy"), 0, 5), WorkList.class).join()
                .groups().get(WorkStage.AT_INSPECTION.ordinal()).total();
    }

    @Test
    void aSupervisorSeesHowManyHoldsTheyMayDecide() throws Exception {
        Commands commands = new Commands(commandGateway);
        commands.send(new DeclareConsignmentCommand("CN-DASH-SUPERVISOR",
                Lifecycles.toASanctionedConsignee("EX-DASH-SUPERVISOR")), Lifecycles.OFFICER);
        await().untilAsserted(() -> assertThat(heldAtKurmangazy("s.bekova").items())
                .anyMatch(hold -> hold.consignmentId().equals("CN-DASH-SUPERVISOR") && hold.mayDecide()));
        HeldGoodsPage held = heldAtKurmangazy("s.bekova");
        long mayDecide = held.items().stream().filter(hold -> hold.mayDecide()).count();

        dashboardAs("s.bekova").andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Work list at Kurmangazy"),
                containsString("id=\"holds-total\">" + held.total() + "<"),
                containsString("id=\"holds-may-decide\">" + mayDecide + "<"), containsString("you may decide"),
                containsString("href=\"/holds\""))));
    }

    @Test
    void aSupervisorSeesTheOpenCircumventionHitsAtTheirPostsAndTheWayToDecideThem() throws Exception {
        new Stories(commandGateway, queries).reexport(Lifecycles.unique("RX-DASH"));
        // Other tests' hits may still be on their way into the projections: page and count are read again until they agree.
        await().untilAsserted(() -> {
            int open = circumventionAt(List.of("Kurmangazy")).total(CircumventionKind.POSSIBLE_REEXPORT);
            assertThat(open).isPositive();
            dashboardAs("s.bekova").andExpect(status().isOk()).andExpect(content().string(allOf(
                    containsString("Open circumvention hits"), containsString("data-post=\"Kurmangazy\""),
                    containsString("data-kind=\"POSSIBLE_REEXPORT\">" + open + "<"), containsString("Overdue transits"),
                    containsString("href=\"/reexports\""), containsString("href=\"/transit\""),
                    not(containsString("data-post=\"Syrym\"")))));
        });
        dashboardAs("o.aliyev").andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("data-post=\"Kurmangazy\""), not(containsString("href=\"/reexports\"")))));
    }

    @Test
    void anAuditorSeesTheCircumventionHitsOfEveryPost() throws Exception {
        new Stories(commandGateway, queries).reexport(Lifecycles.unique("RX-AUDIT"));
        await().untilAsserted(() -> {
            CircumventionCounts all = circumventionAt(List.of());
            dashboardAs("a.seitkali").andExpect(status().isOk()).andExpect(content().string(allOf(
                    containsString("Open circumvention hits"),
                    containsString("data-kind=\"POSSIBLE_REEXPORT\">"
                            + all.posts().get(0).count(CircumventionKind.POSSIBLE_REEXPORT) + "<"),
                    containsString("data-post=\"" + all.posts().get(0).borderPost() + "\""),
                    not(containsString("href=\"/reexports\"")))));
        });
    }

    @Test
    void anAuditorSeesTheStatisticsOfEveryPostAndNoWorkList() throws Exception {
        dashboardAs("a.seitkali").andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Last 30 days at all border posts"), containsString("Holds by reason"),
                containsString("90th percentile"), containsString("The numbers per day"),
                not(containsString("Work list at")), not(containsString("Holds waiting")))));
    }

    @Test
    void aSupervisorPostedToTwoPostsHasTheWorkListOfBoth() throws Exception {
        dashboardAs("s.karimov").andExpect(status().isOk()).andExpect(content().string(
                containsString("Work list at Kurmangazy, Syrym</h2>")));
        dashboardAs("s.bekova").andExpect(status().isOk()).andExpect(content().string(
                containsString("Work list at Kurmangazy</h2>")));
    }

    @Test
    void anAdministratorSeesTheSystemPanelAndTheWayToTheProjections() throws Exception {
        dashboardAs("admin").andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("System status"), containsString("Events stored"),
                containsString("Screening lists in force"), containsString("href=\"/admin/projections\""),
                not(containsString("Work list at")), not(containsString("Last 30 days")))));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/").accept("text/html")).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theDashboardSpeaksRussian() throws Exception {
        mvc.perform(get("/").param("lang", "ru").with(user(users.loadUserByUsername("o.aliyev"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Очередь работ: Kurmangazy"),
                        containsString("Последние 30 дней: Kurmangazy"))));
    }

    private ResultActions dashboardAs(String username) throws Exception {
        return mvc.perform(get("/").with(user(users.loadUserByUsername(username))));
    }

    private CircumventionCounts circumventionAt(List<String> posts) {
        return queries.query(new FetchCircumventionCountsQuery(posts, Instant.now()), CircumventionCounts.class).join();
    }

    private HeldGoodsPage heldAtKurmangazy(String viewer) {
        return queries.query(new FetchHeldGoodsQuery(viewer, "Kurmangazy", null, null, null, false, 0,
                FetchHeldGoodsQuery.MAX_LIMIT), HeldGoodsPage.class).join();
    }
}
