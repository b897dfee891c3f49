package org.borderledger.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.consignments.Stories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockPart;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Safe retries: a POST repeated with its Idempotency-Key gets the first answer and has one effect; the
 * key with another request is refused; a key whose request still runs is in use, until it is
 * abandoned; an expired key counts as new. Keys live in PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class IdempotencyKeyTest {

    private static final String HOLD = """
            {"holdId": "H-1", "reason": "DOCUMENTS", "text": "Licence missing"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdempotencyKeys keys;

    @Test
    void aDeclarationRepeatedWithItsKeyGetsTheFirstAnswerAndDeclaresOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = ConsignmentApiControllerTest.declaration(Lifecycles.unique("IDEM"), "\"940330\"");

        MockHttpServletResponse first = declare(key, body).andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED)).andReturn().getResponse();
        // Sent again, the reference would be refused as a duplicate: the first answer comes back instead.
        declare(key, body)
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED, "true"))
                .andExpect(header().string("Location", first.getHeader("Location")))
                .andExpect(header().string("ETag", first.getHeader("ETag")))
                .andExpect(content().json(first.getContentAsString(), true));
    }

    @Test
    void twoRequestsWithOneKeyAtOnceDeclareOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = ConsignmentApiControllerTest.declaration(Lifecycles.unique("IDEM"), "\"940330\"");

        List<MockHttpServletResponse> answers = Stream.of(1, 2).parallel().map(n -> {
            try {
                return declare(key, body).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();

        // The second was kept waiting (409, in use) or got the first answer; it never declared again (409, duplicate reference).
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).contains(201);
        for (MockHttpServletResponse answer : answers) {
            if (answer.getStatus() == 409) {
                assertThat(answer.getContentAsString()).contains("IDEMPOTENCY_KEY_IN_USE");
            } else {
                assertThat(answer.getStatus()).isEqualTo(201);
            }
        }
        assertThat(answers).extracting(answer -> answer.getHeader("Location")).filteredOn(location -> location != null)
                .containsOnly(answers.stream().filter(answer -> answer.getStatus() == 201).findFirst().orElseThrow().getHeader("Location"));
    }

    @Test
    void aChangeRepeatedWithItsKeyHasOneEffectAndTheKeyWithAnotherBodyIs422() throws Exception {
        String id = held();
        String key = UUID.randomUUID().toString();

        placeHold(id, key, HOLD).andExpect(status().isCreated()).andExpect(header().string("ETag", "\"3\""));
        placeHold(id, key, HOLD).andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED, "true")).andExpect(header().string("ETag", "\"3\""));
        placeHold(id, key, HOLD.replace("H-1", "H-2"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(3L);
    }

    @Test
    void aRefusalIsKeptAsTheAnswerToo() throws Exception {
        String id = held();
        String key = UUID.randomUUID().toString();

        placeHold(id, key, HOLD.replace("H-1", "AUTO-1")).andExpect(status().isBadRequest());
        placeHold(id, key, HOLD.replace("H-1", "AUTO-1")).andExpect(status().isBadRequest())
                .andExpect(header().string(IdempotencyFilter.REPLAYED, "true"))
                .andExpect(jsonPath("$.errors[0].field").value("holdId"));
    }

    @Test
    void aKeyIsTheUsersOwn() throws Exception {
        String id = held();
        String key = UUID.randomUUID().toString();

        placeHold(id, key, HOLD).andExpect(status().isCreated());
        mvc.perform(post("/api/consignments/" + id + "/holds").with(httpBasic("s.karimov", DEMO_PASSWORD))
                        .header(IdempotencyFilter.HEADER, key).header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON).content(HOLD.replace("H-1", "H-2")))
                .andExpect(status().isCreated()).andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED));
    }

    @Test
    void aKeyWhoseRequestStillRunsIsInUseUntilItIsAbandoned() throws Exception {
        String id = held();
        String key = UUID.randomUUID().toString();
        placeHold(id, key, HOLD).andExpect(status().isCreated());
        // As if its first request were still being answered by another instance.
        jdbc.update("UPDATE api_idempotency_key SET status = NULL WHERE idempotency_key = ?", key);

        placeHold(id, key, HOLD)
                .andExpect(status().isConflict())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_IN_USE"));

        // Its instance stopped long ago: the retry is answered anew, and the version it names is gone, so nothing is stored twice.
        jdbc.update("UPDATE api_idempotency_key SET claimed_at = now() - interval '2 minutes' WHERE idempotency_key = ?", key);
        placeHold(id, key, HOLD).andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.code").value("STALE_VERSION"));
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(3L);
    }

    @Test
    void anExpiredKeyCountsAsNewAndIsDeleted() throws Exception {
        String id = held();
        String key = UUID.randomUUID().toString();
        placeHold(id, key, HOLD).andExpect(status().isCreated());
        jdbc.update("UPDATE api_idempotency_key SET created_at = now() - interval '25 hours' WHERE idempotency_key = ?", key);

        placeHold(id, key, HOLD).andExpect(status().isPreconditionFailed()).andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED));

        jdbc.update("UPDATE api_idempotency_key SET created_at = now() - interval '25 hours' WHERE idempotency_key = ?", key);
        keys.deleteExpired();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_idempotency_key WHERE idempotency_key = ?", Long.class, key))
                .isZero();
    }

    @Test
    void anUploadIsTakenPartByPart() throws Exception {
        String key = UUID.randomUUID().toString();

        upload(key, "x").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_LIST_FILE"));
        upload(key, "x").andExpect(status().isBadRequest()).andExpect(header().string(IdempotencyFilter.REPLAYED, "true"));
        upload(key, "y").andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
    }

    private ResultActions upload(String key, String file) throws Exception {
        return mvc.perform(multipart("/api/screening-lists").part(new MockPart("source", "NO_SUCH_LIST".getBytes(StandardCharsets.UTF_8)))
                .part(new MockPart("files", "list.csv", file.getBytes(StandardCharsets.UTF_8)))
                .header(IdempotencyFilter.HEADER, key).with(httpBasic("admin", DEMO_PASSWORD)));
    }

    @Test
    void aMalformedKeyIs400() throws Exception {
        String id = held();

        placeHold(id, "a key with spaces", HOLD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value(IdempotencyFilter.HEADER));
        placeHold(id, "k".repeat(256), HOLD).andExpect(status().isBadRequest());
        assertThat(eventStore.lastSequenceNumberFor(id)).contains(2L);
    }

    /** Held by screening (AUTO-1); version 2. */
    private String held() {
        return new Stories(commandGateway, queries).held(Lifecycles.unique("IDEM"));
    }

    private ResultActions declare(String key, String body) throws Exception {
        return mvc.perform(post("/api/consignments").with(httpBasic("o.aliyev", DEMO_PASSWORD))
                .header(IdempotencyFilter.HEADER, key).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions placeHold(String id, String key, String body) throws Exception {
        return mvc.perform(post("/api/consignments/" + id + "/holds").with(httpBasic("o.aliyev", DEMO_PASSWORD))
                .header(IdempotencyFilter.HEADER, key).header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
