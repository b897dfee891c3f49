package org.borderledger.screening;

import java.util.List;
import java.util.Optional;
import org.borderledger.actor.api.Actor;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.borderledger.screening.api.UnreadableEvent;

/**
 * Every published version of the screening lists, held in memory and rebuilt from the register's
 * events at start-up and whenever a version is published (on any instance).
 */
public interface ScreeningListVersions {

    /** The version screening uses now. */
    ScreeningLists inForce();

    /** Any published version in full, by its name. */
    Optional<ScreeningLists> version(String version);

    /** Every publication, oldest first. */
    List<ScreeningListPublishedEvent> publications();

    /** Who published a version (from the event's metadata), when this set knows it. */
    default Optional<Actor> publisher(String version) {
        return Optional.empty();
    }

    /** The stored publication that stops the lists being read (the versions after it are unknown), if one does. */
    default Optional<UnreadableEvent> unreadable() {
        return Optional.empty();
    }

    /** Reads at once the versions published since the last read, on any instance (a fixed set has none). */
    default void refresh() {
    }

    /** Always the same lists: for tests and tools that screen against lists built in memory. */
    static ScreeningListVersions fixed(ScreeningLists lists) {
        return new ScreeningListVersions() {
            @Override
            public ScreeningLists inForce() {
                return lists;
            }

            @Override
            public Optional<ScreeningLists> version(String version) {
                return Optional.of(lists).filter(l -> l.version().equals(version));
            }

            @Override
            public List<ScreeningListPublishedEvent> publications() {
                return List.of();
            }
        };
    }
}
