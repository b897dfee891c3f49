package org.borderledger.consignment.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Harmonized System commodity code: 6, 8 or 10 ASCII digits once dots and spaces are removed
 * (10 digits are EAEU national codes), chapter 01 to 97 and never 77 (reserved).
 */
public record HsCode(String value) {

    public HsCode {
        if (value == null || value.isBlank()) {
            throw InvalidValueException.required("hsCode", "HS code");
        }
        String digits = value.replace(".", "").replace(" ", "");
        if (!digits.matches("[0-9]+")) {
            throw new InvalidValueException("hsCode", "hsCodeCharacters", Map.of("value", value),
                    "HS code '" + value + "' may contain only digits, dots and spaces");
        }
        if (digits.length() != 6 && digits.length() != 8 && digits.length() != 10) {
            throw new InvalidValueException("hsCode", "hsCodeLength", Map.of("value", value, "digits", String.valueOf(digits.length())),
                    "HS code '" + value + "' has " + digits.length() + " digits; it needs 6, 8 or 10");
        }
        int chapter = Integer.parseInt(digits.substring(0, 2));
        if (chapter < 1 || chapter > 97) {
            throw new InvalidValueException("hsCode", "hsCodeChapter", Map.of("value", value, "chapter", digits.substring(0, 2)),
                    "HS code '" + value + "' has chapter " + digits.substring(0, 2)
                    + "; chapters run from 01 to 97");
        }
        if (chapter == 77) {
            throw new InvalidValueException("hsCode", "hsCodeChapter77", Map.of("value", value),
                    "HS code '" + value + "' uses chapter 77, which is reserved and never used");
        }
        value = digits;
    }

    @JsonCreator
    public static HsCode of(String value) {
        return new HsCode(value);
    }

    /** True when this code falls under the given prefix of 4 to 10 digits. */
    public boolean startsWith(String prefix) {
        return value.startsWith(prefix);
    }

    public String chapter() {
        return value.substring(0, 2);
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
