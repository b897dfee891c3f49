package org.borderledger.access.api;

import java.util.Locale;

/** What a person did with the data: opened one consignment, searched, or took a file away. */
public enum AccessAction {
    VIEW, SEARCH, EXPORT;

    /** The action typed in a filter, in any case; null when nothing was typed, refused when it names none. */
    public static AccessAction parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'" + typed + "' is not one of VIEW, SEARCH, EXPORT", unknown);
        }
    }
}
