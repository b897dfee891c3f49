package org.borderledger.web.consignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The consignment list: who may see it, search, filters, sort, paging and the border post default. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ConsignmentListPageTest {

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
    void officersSupervisorsAndAuditorsSeeTheListAnAdministratorIsRefusedAndAVisitorSignsIn() throws Exception {
        for (String username : new String[] {"o.aliyev", "s.karimov", "a.seitkali"}) {
            assertThat(page("/consignments", username)).as(username)
                    .contains("id=\"consignment-list\" data-live-refresh").contains("<h1>Consignments</h1>");
        }
        mvc.perform(get("/consignments").with(user(users.loadUserByUsername("admin")))).andExpect(status().isForbidden());
        mvc.perform(get("/consignments").accept("text/html")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void searchesFiltersSortsAndPages() throws Exception {
        String prefix = Lifecycles.unique("LST");
        for (int i = 1; i <= 26; i++) {
            stories.declared(prefix + "-" + String.format("%02d", i));
        }
        String heldId = stories.held(prefix + "-27");
        String all = "/consignments?reference=" + prefix;
        awaitPage(all, "1–25 of 27");

        String newestFirst = page(all, "o.aliyev");
        assertThat(newestFirst).contains(prefix + "-27", prefix + "-03").doesNotContain(prefix + "-02<");
        assertThat(newestFirst).contains("href=\"/consignments/" + heldId + "\"").contains("badge status-HELD")
                .contains("badge channel-RED");
        assertThat(page(all + "&page=2", "o.aliyev")).contains("26–27 of 27", prefix + "-02<", prefix + "-01<")
                .contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        String byReference = page(all + "&sort=REFERENCE&dir=asc", "o.aliyev");
        assertThat(byReference.indexOf(prefix + "-01<")).isPositive().isLessThan(byReference.indexOf(prefix + "-02<"));
        assertThat(byReference).doesNotContain(prefix + "-26<").contains("sort=REFERENCE&amp;dir=desc")
                .contains("aria-sort=\"ascending\"");
        String reversed = page(all + "&sort=REFERENCE&dir=desc", "o.aliyev");
        assertThat(reversed.indexOf(prefix + "-27<")).isPositive().isLessThan(reversed.indexOf(prefix + "-26<"));

        assertThat(page(all + "&party=Ромашка", "o.aliyev")).contains("1–1 of 1", prefix + "-27<");
        assertThat(page(all + "&status=HELD", "o.aliyev")).contains("1–1 of 1", prefix + "-27<");
        assertThat(page(all + "&hs=6109.10", "o.aliyev")).contains("1–25 of 27");
        assertThat(page(all + "&hs=8542", "o.aliyev")).contains("No consignment matches this search.");
        String today = java.time.LocalDate.now().toString();
        assertThat(page(all + "&from=" + today + "&to=" + today, "o.aliyev")).contains("1–25 of 27");
    }

    @Test
    void badFilterInputIsExplainedOnThePage() throws Exception {
        assertThat(page("/consignments?hs=61x", "o.aliyev")).contains("An HS code prefix is 1 to 10 digits")
                .contains("aria-invalid=\"true\" aria-describedby=\"hs-error\"").doesNotContain("<table");
        assertThat(page("/consignments?from=2026-05-02&to=2026-05-01", "o.aliyev"))
                .contains("The &quot;declared from&quot; date is after the &quot;declared to&quot; date.");
        assertThat(page("/consignments?from=yesterday&status=LOST&page=0", "a.seitkali"))
                .contains("Dates are written as year-month-day", "Choose a status from the list.", "A page number is a whole number");
    }

    @Test
    void anOfficerSeesTheirOwnBorderPostUntilAskingForAll() throws Exception {
        String reference = Lifecycles.unique("POST");
        stories.declared(reference);
        String search = "/consignments?reference=" + reference;
        awaitPage(search + "&post=", "1–1 of 1");

        assertThat(page(search, "o.nurlanova")).contains("Showing border post Syrym only.")
                .contains("No consignment matches this search.").contains("href=\"/consignments?reference=" + reference + "&amp;post=\"");
        assertThat(page(search + "&post=", "o.nurlanova")).contains("1–1 of 1").doesNotContain("Showing border post");
        assertThat(page(search, "o.aliyev")).contains("Showing border post Kurmangazy only.", "1–1 of 1");
        assertThat(page(search, "a.seitkali")).contains("1–1 of 1").doesNotContain("Showing border post");
    }

    private String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The summaries are projected asynchronously: waits until the list shows {@code expected}. */
    private void awaitPage(String url, String expected) {
        await().untilAsserted(() -> {
            try {
                assertThat(page(url, "a.seitkali")).contains(expected);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
