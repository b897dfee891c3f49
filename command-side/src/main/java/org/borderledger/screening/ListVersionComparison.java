package org.borderledger.screening;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ScreeningListDiff;
import org.borderledger.screening.api.ScreeningListDiff.Entry;
import org.borderledger.screening.api.ScreeningListDiff.FieldChange;
import org.borderledger.screening.api.ScreeningListDiff.Kind;

/** Works out the {@link ScreeningListDiff} of two versions: a pure function of the two. */
final class ListVersionComparison {

    private ListVersionComparison() {
    }

    static ScreeningListDiff between(ScreeningLists from, ScreeningLists to) {
        List<Entry> added = new ArrayList<>();
        List<Entry> removed = new ArrayList<>();
        List<Entry> changed = new ArrayList<>();
        compare(Kind.PARTY, from.deniedParties(), to.deniedParties(), DeniedParty::entryId, DeniedParty::listName,
                DeniedParty::name, added, removed, changed);
        compare(Kind.MEASURE, from.goodsMeasures(), to.goodsMeasures(), GoodsMeasure::measureId, GoodsMeasure::listName,
                measure -> measure.hsPrefix() + " " + measure.label(), added, removed, changed);
        return new ScreeningListDiff(from.version(), to.version(), added, removed, changed);
    }

    private static <T extends Record> void compare(Kind kind, List<T> before, List<T> after, Function<T, String> id,
                                                   Function<T, String> listName, Function<T, String> title,
                                                   List<Entry> added, List<Entry> removed, List<Entry> changed) {
        Map<String, T> old = byId(before, id);
        Map<String, T> current = byId(after, id);
        current.forEach((entryId, entry) -> {
            T previous = old.get(entryId);
            if (previous == null) {
                added.add(new Entry(kind, entryId, listName.apply(entry), title.apply(entry), List.of()));
            } else if (!previous.equals(entry)) {
                changed.add(new Entry(kind, entryId, listName.apply(entry), title.apply(entry), fieldChanges(previous, entry)));
            }
        });
        old.forEach((entryId, entry) -> {
            if (!current.containsKey(entryId)) {
                removed.add(new Entry(kind, entryId, listName.apply(entry), title.apply(entry), List.of()));
            }
        });
    }

    /** Sorted by id, so that the diff reads the same whatever order the publisher's file had. */
    private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
        return entries.stream().sorted(Comparator.comparing(id))
                .collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Every component of the entry's record that differs: a field added to an entry is compared without a change here. */
    private static List<FieldChange> fieldChanges(Record before, Record after) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object was = value(component, before);
            Object is = value(component, after);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(component.getName(), text(was), text(is)));
            }
        }
        return changes;
    }

    private static Object value(RecordComponent component, Record entry) {
        try {
            return component.getAccessor().invoke(entry);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + entry.getClass().getSimpleName(), e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
