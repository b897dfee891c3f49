package org.borderledger.consignment.api;

import java.util.Map;

/**
 * A value refused at the border of the system: names the field and says what is wrong with it,
 * so the console and the API can show the message next to the input. The message is English (logs,
 * the API); the console says it in the reader's language from the message key
 * {@code invalid.<problem>} filled with the named facts.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String problem;
    private final Map<String, String> facts;

    /** A required value that is missing. */
    public static InvalidValueException required(String field, String label) {
        return new InvalidValueException(field, "required", Map.of(), label + " is required");
    }

    public InvalidValueException(String field, String problem, Map<String, String> facts, String message) {
        super(message);
        this.field = field;
        this.problem = problem;
        this.facts = Map.copyOf(facts);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return "invalid." + problem;
    }

    /** The named facts of the message key's placeholders: the value refused, the limit it broke. */
    public Map<String, String> facts() {
        return facts;
    }
}
