package org.borderledger.access.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.borderledger.actor.api.Actor;

/**
 * One access to consignment data: when, who (user id, role, border post), what they did, and to
 * what: the consignment viewed (or whose history was exported), the kind of file exported, the
 * criteria of a search or export as typed, the path asked for and how many rows were shown or
 * exported (null when none were counted, e.g. a single consignment's page).
 */
public record AccessEntry(Instant at, Actor actor, AccessAction action, String consignmentId, String exportKind,
                          Map<String, String> criteria, String path, Integer resultCount) {

    public AccessEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(path, "path");
        criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
    }
}
