package org.borderledger.access.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a person did with the data: opened one consignment, searched, or took a file away; or a
 * sign-in that the throttle refused before checking its password (docs/security.md).
 */
public enum AccessAction {
    VIEW, SEARCH, EXPORT, THROTTLED;

    /** The action typed in a filter, in any case; null when nothing was typed, refused when it names none. */
    public static AccessAction parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'" + typed + "' is not one of "
                    + Arrays.stream(values()).map(AccessAction::name).collect(Collectors.joining(", ")), unknown);
        }
    }
}
