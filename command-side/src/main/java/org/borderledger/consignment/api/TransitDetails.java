package org.borderledger.consignment.api;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What makes a TRANSIT declaration a controlled movement across Kazakhstan: the declaration's
 * {@code borderPost} is the office of departure, {@code exitPost} the post where the goods must leave,
 * {@code seals} the numbers of the seals put on at departure, {@code guarantee} the amount that covers
 * the duties at stake, and {@code timeLimit} the instant by which the goods must be presented at exit.
 */
public record TransitDetails(String exitPost, List<String> seals, Money guarantee, Instant timeLimit) {

    public static final int MAX_SEALS = 99;
    public static final int MAX_SEAL_NUMBER = 35;
    /**
     * The longest time limit a declaration may give, counted from when it is declared or amended: a road
     * transit from the Chinese border to the Caspian takes about a week, so a month leaves room for delays
     * without letting a movement stay open for a season.
     */
    public static final Duration LONGEST_TIME_LIMIT = Duration.ofDays(30);

    public TransitDetails {
        exitPost = BorderPosts.require("exitPost", exitPost == null ? null : exitPost.strip());
        if (seals == null || seals.isEmpty()) {
            throw new InvalidValueException("seals", "noSeal", Map.of(), "A transit movement needs at least one seal number");
        }
        seals = sealNumbers("seals", seals);
        if (guarantee == null) {
            throw InvalidValueException.required("guarantee", "Guarantee amount");
        }
        if (guarantee.amount().signum() == 0) {
            throw new InvalidValueException("guarantee", "guaranteeZero", Map.of(), "The guarantee must be more than zero");
        }
        if (timeLimit == null) {
            throw InvalidValueException.required("timeLimit", "Time limit");
        }
    }

    /**
     * Seal numbers each said once ({@link #sealNumber}), at most {@link #MAX_SEALS} of them: those put on at
     * departure, or those found at arrival that were not declared; refused on {@code field}.
     */
    public static List<String> sealNumbers(String field, List<String> values) {
        if (values.size() > MAX_SEALS) {
            throw new InvalidValueException(field, "tooManySeals", Map.of("max", String.valueOf(MAX_SEALS)),
                    "At most " + MAX_SEALS + " seals per transit movement");
        }
        List<String> numbers = values.stream().map(value -> sealNumber(field, value)).toList();
        if (new HashSet<>(numbers).size() != numbers.size()) {
            throw new InvalidValueException(field, "sealTwice", Map.of(), "A seal number appears twice");
        }
        return numbers;
    }

    /**
     * One seal number as written on the seal: Latin letters, digits and '-', compared in upper case; a
     * Cyrillic letter that looks like a Latin one is read as that letter ({@link LatinLookalikes}).
     */
    public static String sealNumber(String value) {
        return sealNumber("seals", value);
    }

    private static String sealNumber(String field, String value) {
        String number = LatinLookalikes.toLatin(FreeText.required(field, "Seal number", value, MAX_SEAL_NUMBER)
                .toUpperCase(Locale.ROOT));
        if (!number.matches("[A-Z0-9-]+")) {
            throw new InvalidValueException(field, "sealCharacters", Map.of("value", number),
                    "Seal number '" + number + "' may contain only letters, digits and '-'");
        }
        return number;
    }
}
