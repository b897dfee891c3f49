package org.borderledger.web;

import java.util.Locale;
import java.util.Map;
import org.borderledger.consignment.api.InvalidValueException;

/** A code chosen in a form or sent in a body, read in any case; none chosen is null, for the command to call required. */
public final class Choices {

    private Choices() {
    }

    /** The code {@code value} names, or null when blank; refused on {@code field} with {@code refusal} when it names none. */
    public static <E extends Enum<E>> E of(Class<E> type, String field, String value, String refusal) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String chosen = value.strip();
        try {
            return Enum.valueOf(type, chosen.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException(field, "notAChoice", Map.of("value", chosen), refusal);
        }
    }
}
