package org.borderledger.web.consignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.screening.PartyMatcher;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.ConsignmentForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An officer resolves a possible denied-party match on the consignment page and through the API:
 * both names side by side with the score, release withheld until it is resolved, a dismissal that
 * needs a reason, a confirmation that holds the goods, and refusals as the console and the API say them.
 * Both thresholds are set here, around a near miss whose score is checked first, so that a retuned
 * matcher does not silently change what these tests are about.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
@TestPropertySource(properties = {"borderledger.screening.name-match-threshold=0.97",
        "borderledger.screening.name-review-threshold=0.70"})
class PossibleMatchPagesTest {

    private static final String NEAR_MISS = "Romashka Trade LLC";
    private static final String LISTED = "Romashka Trading LLC";
    private static final String ENTRY = "SDN-90001";

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

    @BeforeAll
    static void theNameIsANearMiss() {
        assertThat(new PartyMatcher().similarity(NEAR_MISS, LISTED)).isBetween(0.70, 0.969);
    }

    @BeforeEach
    void stories() {
        stories = new Stories(commandGateway, queries);
    }

    @Test
    void anOfficerSeesBothNamesAndDismissesThePossibleMatchWithAReason() throws Exception {
        String id = nearMiss();
        String page = page(id);
        assertThat(page).contains("id=\"possible-matches\"", "class=\"declared-name\">" + NEAR_MISS + "<",
                        "<span>" + LISTED + "</span>", ENTRY, "Open: release waits for a decision",
                        "Confirm: this is the listed party", "Dismiss: a different party", "Possible match",
                        // the word-by-word account: which declared word was taken for which listed word, and how
                        "class=\"matched-word\"", "Similar spelling</th>", "<td>Trade</td>", "<td>Trading</td>")
                .doesNotContain("id=\"action-release\"");

        String refused = act(id, "possible-match-dismissal", 1, "role", "CONSIGNEE", "entryId", ENTRY, "reason", " ")
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("This field is required.");

        act(id, "possible-match-dismissal", 1, "role", "CONSIGNEE", "entryId", ENTRY,
                "reason", "Registered in Kazan, OGRN differs <b>")
                .andExpect(status().isFound()).andExpect(redirectedUrl("/consignments/" + id))
                .andExpect(flash().attribute("done", "consignments.done.possible-match-dismissal"));
        stories.awaitVersion(id, 2);
        assertThat(page(id)).contains("Dismissed as a different party: Registered in Kazan, OGRN differs &lt;b&gt;",
                        "Possible match dismissed: Consignee &#39;" + NEAR_MISS + "&#39; is not US-SDN " + ENTRY)
                .doesNotContain("Open: release waits for a decision");
    }

    @Test
    void anOfficerConfirmsThePossibleMatchAndTheGoodsAreHeld() throws Exception {
        String id = nearMiss();

        act(id, "possible-match-confirmation", 1, "role", "CONSIGNEE", "entryId", ENTRY)
                .andExpect(status().isFound())
                .andExpect(flash().attribute("done", "consignments.done.possible-match-confirmation"));

        ConsignmentDetail held = stories.awaitVersion(id, 3);
        assertThat(held.status()).isEqualTo(ConsignmentStatus.HELD);
        assertThat(held.holds()).singleElement().satisfies(hold -> assertThat(hold.holdId()).isEqualTo("MATCH-1"));
        assertThat(page(id)).contains("Confirmed as the listed party: hold MATCH-1");
    }

    @Test
    void theApiShowsBandAndScoreAndResolvesThePossibleMatch() throws Exception {
        String id = nearMiss();
        String path = "/api/consignments/" + id + "/possible-matches/CONSIGNEE/" + ENTRY;

        mvc.perform(get("/api/consignments/" + id).with(httpBasic("o.aliyev", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.screenings[0].hits[0].band").value(MatchBand.POSSIBLE.name()))
                .andExpect(jsonPath("$.screenings[0].hits[0].score").isNumber())
                .andExpect(jsonPath("$.screenings[0].hits[0].words[?(@.how == 'SPELLING')].declared").value("Trade"))
                .andExpect(jsonPath("$.possibleMatches[0].hit.declaredName").value(NEAR_MISS))
                .andExpect(jsonPath("$.possibleMatches[0].resolution").isEmpty());

        apiPost(path + "/dismissal", "{\"reason\": \"Other firm\"}", "o.aliyev", 0)
                .andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.code").value("STALE_VERSION"));
        apiPost("/api/consignments/" + id + "/possible-matches/PILOT/" + ENTRY + "/confirmation", "{}", "o.aliyev", 1)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("role"));
        apiPost(path + "/dismissal", "{}", "o.aliyev", 1)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        apiPost(path + "/confirmation", "{}", "a.seitkali", 1).andExpect(status().isForbidden());

        apiPost(path + "/confirmation", "{}", "o.aliyev", 1)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.version").value(3));
        mvc.perform(get("/api/consignments/" + id).with(httpBasic("o.aliyev", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.possibleMatches[0].resolution.confirmed").value(true))
                .andExpect(jsonPath("$.possibleMatches[0].resolution.holdId").value("MATCH-1"));
        apiPost(path + "/dismissal", "{\"reason\": \"Other firm\"}", "o.aliyev", 3)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("POSSIBLE_MATCH_ALREADY_RESOLVED"));
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(3L);
    }

    /** A declaration to the near-miss consignee: a possible match, YELLOW, no hold; version 1. */
    private String nearMiss() {
        return stories.declare(Declarations.builder().reference(Lifecycles.unique("PM"))
                .consignee(Declarations.party(NEAR_MISS, "RU")).build(), 1);
    }

    private ResultActions act(String id, String action, long version, String... fields) throws Exception {
        return mvc.perform(ConsignmentForms.action(id, action, version, fields).with(user(users.loadUserByUsername("o.aliyev"))));
    }

    private ResultActions apiPost(String path, String body, String username, long version)
            throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).header("If-Match", "\"" + version + "\"")
                .with(httpBasic(username, DEMO_PASSWORD)));
    }

    private String page(String id) throws Exception {
        return mvc.perform(get("/consignments/" + id).with(user(users.loadUserByUsername("o.aliyev"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
