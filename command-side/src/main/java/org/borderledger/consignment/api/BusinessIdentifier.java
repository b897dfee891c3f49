package org.borderledger.consignment.api;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A trader's identifier with the country that issued it. Kazakh BIN/IIN (country KZ) are 12 digits
 * with a control digit: the first 11 digits weighted 1..11, sum mod 11; when that gives 10, the
 * weights 3..11,1,2 are used instead, and a second 10 means the number cannot be valid. Other
 * countries' identifiers (INN, EORI, ...) are kept as free text.
 */
public record BusinessIdentifier(CountryCode country, String value) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s/-]");
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    static final int MAX_LENGTH = 64;

    public BusinessIdentifier {
        if (country == null) {
            throw InvalidValueException.required("country", "Country that issued the identifier");
        }
        if (value == null || value.isBlank()) {
            throw InvalidValueException.required("identifier", "Identifier");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("identifier", "tooLong", Map.of("max", String.valueOf(MAX_LENGTH)),
                    "Identifier is longer than " + MAX_LENGTH + " characters");
        }
        if (!value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == ' ')) {
            throw new InvalidValueException("identifier", "identifierCharacters", Map.of("value", value),
                    "Identifier '" + value + "' may contain only letters, digits, spaces, '-' and '/'");
        }
        if (country.value().equals("KZ")) {
            validateKazakhBinIin(value);
        }
    }

    private static void validateKazakhBinIin(String value) {
        if (!value.matches("[0-9]{12}")) {
            throw new InvalidValueException("identifier", "binDigits", Map.of("value", value),
                    "Kazakh BIN/IIN '" + value + "' must be exactly 12 digits");
        }
        int control = weightedSum(value, FIRST_WEIGHTS) % 11;
        if (control == 10) {
            control = weightedSum(value, SECOND_WEIGHTS) % 11;
            if (control == 10) {
                throw new InvalidValueException("identifier", "binNeverValid", Map.of("value", value),
                        "Kazakh BIN/IIN '" + value + "' cannot be valid: its control digit computes to 10 twice");
            }
        }
        int given = value.charAt(11) - '0';
        if (control != given) {
            throw new InvalidValueException("identifier", "binControlDigit", Map.of("value", value, "given",
                    String.valueOf(given), "computed", String.valueOf(control)), "Kazakh BIN/IIN '" + value + "' has control digit " + given
                    + " but its first 11 digits give " + control);
        }
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /**
     * Country and value without spaces, hyphens or slashes, upper case, and without the country's own
     * code in front (an EORI or VAT number carries it, the same number is as often typed without):
     * "KZ:190540001230", "RU:7707083893" for "RU 7707083893" and "7707083893", however it was typed.
     */
    public String key() {
        String bare = SEPARATORS.matcher(value.toUpperCase(Locale.ROOT)).replaceAll("");
        return country.value() + ":" + (bare.startsWith(country.value()) && bare.length() > 2 ? bare.substring(2) : bare);
    }

    @Override
    public String toString() {
        return country + ":" + value;
    }
}
