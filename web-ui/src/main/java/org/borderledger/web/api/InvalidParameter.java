package org.borderledger.web.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A request parameter the API cannot use, named so that the problem ({@code 400 INVALID_VALUE}) points at it. */
final class InvalidParameter extends IllegalArgumentException {

    private static final Pattern NAMED = Pattern.compile("^'(\\w+)'");

    private final String parameter;

    InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    /**
     * A query's own refusal as a refused parameter: its rules name the parameter first, in quotes
     * ({@code 'from' must lie between …}); a time range that ends before it starts names none and is {@code to}'s.
     */
    static InvalidParameter of(IllegalArgumentException refused) {
        if (refused instanceof InvalidParameter named) {
            return named;
        }
        Matcher quoted = NAMED.matcher(refused.getMessage());
        return new InvalidParameter(quoted.find() ? quoted.group(1) : "to", refused.getMessage());
    }

    /** An instant in ISO-8601 with its offset, e.g. {@code 2026-11-23T08:00:00Z}; null when the parameter is absent or blank. */
    static Instant instant(String name, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(typed.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw new InvalidParameter(name, "'" + typed + "' is not an ISO-8601 instant such as 2026-11-23T08:00:00Z");
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} when the parameter is absent or blank. */
    static long number(String name, String typed, long min, long max, long absent) {
        if (typed == null || typed.isBlank()) {
            return absent;
        }
        try {
            long value = Long.parseLong(typed.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the range
        }
        throw new InvalidParameter(name, "'" + typed + "' is not a whole number from " + min + " to " + max);
    }
}
