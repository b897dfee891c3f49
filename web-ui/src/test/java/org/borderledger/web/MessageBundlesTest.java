package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.RejectionCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page is complete in every language: each bundle has exactly English's keys, none empty; every
 * refusal code of the domain is said in each, and the sentences of refusals and refused values are
 * patterns with named arguments that ICU can fill.
 */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void hasEveryEnglishKeyAndNoOther(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ru", "_kk"})
    void saysEveryRefusalCodeWithNamedArguments(String suffix) throws IOException {
        Properties bundle = load("messages" + suffix + ".properties");

        assertThat(Arrays.stream(RejectionCode.values()).map(code -> ConsignmentRejectedException.messageKey(code, null)))
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        assertThat(bundle.stringPropertyNames().stream().filter(key -> key.startsWith("refusal.") || key.startsWith("invalid.")))
                .allSatisfy(key -> assertThat(new MessageFormat(bundle.getProperty(key), Locale.ROOT).getArgumentNames())
                        .as(key).allSatisfy(name -> assertThat(name).matches("[a-zA-Z]+")));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
