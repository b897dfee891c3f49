package org.borderledger.consignment.api;

import java.text.Normalizer;
import java.util.Map;

/**
 * The one rule for free text typed by people (names, descriptions, reasons): trimmed, NFC
 * normalised, bounded in length and free of control characters, so that nothing invisible or
 * unbounded reaches the event store.
 */
public final class FreeText {

    private FreeText() {
    }

    public static String required(String field, String label, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw InvalidValueException.required(field, label);
        }
        String text = optional(field, label, value, maxLength);
        if (text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
            // only no-break spaces (U+00A0, U+2007, U+202F), which isBlank() and strip() leave in place
            throw InvalidValueException.required(field, label);
        }
        return text;
    }

    /** Returns the cleaned text, or an empty string when there is none. */
    public static String optional(String field, String label, String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new InvalidValueException(field, "tooLong", Map.of("max", String.valueOf(maxLength)),
                    label + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean allowedWhitespace = cp == '\n' || cp == '\t';
            if ((Character.isISOControl(cp) && !allowedWhitespace) || type == Character.FORMAT
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE) {
                int position = text.codePointCount(0, i) + 1;
                throw new InvalidValueException(field, "controlCharacter", Map.of("character", String.format("U+%04X", cp),
                        "position", String.valueOf(position)), label + " contains an invisible or control character ("
                        + String.format("U+%04X", cp) + ") at position " + position);
            }
            i += Character.charCount(cp);
        }
        return text;
    }
}
