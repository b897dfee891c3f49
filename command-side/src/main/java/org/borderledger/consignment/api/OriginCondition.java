package org.borderledger.consignment.api;

import java.util.List;

/**
 * The origin condition a goods hit's measure set and the goods line met: the line's {@code origin}
 * against the only {@code origins} the measure applies to, or else the {@code excludedOrigins} it
 * leaves out.
 */
public record OriginCondition(String origin, List<String> origins, List<String> excludedOrigins) {

    public OriginCondition {
        origins = origins == null ? List.of() : List.copyOf(origins);
        excludedOrigins = excludedOrigins == null ? List.of() : List.copyOf(excludedOrigins);
    }

    /** True when the measure names the origins it applies to, false when it names those it excludes. */
    public boolean only() {
        return !origins.isEmpty();
    }
}
