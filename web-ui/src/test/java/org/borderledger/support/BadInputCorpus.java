package org.borderledger.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Named;

/**
 * The bad-input corpus in {@code src/test/resources/bad-input}: one case per line of a {@code .jsonl}
 * file, each a change to a valid declaration (or a raw body, or a page address) with the answer it
 * must get. Values may be generated so the files stay readable: {@code {"$repeat": "A", "times": 501}}
 * is a string, {@code {"$copies": "goods[0]", "times": 1000}} an array of copies of a part of the
 * valid declaration, and {@code {"$number": "1e999999999"}} a number no JSON library would write.
 */
public final class BadInputCorpus {

    public static final ObjectMapper JSON = new ObjectMapper();

    private BadInputCorpus() {
    }

    /** The cases of {@code bad-input/<file>}, each named by its line and its name for the test report. */
    public static List<Named<JsonNode>> cases(String file) {
        List<Named<JsonNode>> cases = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode badInput = JSON.readTree(line);
                    cases.add(Named.of((cases.size() + 1) + ". " + badInput.path("name").asText(), badInput));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The valid JSON document {@code bad-input/<file>}. */
    public static ObjectNode valid(String file) {
        try (InputStream in = resource(file)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code valid} with the case's {@code set} and {@code remove} applied; paths read {@code goods[0].hsCode}. */
    public static ObjectNode changed(ObjectNode valid, JsonNode badInput) {
        ObjectNode document = valid.deepCopy();
        for (Map.Entry<String, JsonNode> change : badInput.path("set").properties()) {
            JsonNode value = generated(valid, change.getValue());
            at(document, change.getKey(), (parent, key) -> put(parent, key, value));
        }
        for (JsonNode removed : badInput.path("remove")) {
            at(document, removed.asText(), (parent, key) -> {
                if (parent instanceof ObjectNode object) {
                    object.remove(key);
                }
            });
        }
        return document;
    }

    /** The inputs of a form, {@code valid}, with the case's {@code set} and {@code remove} applied by input name. */
    public static ObjectNode typedOver(ObjectNode valid, JsonNode badInput) {
        ObjectNode inputs = valid.deepCopy();
        badInput.path("set").properties().forEach(change -> inputs.set(change.getKey(), generated(valid, change.getValue())));
        badInput.path("remove").forEach(removed -> inputs.remove(removed.asText()));
        return inputs;
    }

    /** The generated value a corpus value stands for, or the value itself. */
    public static JsonNode generated(JsonNode valid, JsonNode value) {
        if (value.has("$repeat")) {
            return JsonNodeFactory.instance.textNode(value.get("$repeat").asText().repeat(value.get("times").asInt()));
        }
        if (value.has("$copies")) {
            JsonNode original = get(valid, value.get("$copies").asText());
            ArrayNode copies = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < value.get("times").asInt(); i++) {
                copies.add(original.deepCopy());
            }
            return copies;
        }
        if (value.has("$number")) {
            return JsonNodeFactory.instance.numberNode(new BigDecimal(generated(valid, value.get("$number")).asText()));
        }
        return value;
    }

    private static JsonNode get(JsonNode document, String path) {
        JsonNode[] found = new JsonNode[1];
        at((ContainerNode<?>) document, path, (parent, key) -> found[0] = child(parent, parent.isArray() ? "[" + key + "]" : key));
        return found[0];
    }

    private interface Change {
        void apply(JsonNode parent, String key);
    }

    /** Walks {@code path} down to the parent of its last step, creating objects on the way. */
    private static void at(ContainerNode<?> document, String path, Change change) {
        // "goods[0].hsCode" becomes the steps goods, [0], hsCode
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode parent = document;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode child = child(parent, steps[i]);
            if (child == null || !child.isContainerNode()) {
                child = ((ObjectNode) parent).putObject(steps[i]);
            }
            parent = child;
        }
        change.apply(parent, key(steps[steps.length - 1]));
    }

    private static JsonNode child(JsonNode parent, String step) {
        return parent instanceof ArrayNode array ? array.get(Integer.parseInt(key(step))) : parent.get(step);
    }

    private static String key(String step) {
        return step.startsWith("[") ? step.substring(1, step.length() - 1) : step;
    }

    private static void put(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = BadInputCorpus.class.getResourceAsStream("/bad-input/" + file);
        if (in == null) {
            throw new IllegalArgumentException("No corpus file bad-input/" + file);
        }
        return in;
    }
}
