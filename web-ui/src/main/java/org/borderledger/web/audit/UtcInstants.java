package org.borderledger.web.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The auditor's instants: typed in a {@code datetime-local} input, which has no zone, so the pages
 * label them UTC and read them as UTC, whatever the browser's or the server's zone.
 */
final class UtcInstants {

    private UtcInstants() {
    }

    /** The instant typed, null when the field was left empty; a value that is no date-time is refused. */
    static Instant parse(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADateTime) {
            throw new InvalidFilter(field, typed);
        }
    }

    /**
     * The value of a {@code datetime-local} input for the instant. The input holds milliseconds at most, so
     * a finer instant is rounded up: "as of this event" must still count the event itself.
     */
    static String format(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        Instant roundedUp = millis.equals(instant) ? millis : millis.plusMillis(1);
        return LocalDateTime.ofInstant(roundedUp, ZoneOffset.UTC).toString();
    }

    /** A filter the auditor typed that is not what it should be: the page says which, and shows no error page. */
    static final class InvalidFilter extends IllegalArgumentException {

        private final String field;
        private final String typed;

        InvalidFilter(String field, String typed) {
            super(field + ": " + typed);
            this.field = field;
            this.typed = typed;
        }

        String field() {
            return field;
        }

        String typed() {
            return typed;
        }
    }
}
