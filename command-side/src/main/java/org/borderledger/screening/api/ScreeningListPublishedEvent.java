package org.borderledger.screening.api;

import java.time.Instant;
import java.util.List;

/**
 * A new version of the screening lists came into force: the sources it replaced, their files, and
 * the entries it added or changed and removed against {@code previousVersion} ({@code null} for the
 * first). Folding these events in order gives every version in full. Who published it is in the
 * event's metadata, as for every command.
 */
public record ScreeningListPublishedEvent(String registerId, String version, String previousVersion,
                                          List<ListSource> sources, List<ListFileDigest> files, Instant effectiveAt,
                                          List<DeniedParty> partiesUpserted, List<String> partiesRemoved,
                                          List<GoodsMeasure> measuresUpserted, List<String> measuresRemoved,
                                          int added, int changed, int removed) {

    public ScreeningListPublishedEvent {
        sources = List.copyOf(sources);
        files = List.copyOf(files);
        partiesUpserted = List.copyOf(partiesUpserted);
        partiesRemoved = List.copyOf(partiesRemoved);
        measuresUpserted = List.copyOf(measuresUpserted);
        measuresRemoved = List.copyOf(measuresRemoved);
    }
}
