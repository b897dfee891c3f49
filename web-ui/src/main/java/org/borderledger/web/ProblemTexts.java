package org.borderledger.web;

import com.ibm.icu.text.MessageFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.security.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where a refusal or a refused value becomes text in the reader's language: the
 * message key the domain gave it, its named arguments ({@code {status}}, {@code {max}}) filled with
 * the facts by ICU's {@link MessageFormat}. Codes among the facts (a status, a role, a reason) are shown through their own
 * message keys, times in the reader's zone, counts and limits as numbers of the reader's language,
 * user ids as names; what people typed is shown as typed. The domain's English message is the
 * fallback when a key is missing, so nothing is ever shown blank.
 */
@Component
public class ProblemTexts {

    /** Facts holding codes, and the message keys that name each code; a list fact holds several, comma-separated. */
    private static final Map<String, String> CODE_KEYS = Map.ofEntries(
            Map.entry("consignmentStatus", "consignments.status."), Map.entry("allowedStatuses", "consignments.status."),
            Map.entry("reason", "review.reason."), Map.entry("fittingReasons", "review.reason."),
            Map.entry("decision", "review.decision."), Map.entry("decisionKind", "consignments.decisionKind."),
            Map.entry("partyRole", "consignments.partyRole."), Map.entry("partyRoles", "consignments.partyRole."),
            Map.entry("role", "role."), Map.entry("allowedRoles", "role."), Map.entry("changedByRole", "role."),
            Map.entry("source", "listPublications.source."), Map.entry("owner", "listPublications.source."));
    private static final Set<String> NUMBERS = Set.of("max", "line", "position", "digits", "currentVersion",
            "expectedVersion", "net", "gross");
    private static final Set<String> TIMES = Set.of("changedAt");
    private static final Set<String> USERS = Set.of("changedBy");

    private final MessageSource messages;
    private final PeopleNames people;

    ProblemTexts(MessageSource messages, PeopleNames people) {
        this.messages = messages;
        this.people = people;
    }

    /** What a refused command says to {@code reader}; null when the command was accepted. */
    public String of(CommandOutcome outcome, SignedInUser reader) {
        return outcome.accepted() ? null : say(outcome.messageKey(), outcome.details(), outcome.message(),
                reader == null ? ShownTime.UTC : ShownTime.atPost(reader.getBorderPost()));
    }

    /** What a refused value says, next to its input. */
    public String of(InvalidValueException invalid) {
        return say(invalid.messageKey(), invalid.facts(), invalid.getMessage(), ShownTime.UTC);
    }

    /** The refused values of a form, by its paths, in the order given. */
    public Map<String, String> of(Map<String, InvalidValueException> byPath) {
        Map<String, String> texts = new LinkedHashMap<>();
        byPath.forEach((path, invalid) -> texts.put(path, of(invalid)));
        return texts;
    }

    private String say(String key, Map<String, String> facts, String english, ShownTime time) {
        Locale locale = LocaleContextHolder.getLocale();
        // Without arguments the pattern comes back as written: its arguments are named, for ICU to fill.
        String pattern = messages.getMessage(key, null, null, locale);
        if (pattern == null) {
            return english;
        }
        Map<String, Object> arguments = new HashMap<>();
        facts.forEach((name, fact) -> arguments.put(name, shown(name, fact, locale, time)));
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private Object shown(String name, String fact, Locale locale, ShownTime time) {
        String codeKey = CODE_KEYS.get(name);
        if (codeKey != null) {
            return Arrays.stream(fact.split(",\\s*")).filter(code -> !code.isEmpty())
                    .map(code -> messages.getMessage(codeKey + code, null, code, locale))
                    .collect(Collectors.joining(", "));
        }
        if (NUMBERS.contains(name) && fact.matches("-?\\d{1,30}(\\.\\d{1,3})?")) {
            return new BigDecimal(fact);
        }
        if (TIMES.contains(name)) {
            return time.of(Instant.parse(fact));
        }
        return USERS.contains(name) ? people.of(fact) : fact;
    }
}
