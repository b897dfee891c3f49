package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderledger.support.BadInputCorpus;
import org.borderledger.support.FreshConsoleDatabase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Every case of the bad-input corpus ({@code src/test/resources/bad-input}) through the channel it
 * is written for: the JSON API, the console's declaration form, and the addresses of the list and
 * audit pages. A refused input gets its status and its specific message or field, never a 500 or a
 * stack trace, and leaves the event store and the reference register as they were. An input the
 * domain accepts (injection strings in free text, unusual scripts) is stored as typed and shown
 * escaped on the consignment's page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class BadInputCorpusTest {

    private static final String OFFICER = "o.aliyev";
    /** A frame of a Java stack trace, as Tomcat's or Spring's default error pages would print it. */
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

    /** Writes every non-ASCII character as a JSON escape, so a lone surrogate reaches the server as typed. */
    private static final ObjectWriter ESCAPED = BadInputCorpus.JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    static List<Named<JsonNode>> apiDeclarations() {
        return BadInputCorpus.cases("api-declarations.jsonl");
    }

    static List<Named<JsonNode>> formDeclarations() {
        return BadInputCorpus.cases("form-declarations.jsonl");
    }

    static List<Named<JsonNode>> pageQueries() {
        return BadInputCorpus.cases("page-queries.jsonl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiDeclarations")
    void theApiAnswersEachDeclarationOfTheCorpusAsItSays(JsonNode badInput) throws Exception {
        ObjectNode valid = BadInputCorpus.valid("valid-declaration.json");
        valid.put("reference", "BAD-API-" + UUID.randomUUID().toString().substring(0, 8));
        if (badInput.path("duplicate").asBoolean()) {
            assertThat(declareThroughApi(valid.toString(), MediaType.APPLICATION_JSON_VALUE).getStatus()).isEqualTo(201);
        }
        StoreMark before = store();

        MockHttpServletResponse answer = declareThroughApi(body(valid, badInput), badInput.path("contentType").asText("application/json"));

        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        assertAnswer(answer, badInput, body);
        if (answer.getStatus() == 201) {
            String location = answer.getHeader("Location");
            JsonNode stored = BadInputCorpus.JSON.readTree(mvc.perform(get(location).with(httpBasic(OFFICER, DEMO_PASSWORD)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).path("declaration");
            String path = badInput.get("verbatim").asText();
            String typed = expectedStored(valid, badInput);
            assertThat(textAt(stored, path)).as("stored %s", path).isEqualTo(typed);
            assertShownEscaped(location.replace("/api", ""), typed);
            return;
        }
        assertThat(answer.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = BadInputCorpus.JSON.readTree(body);
        assertThat(problem.path("code").asText()).as(body).isEqualTo(badInput.path("code").asText(problem.path("code").asText()));
        if (badInput.has("field")) {
            assertThat(problem.at("/errors/0/field").asText()).as(body).isEqualTo(badInput.get("field").asText());
            assertThat(problem.at("/errors/0/message").asText()).as(body).contains(badInput.get("message").asText());
        } else {
            assertThat(problem.path("detail").asText()).as(body).contains(badInput.get("message").asText());
        }
        assertThat(store()).as("the store after a refused declaration").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formDeclarations")
    void theFormAnswersEachDeclarationOfTheCorpusAsItSays(JsonNode badInput) throws Exception {
        ObjectNode valid = BadInputCorpus.valid("valid-form.json");
        valid.put("reference", "BAD-FORM-" + UUID.randomUUID().toString().substring(0, 8));
        if (badInput.path("duplicate").asBoolean()) {
            assertThat(submitForm(valid).getStatus()).isEqualTo(302);
        }
        ObjectNode form = BadInputCorpus.typedOver(valid, badInput);
        for (int line = 1; line < badInput.path("lines").asInt(1); line++) {
            for (Map.Entry<String, JsonNode> input : valid.properties()) {
                if (input.getKey().startsWith("goods[0].")) {
                    form.set(input.getKey().replace("goods[0]", "goods[" + line + "]"), input.getValue());
                }
            }
        }
        StoreMark before = store();

        MockHttpServletResponse answer = submitForm(form);

        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        assertAnswer(answer, badInput, body);
        if (answer.getStatus() == 302) {
            assertShownEscaped(answer.getRedirectedUrl(), form.get(badInput.get("verbatim").asText()).asText());
            return;
        }
        String field = badInput.get("field").asText();
        Matcher message = Pattern.compile("id=\"" + Pattern.quote(field.replace("]", "").replace('[', '-').replace('.', '-'))
                + "-error\"[^>]*>([^<]*)<").matcher(body);
        assertThat(message.find()).as("a message at %s in %s", field, abbreviated(body)).isTrue();
        if (badInput.has("message")) {
            assertThat(message.group(1)).contains(HtmlUtils.htmlEscape(badInput.get("message").asText()));
        }
        assertThat(store()).as("the store after a refused declaration").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageQueries")
    void eachHostileAddressOfAListOrSearchPageGetsAPageWithAMessage(JsonNode badInput) throws Exception {
        Matcher repeat = Pattern.compile("\\{repeat:(.):(\\d+)}").matcher(badInput.get("path").asText());
        String path = repeat.replaceAll(found -> found.group(1).repeat(Integer.parseInt(found.group(2))));
        StoreMark before = store();

        MockHttpServletResponse answer = mvc.perform(get(URI.create(path))
                .with(user(users.loadUserByUsername(badInput.get("user").asText())))).andReturn().getResponse();

        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        assertAnswer(answer, badInput, body);
        JsonNode messages = badInput.path("message");
        for (JsonNode message : messages.isArray() ? messages : List.of(messages)) {
            if (!message.isMissingNode()) {
                assertThat(body).as(abbreviated(body)).contains(HtmlUtils.htmlEscape(message.asText()));
            }
        }
        if (badInput.has("absent")) {
            assertThat(body).doesNotContain(badInput.get("absent").asText());
        }
        assertThat(store()).as("the store after reading a page").isEqualTo(before);
    }

    /** The highest global index of the event store and the number of claimed declaration references. */
    record StoreMark(long lastGlobalIndex, long references) {
    }

    private StoreMark store() {
        return jdbc.queryForObject("SELECT (SELECT coalesce(max(globalindex), 0) FROM domainevententry),"
                + " (SELECT count(*) FROM declaration_reference)", (row, i) -> new StoreMark(row.getLong(1), row.getLong(2)));
    }

    private MockHttpServletResponse declareThroughApi(String body, String contentType) throws Exception {
        return mvc.perform(post("/api/consignments").with(httpBasic(OFFICER, DEMO_PASSWORD))
                .contentType(contentType).content(body.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    private MockHttpServletResponse submitForm(ObjectNode inputs) throws Exception {
        MockHttpServletRequestBuilder request = post("/consignments").with(csrf()).with(user(users.loadUserByUsername(OFFICER)));
        inputs.properties().forEach(input -> request.param(input.getKey(), input.getValue().asText()));
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The raw body of the case, or the valid declaration with the case's changes. */
    private static String body(ObjectNode valid, JsonNode badInput) throws JsonProcessingException {
        return badInput.has("body") ? BadInputCorpus.generated(valid, badInput.get("body")).asText()
                : ESCAPED.writeValueAsString(BadInputCorpus.changed(valid, badInput));
    }

    /** What the case typed at its {@code verbatim} path, or the {@code stored} form it is normalised to. */
    private static String expectedStored(ObjectNode valid, JsonNode badInput) {
        return badInput.has("stored") ? badInput.get("stored").asText()
                : textAt(BadInputCorpus.changed(valid, badInput), badInput.get("verbatim").asText());
    }

    private static String textAt(JsonNode document, String path) {
        JsonNode node = document;
        for (String step : path.replace("[", ".").replace("]", "").split("\\.")) {
            node = node.isArray() ? node.path(Integer.parseInt(step)) : node.path(step);
        }
        return node.asText();
    }

    private static void assertAnswer(MockHttpServletResponse answer, JsonNode badInput, String body) {
        assertThat(answer.getStatus()).as("%s: %s", badInput.get("name").asText(), abbreviated(body))
                .isEqualTo(badInput.get("status").asInt());
        assertThat(body).doesNotContain("Exception").doesNotContainPattern(STACK_FRAME);
    }

    /** The consignment's page shows {@code typed} escaped, so markup in it is text and never runs. */
    private void assertShownEscaped(String page, String typed) throws Exception {
        String html = mvc.perform(get(page).with(user(users.loadUserByUsername(OFFICER))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(HtmlUtils.htmlEscape(typed, StandardCharsets.UTF_8.name()));
        if (typed.contains("<")) {
            assertThat(html).doesNotContain(typed);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
