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
import java.util.function.BiFunction;
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
        compare(from.deniedParties(), to.deniedParties(), DeniedParty::entryId,
                (party, fields) -> new Entry(Kind.PARTY, party.entryId(), party.listName(), party.name(), fields, List.of(), List.of()),
                added, removed, changed);
        compare(from.goodsMeasures(), to.goodsMeasures(), GoodsMeasure::measureId,
                (measure, fields) -> new Entry(Kind.MEASURE, measure.measureId(), measure.listName(),
                        measure.hsPrefix() + " " + measure.label(), fields, List.copyOf(measure.origins()),
                        List.copyOf(measure.excludedOrigins())),
                added, removed, changed);
        return new ScreeningListDiff(from.version(), to.version(), added, removed, changed);
    }

    /** {@code entry} makes the diff's entry of a list entry with the fields that changed. */
    private static <T extends Record> void compare(List<T> before, List<T> after, Function<T, String> id,
                                                   BiFunction<T, List<FieldChange>, Entry> entry,
                                                   List<Entry> added, List<Entry> removed, List<Entry> changed) {
        Map<String, T> old = byId(before, id);
        Map<String, T> current = byId(after, id);
        current.forEach((entryId, now) -> {
            T previous = old.get(entryId);
            if (previous == null) {
                added.add(entry.apply(now, List.of()));
            } else if (!previous.equals(now)) {
                changed.add(entry.apply(now, fieldChanges(previous, now)));
            }
        });
        old.forEach((entryId, was) -> {
            if (!current.containsKey(entryId)) {
                removed.add(entry.apply(was, List.of()));
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
