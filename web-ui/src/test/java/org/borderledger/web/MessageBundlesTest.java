package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderledger.circumvention.api.CircumventionKind;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.Measure;
import org.borderledger.consignment.api.PartyLink;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.ReexportDecision;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.SealCondition;
import org.borderledger.consignment.api.TransitFinding;
import org.borderledger.consignment.api.TransportMode;
import org.borderledger.detail.api.TimelineAction;
import org.junit.jupiter.api.Test;
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

    /**
     * The pages name enum values through keys such as {@code dashboard.status.HELD}: a family of keys that
     * names more than half of an enum's values must name them all, so that a value added to the domain
     * (a status, a hold reason, an event) is not shown as {@code ??key??} on some page nobody looked at.
     */
    @Test
    void namesEveryValueOfEachEnumAFamilyOfKeysNames() throws IOException {
        Properties bundle = load("messages.properties");
        Stream<List<String>> vocabularies = Stream.concat(Stream.of(ConsignmentStatus.class, HoldReason.class,
                        TimelineAction.class, Channel.class, Measure.class, PartyRole.class, Direction.class,
                        TransportMode.class, HoldDecision.class, DecisionReason.class, MatchBand.class, SealCondition.class,
                        TransitFinding.class, ReexportDecision.class, PartyLink.class, CircumventionKind.class)
                        .map(type -> Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()),
                Stream.of(Arrays.stream(ConsignmentEvent.class.getPermittedSubclasses()).map(Class::getSimpleName).toList()));
        List<String> missing = new ArrayList<>();
        vocabularies.forEach(names -> {
            Map<String, Long> namedPerFamily = bundle.stringPropertyNames().stream()
                    .filter(key -> names.contains(key.substring(key.lastIndexOf('.') + 1)))
                    .collect(Collectors.groupingBy(key -> key.substring(0, key.lastIndexOf('.') + 1), Collectors.counting()));
            namedPerFamily.forEach((family, named) -> {
                if (named * 2 > names.size()) {
                    names.stream().map(name -> family + name).filter(key -> !bundle.containsKey(key) && !neverAsked(key))
                            .forEach(missing::add);
                }
            });
        });
        assertThat(missing).as("keys of a family that leave out some of its enum's values").isEmpty();
    }

    /** A closed consignment has no next step, and a hold review is said per decision ({@code ….HOLD_REVIEWED.LIFT}). */
    private static boolean neverAsked(String key) {
        String next = "consignments.next.";
        return key.equals("consignments.timeline.HOLD_REVIEWED")
                || key.startsWith(next) && ConsignmentStatus.valueOf(key.substring(next.length())).isTerminal();
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
