package org.borderledger.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writes one projection asked for in one batch, in the order it asked. Rows of different keys
 * (consignments) never depend on each other, so the n-th statement of every key can run together:
 * a flush runs level after level, one JDBC batch per statement text in each level, which keeps
 * each consignment's statements in event order. A statement that depends on every consignment's
 * rows (a barrier) runs alone at its place in the batch.
 */
final class PendingWrites {

    private final List<PendingWrite> writes = new ArrayList<>();

    void add(PendingWrite write) {
        writes.add(write);
    }

    /** All writes of the batch, the superseded ones left out, as levels of statement text to rows. */
    List<Map<String, List<Object[]>>> levels() {
        return levels(writes);
    }

    /** Each event's writes, in the order the events were handled. */
    Collection<List<PendingWrite>> byEvent() {
        Map<String, List<PendingWrite>> byEvent = new LinkedHashMap<>();
        writes.forEach(write -> byEvent.computeIfAbsent(write.event().getIdentifier(), id -> new ArrayList<>()).add(write));
        return byEvent.values();
    }

    /**
     * A barrier splits the writes: those before it run first, leveled among themselves, then the
     * barrier, then those after it. No write supersedes one across a barrier, which may read it.
     */
    static List<Map<String, List<Object[]>>> levels(List<PendingWrite> writes) {
        List<Map<String, List<Object[]>>> levels = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < writes.size(); i++) {
            PendingWrite write = writes.get(i);
            if (write.barrier()) {
                levels.addAll(levelsBetweenBarriers(writes.subList(from, i)));
                levels.add(Map.of(write.sql(), write.rows().get()));
                from = i + 1;
            }
        }
        levels.addAll(levelsBetweenBarriers(writes.subList(from, writes.size())));
        return levels;
    }

    private static List<Map<String, List<Object[]>>> levelsBetweenBarriers(List<PendingWrite> writes) {
        Map<String, Integer> depth = new HashMap<>();
        List<Map<String, List<Object[]>>> levels = new ArrayList<>();
        for (PendingWrite write : latest(writes)) {
            int level = depth.merge(write.key(), 1, Integer::sum) - 1;
            if (level == levels.size()) {
                levels.add(new LinkedHashMap<>());
            }
            levels.get(level).computeIfAbsent(write.sql(), sql -> new ArrayList<>()).addAll(write.rows().get());
        }
        return levels;
    }

    private static List<PendingWrite> latest(List<PendingWrite> writes) {
        Set<List<String>> later = new HashSet<>();
        List<PendingWrite> kept = new ArrayList<>(writes.size());
        for (int i = writes.size() - 1; i >= 0; i--) {
            PendingWrite write = writes.get(i);
            if (!write.lastWins() || later.add(List.of(write.key(), write.sql()))) {
                kept.add(write);
            }
        }
        Collections.reverse(kept);
        return kept;
    }
}
