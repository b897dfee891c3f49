package org.borderledger.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderledger.support.FreshConsoleDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI document as served: every operation says what it does, shows an example of what it takes
 * and answers, and names its problems, so that no operation joins the API undocumented. The document is
 * written to target/openapi/openapi.json, where CI lints it (docs/testing.md).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Test
    void everyOperationHasASummaryADescriptionExamplesAndItsProblems() throws Exception {
        String served = mvc.perform(get("/api/docs/openapi.json")).andReturn().getResponse().getContentAsString();
        Path written = Path.of(OpenApiDocumentTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("openapi").resolve("openapi.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, served);

        JsonNode document = JSON.readTree(served);
        List<String> lacking = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                lacking.addAll(lacks(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue()))));
        assertThat(document.path("paths").size()).isPositive();
        assertThat(lacking).as("operations documented incompletely").isEmpty();
    }

    private static List<String> lacks(String name, JsonNode operation) {
        List<String> lacking = new ArrayList<>();
        if (operation.path("summary").asText().isBlank()) {
            lacking.add(name + ": a summary");
        }
        if (operation.path("description").asText().isBlank()) {
            lacking.add(name + ": a description");
        }
        if (operation.has("requestBody") && !allHaveExamples(operation.path("requestBody").path("content"))) {
            lacking.add(name + ": an example of its request body");
        }
        List<Map.Entry<String, JsonNode>> answers = operation.path("responses").properties().stream()
                .filter(response -> response.getKey().startsWith("2")).toList();
        if (answers.stream().noneMatch(answer -> !answer.getValue().has("content") || hasExample(answer.getValue().path("content")))) {
            lacking.add(name + ": an example of its answer");
        }
        if (operation.path("responses").properties().stream().noneMatch(response -> response.getKey().startsWith("4")
                && response.getValue().path("content").has(MediaType.APPLICATION_PROBLEM_JSON_VALUE))) {
            lacking.add(name + ": its problems (4xx answers as application/problem+json)");
        }
        return lacking;
    }

    private static boolean allHaveExamples(JsonNode content) {
        return content.properties().stream().allMatch(media -> media.getValue().has("example") || media.getValue().has("examples"));
    }

    private static boolean hasExample(JsonNode content) {
        return content.properties().stream().anyMatch(media -> media.getValue().has("example") || media.getValue().has("examples"));
    }
}
