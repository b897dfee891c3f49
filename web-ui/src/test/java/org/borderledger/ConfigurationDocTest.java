package org.borderledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * docs/configuration.md against the settings themselves: every {@code borderledger.*} property in the
 * configuration metadata that the modules' annotation processor writes from their properties records
 * (this module's class path holds them all), with its default and its description.
 */
class ConfigurationDocTest {

    private static final Path DOC = Path.of("..", "docs", "configuration.md");
    /** A table row of the doc: the property in code, then the default cell. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(borderledger\\.[^`]+)`\\s*\\|([^|]*)\\|");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    /** A setting as the metadata gives it: its default (absent when none is fixed) and its description. */
    private record Setting(Optional<String> defaultValue, String description) {
    }

    private static Map<String, Setting> settings;
    /** Each documented setting with the default the doc states in code, if it states one. */
    private static Map<String, Optional<String>> documented;

    @BeforeAll
    static void read() throws IOException {
        settings = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Resource metadata : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (InputStream in = metadata.getInputStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    if (name.startsWith("borderledger.")) {
                        settings.put(name, new Setting(Optional.ofNullable(property.get("defaultValue")).map(JsonNode::asText),
                                property.path("description").asText()));
                    }
                }
            }
        }
        documented = new TreeMap<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Matcher code = CODE.matcher(row.group(2));
                documented.put(row.group(1), code.find() ? Optional.of(code.group(1)) : Optional.empty());
            }
        }
        assertThat(settings).as("borderledger settings in the configuration metadata").isNotEmpty();
    }

    @Test
    void everySettingIsDocumentedWithItsDefault() {
        List<String> wrong = new ArrayList<>();
        settings.forEach((name, setting) -> {
            if (!documented.containsKey(name)) {
                wrong.add(name + " is not in " + DOC);
            } else if (!documented.get(name).equals(setting.defaultValue())) {
                wrong.add(name + ": the doc says " + documented.get(name).map(value -> "`" + value + "`").orElse("no fixed default")
                        + ", the code " + setting.defaultValue().map(value -> "`" + value + "`").orElse("none (describe it in words)"));
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyDocumentedSettingExists() {
        assertThat(documented.keySet().stream().filter(name -> !settings.containsKey(name)))
                .as("settings in %s that no properties record declares", DOC).isEmpty();
    }

    /** The processor takes descriptions from the records' Javadoc; IDEs show them on completion. */
    @Test
    void everySettingIsDescribed() {
        assertThat(settings).as("settings without Javadoc on their record component")
                .allSatisfy((name, setting) -> assertThat(setting.description()).as(name).isNotBlank());
    }
}
