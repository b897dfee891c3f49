package org.borderledger.consignment.api;

import java.math.BigDecimal;

/**
 * The digits a stored amount may have, trailing zeros included: "1.000…0" passes the range and
 * decimals checks, yet written to an event with thousands of zeros it would be a number Jackson
 * refuses to read back (1,000 digits at most). No real amount needs more than 30.
 */
final class DecimalDigits {

    static final int MAX = 30;

    private DecimalDigits() {
    }

    static void check(String field, String label, BigDecimal value) {
        if (value.precision() > MAX) {
            throw new InvalidValueException(field, "tooManyDigits", java.util.Map.of("max", String.valueOf(MAX)),
                    label + " has more than " + MAX + " digits (trailing zeros included)");
        }
    }
}
