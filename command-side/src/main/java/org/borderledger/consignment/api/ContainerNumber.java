package org.borderledger.consignment.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 6346 container number: three-letter owner code, category U, J or Z, six-digit serial and a
 * check digit. Letters count A=10, B=12 ... Z=38 (multiples of 11 skipped), position i is weighted
 * 2^i, and the check digit is (sum mod 11) mod 10.
 */
public record ContainerNumber(String value) {

    public ContainerNumber {
        if (value == null || value.isBlank()) {
            throw InvalidValueException.required("containerNumber", "Container number");
        }
        String number = value.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        if (!number.matches("[A-Z]{3}[UJZ][0-9]{7}")) {
            throw new InvalidValueException("containerNumber", "containerFormat", Map.of("value", value),
                    "Container number '" + value + "' must be 3 letters, U, J or Z, then 7 digits (for example CSQU3054383)");
        }
        int expected = checkDigit(number);
        int given = number.charAt(10) - '0';
        if (expected != given) {
            throw new InvalidValueException("containerNumber", "containerCheckDigit", Map.of("value", value, "given",
                    String.valueOf(given), "computed", String.valueOf(expected)), "Container number '" + value
                    + "' has check digit " + given + " but its owner code and serial give " + expected);
        }
        value = number;
    }

    @JsonCreator
    public static ContainerNumber of(String value) {
        return new ContainerNumber(value);
    }

    private static int checkDigit(String number) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = number.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : letterValue(c)) << i;
        }
        return sum % 11 % 10;
    }

    /** A=10, then one up per letter, skipping multiples of 11: B=12 ... L=23 ... V=34 ... Z=38. */
    private static int letterValue(char letter) {
        int value = 10;
        for (char c = 'A'; c < letter; c++) {
            value++;
            if (value % 11 == 0) {
                value++;
            }
        }
        return value;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
