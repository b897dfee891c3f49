package org.borderledger.screening.api;

import java.util.List;
import org.borderledger.consignment.api.CountryCode;

/**
 * What one version of the lists adds, removes and changes against another, entry by entry and, for
 * a changed entry, field by field. Entries are matched by their id within their kind (a denied party's
 * entry id, a goods measure's id). The answer to {@link CompareScreeningListVersionsQuery}.
 */
public record ScreeningListDiff(String fromVersion, String toVersion, List<Entry> added, List<Entry> removed,
                                List<Entry> changed) {

    /** Which list an entry belongs to. */
    public enum Kind { PARTY, MEASURE }

    /**
     * One entry of the diff: for a changed entry, the fields that differ; for an added or removed one,
     * none. A goods measure's origin condition (as it is in the later version, for a removed measure
     * as it was) goes with it: the only {@code origins} it applies to or the {@code excludedOrigins};
     * both empty for a measure of any origin and for a party.
     */
    public record Entry(Kind kind, String entryId, String listName, String title, List<FieldChange> fields,
                        List<CountryCode> origins, List<CountryCode> excludedOrigins) {
        public Entry {
            fields = List.copyOf(fields);
            origins = List.copyOf(origins);
            excludedOrigins = List.copyOf(excludedOrigins);
        }
    }

    /** One field of a changed entry, before and after, as the console shows it. */
    public record FieldChange(String field, String before, String after) {
    }

    public ScreeningListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
