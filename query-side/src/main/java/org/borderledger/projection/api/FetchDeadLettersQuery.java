package org.borderledger.projection.api;

import java.util.Objects;

/** Asks for the events a processing group has parked, answered with a list of {@link DeadLetterView}. */
public record FetchDeadLettersQuery(String processingGroup) {

    public FetchDeadLettersQuery {
        Objects.requireNonNull(processingGroup, "processingGroup");
    }
}
