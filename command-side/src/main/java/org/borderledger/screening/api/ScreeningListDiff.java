package org.borderledger.screening.api;

import java.util.List;

/**
 * What one version of the lists adds, removes and changes against another, entry by entry and, for
 * a changed entry, field by field. Entries are matched by their id within their kind (a denied party's
 * entry id, a goods measure's id). The answer to {@link CompareScreeningListVersionsQuery}.
 */
public record ScreeningListDiff(String fromVersion, String toVersion, List<Entry> added, List<Entry> removed,
                                List<Entry> changed) {

    /** Which list an entry belongs to. */
    public enum Kind { PARTY, MEASURE }

    /** One entry of the diff: for a changed entry, the fields that differ; for an added or removed one, none. */
    public record Entry(Kind kind, String entryId, String listName, String title, List<FieldChange> fields) {
        public Entry {
            fields = List.copyOf(fields);
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
