package org.borderledger.web.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import org.borderledger.consignment.api.BorderPosts;
import org.borderledger.consignment.api.InvalidValueException;

/**
 * The time limit of a transit movement as the officer at the office of departure types it: a date and
 * a time of day in that post's time zone, the one its officers work in and its pages show.
 */
final class TransitTimeLimit {

    private TransitTimeLimit() {
    }

    static ZoneId zoneOf(String departurePost) {
        return BorderPosts.named(departurePost).<ZoneId>map(BorderPosts.BorderPost::timeZone).orElse(ZoneOffset.UTC);
    }

    /** The instant of the date (yyyy-mm-dd) and time (hh:mm) at the post; each refused under its own input. */
    static Instant at(String departurePost, String date, String time, FieldErrors errors) {
        LocalDate day = errors.attempt("transit.timeLimitDate", () -> parsed("timeLimitDate", "Time limit date", date,
                LocalDate::parse, "timeLimitDate"));
        LocalTime hour = errors.attempt("transit.timeLimitTime", () -> parsed("timeLimitTime", "Time limit time", time,
                LocalTime::parse, "timeLimitTime"));
        return day == null || hour == null ? null : day.atTime(hour).atZone(zoneOf(departurePost)).toInstant();
    }

    private static <T> T parsed(String field, String label, String text, Function<String, T> parser, String problem) {
        if (text == null || text.isBlank()) {
            throw InvalidValueException.required(field, label);
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, problem, Map.of("value", text.strip()),
                    label + " '" + text.strip() + "' is not in the form the input takes");
        }
    }
}
