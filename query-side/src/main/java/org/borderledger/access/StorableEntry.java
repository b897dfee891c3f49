package org.borderledger.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderledger.access.api.AccessEntry;
import org.borderledger.actor.api.Actor;

/**
 * An access-log entry as it is stored: every typed value made {@link StorableText storable} within
 * its column's bound (criteria keys and values within {@link #CRITERION}), and, when anything was
 * changed, a {@link #NOTE} criterion saying what, so that an auditor can tell an escaped
 * {@code \}{@code u0000} from one that was typed.
 */
final class StorableEntry {

    /** The criterion that says which values were escaped or truncated before storage. */
    static final String NOTE = "_stored";
    /** The most characters of one criterion's value (and of its name) that are stored. */
    static final int CRITERION = 1000;
    private static final int USER_ID = 64;
    private static final int BORDER_POST = 80;
    private static final int CONSIGNMENT_ID = 64;
    private static final int EXPORT_KIND = 64;
    private static final int PATH = 2000;

    private final List<String> changes = new ArrayList<>();

    private StorableEntry() {
    }

    static AccessEntry of(AccessEntry entry) {
        StorableEntry storable = new StorableEntry();
        Actor actor = new Actor(storable.fit("userId", entry.actor().userId(), USER_ID), entry.actor().role(),
                storable.fit("borderPost", entry.actor().borderPost(), BORDER_POST));
        String consignmentId = storable.fit("consignmentId", entry.consignmentId(), CONSIGNMENT_ID);
        String exportKind = storable.fit("exportKind", entry.exportKind(), EXPORT_KIND);
        String path = storable.fit("path", entry.path(), PATH);
        Map<String, String> criteria = new LinkedHashMap<>();
        entry.criteria().forEach((name, value) -> {
            String key = storable.fit("criterion name", name, CRITERION);
            criteria.put(key, storable.fit("criteria." + key, value, CRITERION));
        });
        if (!storable.changes.isEmpty()) {
            criteria.put(NOTE, String.join("; ", storable.changes));
        }
        return new AccessEntry(entry.at(), actor, entry.action(), consignmentId, exportKind, criteria, path,
                entry.resultCount());
    }

    /**
     * What is stored in place of an entry the database refused even so: who, when, what kind of access
     * and the path (short), without the values that may have caused the refusal, and why.
     */
    static AccessEntry standIn(AccessEntry refused, String why) {
        AccessEntry storable = of(new AccessEntry(refused.at(), refused.actor(), refused.action(), null, null, null,
                StorableText.of(refused.path(), 200).text(), refused.resultCount()));
        return new AccessEntry(storable.at(), storable.actor(), storable.action(), null, null,
                Map.of(NOTE, "the database refused the entry (" + StorableText.of(why, CRITERION).text()
                        + "); its consignment, export kind and criteria are left out"),
                storable.path(), storable.resultCount());
    }

    private String fit(String name, String value, int bound) {
        StorableText text = StorableText.of(value, bound);
        if (text.escaped()) {
            changes.add(name + " escaped");
        }
        if (text.truncated()) {
            changes.add(name + " truncated to " + bound + " characters");
        }
        return text.text();
    }
}
