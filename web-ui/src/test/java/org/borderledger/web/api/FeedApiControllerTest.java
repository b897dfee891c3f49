package org.borderledger.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** Another agency's system follows every change through the feed, and can do nothing else. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class FeedApiControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aConsumerFollowingTheCursorReceivesEveryEventOnceInStoreOrder() throws Exception {
        for (int i = 0; i < 3; i++) {
            declare();
        }
        List<Long> received = new ArrayList<>();
        long cursor = 0;
        boolean more = true;
        while (more) {
            JsonNode page = feed(cursor, 2, 0);
            page.get("events").forEach(event -> received.add(event.get("globalIndex").asLong()));
            assertThat(page.get("events").size()).isLessThanOrEqualTo(2);
            cursor = page.get("next").asLong();
            more = page.get("more").asBoolean();
        }
        assertThat(received).containsExactlyElementsOf(
                jdbc.queryForList("SELECT globalindex FROM domainevententry ORDER BY globalindex", Long.class));
        JsonNode first = feed(0, 1, 0).get("events").get(0);
        assertThat(first.get("type").asText()).isNotBlank();
        assertThat(first.get("payload").isObject()).isTrue();
        assertThat(first.get("hash").asText()).hasSize(64);
        assertThat(first.get("actor").get("userId").asText()).isNotBlank();
    }

    @Test
    void aWaitingRequestIsAnsweredWithAnEventStoredWhileItWaits() throws Exception {
        declare();
        long cursor = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);

        long started = System.nanoTime();
        CompletableFuture<JsonNode> waiting = CompletableFuture.supplyAsync(() -> feedUnchecked(cursor, 10, 20));
        Thread.sleep(500);
        assertThat(waiting).as("nothing after the cursor yet: the request waits").isNotDone();
        String id = declare();

        JsonNode page = waiting.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(page.get("events").get(0).get("consignmentId").asText()).isEqualTo(id);
        assertThat(page.get("events").get(0).get("globalIndex").asLong()).isEqualTo(cursor + 1);
    }

    @Test
    void anUpToDateConsumerIsAnsweredWithNoEventsAndTheSameCursorWhenTheWaitEnds() throws Exception {
        declare();
        long cursor = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        long started = System.nanoTime();
        JsonNode page = feed(cursor, 10, 1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(page.get("events").size()).isZero();
        assertThat(page.get("next").asLong()).isEqualTo(cursor);
        assertThat(page.get("more").asBoolean()).isFalse();
    }

    @Test
    void badParametersAreRefusedNamingThem() throws Exception {
        for (String[] bad : List.of(new String[]{"after", "-1"}, new String[]{"after", "x"}, new String[]{"limit", "0"},
                new String[]{"limit", "501"}, new String[]{"wait", "31"})) {
            mvc.perform(get("/api/feed").param(bad[0], bad[1]).with(feedUser()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[0]));
        }
    }

    @Test
    void theFeedRoleReadsTheFeedAndNothingElse() throws Exception {
        String id = declare();
        mvc.perform(get("/api/feed").with(httpBasic("a.seitkali", DEMO_PASSWORD))).andExpect(status().isOk());
        for (String user : List.of("o.aliyev", "s.karimov", "admin")) {
            mvc.perform(get("/api/feed").with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isForbidden());
        }
        for (String path : List.of("/api/consignments/" + id, "/api/consignments", "/api/audit/events", "/api/access-log",
                "/api/audit/consignments/" + id + "/history", "/api/holds", "/api/work-list", "/api/screening-lists")) {
            mvc.perform(get(path).with(feedUser())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/consignments").contentType(MediaType.APPLICATION_JSON).content("{}").with(feedUser()))
                .andExpect(status().isForbidden());
        // No page of the console either: signed in with a form, every page is refused.
        mvc.perform(get("/").with(httpBasic("f.veterinary", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/consignments").with(httpBasic("f.veterinary", DEMO_PASSWORD)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private JsonNode feed(long after, int limit, int wait) throws Exception {
        return json.readTree(mvc.perform(get("/api/feed").param("after", Long.toString(after))
                        .param("limit", Integer.toString(limit)).param("wait", Integer.toString(wait)).with(feedUser()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode feedUnchecked(long after, int limit, int wait) {
        try {
            return feed(after, limit, wait);
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor feedUser() {
        return httpBasic("f.veterinary", DEMO_PASSWORD);
    }

    private String declare() {
        String id = Lifecycles.unique("CN-FEED");
        new Commands(gateway).send(new DeclareConsignmentCommand(id, Declarations.withReference(Lifecycles.unique("EX-FEED"))),
                Lifecycles.OFFICER);
        return id;
    }
}
