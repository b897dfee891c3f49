package org.borderledger.consignment.api;

import java.util.Map;

/** The one rule for identifiers and versions, shared by every command. */
public final class ConsignmentIds {

    private ConsignmentIds() {
    }

    public static String require(String consignmentId) {
        return require("consignmentId", "Consignment id", consignmentId);
    }

    /** Identifiers (of consignments, holds, inspections) are short and URL-safe. */
    public static String require(String field, String label, String value) {
        String id = FreeText.required(field, label, value, 64);
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new InvalidValueException(field, "idCharacters", Map.of("value", id), label + " '" + id + "' may contain only letters, digits, '_' and '-'");
        }
        return id;
    }

    public static long requireVersion(long expectedVersion) {
        if (expectedVersion < 0) {
            throw new InvalidValueException("expectedVersion", "negativeVersion", Map.of("value", String.valueOf(expectedVersion)), "Version " + expectedVersion + " cannot be negative");
        }
        return expectedVersion;
    }
}
