package org.borderledger.web.declaration;

import java.math.BigDecimal;
import java.util.Map;
import org.borderledger.consignment.api.InvalidValueException;

/**
 * The guard in front of every number a person or a system types. {@code 1e999999999} is a valid
 * decimal, but writing it out (as the domain's messages do) takes a gigabyte; such numbers, and any
 * with more digits than an amount can have, are refused before the domain sees them.
 */
public final class Amounts {

    /** More than any quantity, mass or value the domain accepts, in integer digits and in decimals. */
    private static final int MAX_DIGITS = 20;
    private static final int MAX_TEXT = 50;

    private Amounts() {
    }

    /** Reads a number typed as text; the field and label name it in the message when it is refused. */
    public static BigDecimal parse(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidValueException.required(field, label);
        }
        String digits = text.strip().replace(" ", "");
        if (digits.length() > MAX_TEXT) {
            throw new InvalidValueException(field, "tooLong", Map.of("max", String.valueOf(MAX_TEXT)),
                    label + " has more than " + MAX_TEXT + " characters");
        }
        try {
            return plausible(field, label, new BigDecimal(digits));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "notANumber", Map.of("value", text.strip()),
                    label + " '" + text.strip() + "' is not a number");
        }
    }

    public static BigDecimal plausible(String field, String label, BigDecimal number) {
        if (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
            throw new InvalidValueException(field, "outOfRange", Map.of("value", number.toString()), label + " " + number + " is out of range");
        }
        return number;
    }
}
