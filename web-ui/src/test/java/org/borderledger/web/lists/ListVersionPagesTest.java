package org.borderledger.web.lists;

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

import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.rescreening.api.FetchRescreeningOutcomesQuery;
import org.borderledger.rescreening.api.RescreeningOutcome;
import org.borderledger.screening.ScreeningListVersions;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.ListPublications;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The version page and the diff page in the console: who may open them, what they show after a real
 * publication has re-screened a consignment, and the clear answer to a version that does not exist.
 */
@SpringBootTest(properties = {"borderledger.screening.random-yellow-share=0", "borderledger.screening.random-red-share=0",
        "borderledger.rescreening.poll-interval=100ms"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
@DirtiesContext // a configuration of its own, used by no other class: its connections go back at once
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListVersionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CommandGateway gateway;
    @Autowired
    QueryGateway queries;
    @Autowired
    ScreeningListVersions versions;

    String previous;
    String version;
    String held;

    /** A consignment to a party the new version lists, and that version, which holds it. */
    @BeforeAll
    void publishAVersionThatHoldsAConsignment() {
        Commands commands = new Commands(gateway);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(versions.publications()).isNotEmpty());
        held = Lifecycles.unique("C");
        commands.send(new DeclareConsignmentCommand(held, ListPublications.toTheNewDeniedParty(Lifecycles.unique("PAGE"))),
                Lifecycles.OFFICER);
        int published = versions.publications().size();
        commands.send(ListPublications.withNewEntries("page"), ListPublications.ADMIN);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(versions.publications()).hasSize(published + 1));
        ScreeningListPublishedEvent publication = versions.publications().get(published);
        previous = publication.previousVersion();
        version = publication.version();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(queries.query(new FetchRescreeningOutcomesQuery(version),
                ResponseTypes.multipleInstancesOf(RescreeningOutcome.class)).join())
                .anySatisfy(outcome -> assertThat(outcome.holdReason()).isNotNull()));
    }

    @Test
    void administratorsAndAuditorsOpenTheVersionAndDiffPagesAndNobodyElse() throws Exception {
        for (String path : List.of("/admin/screening-lists/" + version, "/admin/screening-lists/diff?from=" + previous + "&to=" + version)) {
            mvc.perform(get(path).with(as("admin"))).andExpect(status().isOk());
            mvc.perform(get(path).with(as("a.seitkali"))).andExpect(status().isOk());
            mvc.perform(get(path).with(as("o.aliyev"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as("s.karimov"))).andExpect(status().isForbidden());
            mvc.perform(get(path).accept("text/html")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        }
    }

    @Test
    void theVersionPageShowsTheFinishedRunTheHeldConsignmentAndTheDiffRefreshedLive() throws Exception {
        mvc.perform(get("/admin/screening-lists/" + version).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"rescreen-progress\" data-live-refresh"),
                        containsString("id=\"rescreen-outcomes\" data-live-refresh"),
                        containsString("Finished: all"),
                        containsString(held),
                        containsString("Sanctions match"),
                        containsString("Added entries"),
                        containsString(ListPublications.NEW_PARTY_ENTRY),
                        // a measure's origin condition: the new one's, and a changed one with the field named
                        containsString("<td class=\"origin-condition\">KZ only</td>"),
                        containsString("class=\"origin-condition\">all but KZ</td>"),
                        containsString("<td>Not for origin</td>"),
                        // An administrator may not open consignment pages: the id shows, without a link.
                        not(containsString("href=\"/consignments/" + held + "\"")))));
        mvc.perform(get("/admin/screening-lists/" + version).with(as("a.seitkali"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/consignments/" + held + "\"")));
    }

    @Test
    void theDiffPageComparesTwoVersionsAndNamesAVersionThatWasNeverPublished() throws Exception {
        mvc.perform(get("/admin/screening-lists/diff").param("from", previous).param("to", version).with(as("a.seitkali")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Added entries"), containsString(ListPublications.NEW_PARTY_ENTRY))));
        mvc.perform(get("/admin/screening-lists/diff").param("from", previous).param("to", version).param("lang", "ru")
                        .with(as("a.seitkali")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("только KZ"),
                        containsString("любое, кроме KZ"), containsString("Исключённое происхождение"))));
        mvc.perform(get("/admin/screening-lists/diff").param("from", previous).param("to", version).param("lang", "kk")
                        .with(as("a.seitkali")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("тек KZ"),
                        containsString("KZ қоспағанда, кез келген"), containsString("Алып тасталған шығу тегі"))));
        mvc.perform(get("/admin/screening-lists/diff").param("from", version).param("to", version).with(as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("have the same entries")));
        mvc.perform(get("/admin/screening-lists/diff").param("from", "1999.01-9").param("to", version).with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is no published version 1999.01-9")));
        mvc.perform(get("/admin/screening-lists/diff").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + version + "\"")));
    }

    @Test
    void anUnknownVersionIsNotFound() throws Exception {
        mvc.perform(get("/admin/screening-lists/1999.01-9").with(as("admin"))).andExpect(status().isNotFound());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
