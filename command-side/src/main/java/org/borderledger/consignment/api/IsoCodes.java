package org.borderledger.consignment.api;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The one rule for codes taken from an ISO list (countries, currencies): trimmed, upper case, and listed. */
final class IsoCodes {

    private IsoCodes() {
    }

    static String require(String field, String label, String value, Set<String> listed, String standard) {
        if (value == null || value.isBlank()) {
            throw InvalidValueException.required(field, label);
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!listed.contains(code)) {
            throw new InvalidValueException(field, "notListed." + field, Map.of("value", value), "'" + value + "' is not " + standard);
        }
        return code;
    }
}
