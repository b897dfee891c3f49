package org.borderledger.detail.api;

import java.time.Instant;
import java.util.Map;
import org.borderledger.actor.api.Actor;

/**
 * One event of a consignment as the console shows it: who ({@code actor}, null when the event was
 * stored without one), when, what ({@code action} with its {@code details} as the arguments of the
 * message) and why (the text the person typed, null when none).
 */
public record TimelineEntry(String consignmentId, long sequenceNumber, Instant at, Actor actor, String correlationId,
                            TimelineAction action, Map<String, String> details, String why) {

    public TimelineEntry {
        details = Map.copyOf(details);
    }
}
