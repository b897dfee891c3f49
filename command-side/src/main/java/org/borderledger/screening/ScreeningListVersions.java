package org.borderledger.screening;

import java.util.List;
import java.util.Optional;
import org.borderledger.screening.api.ScreeningListPublishedEvent;

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
}
