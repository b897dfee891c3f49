package org.borderledger.screening.api;

import java.time.Instant;
import java.util.List;

/**
 * A new version of the screening lists came into force: the sources it replaced, their files, and
 * the entries it added or changed and removed against {@code previousVersion} ({@code null} for the
 * first). Folding these events in order gives every version in full. Who published it is in the
 * event's metadata, as for every command.
 *
 * <p>{@code partySources} names the source of each entry of {@code partiesUpserted}, in the same
 * order: one publication may carry both denied-party sources, and the next publication of one of
 * them must know which entries it replaces.
 */
public record ScreeningListPublishedEvent(String registerId, String version, String previousVersion,
                                          List<ListSource> sources, List<ListFileDigest> files, Instant effectiveAt,
                                          List<DeniedParty> partiesUpserted, List<String> partiesRemoved,
                                          List<GoodsMeasure> measuresUpserted, List<String> measuresRemoved,
                                          int added, int changed, int removed, List<ListSource> partySources) {

    public ScreeningListPublishedEvent {
        sources = List.copyOf(sources);
        files = List.copyOf(files);
        partiesUpserted = List.copyOf(partiesUpserted);
        partiesRemoved = List.copyOf(partiesRemoved);
        measuresUpserted = List.copyOf(measuresUpserted);
        measuresRemoved = List.copyOf(measuresRemoved);
        partySources = partySources == null ? singlePartySource(sources, partiesUpserted.size()) : List.copyOf(partySources);
        if (partySources.size() != partiesUpserted.size()) {
            throw new IllegalArgumentException("Every upserted party needs its source: " + partiesUpserted.size()
                    + " parties, " + partySources.size() + " sources");
        }
    }

    /** For a publication of at most one denied-party source, where each party's source goes without saying. */
    public ScreeningListPublishedEvent(String registerId, String version, String previousVersion,
                                       List<ListSource> sources, List<ListFileDigest> files, Instant effectiveAt,
                                       List<DeniedParty> partiesUpserted, List<String> partiesRemoved,
                                       List<GoodsMeasure> measuresUpserted, List<String> measuresRemoved,
                                       int added, int changed, int removed) {
        this(registerId, version, previousVersion, sources, files, effectiveAt, partiesUpserted, partiesRemoved,
                measuresUpserted, measuresRemoved, added, changed, removed, null);
    }

    private static List<ListSource> singlePartySource(List<ListSource> sources, int parties) {
        List<ListSource> partySources = sources.stream().filter(s -> s != ListSource.GOODS_MEASURES).toList();
        if (parties > 0 && partySources.size() != 1) {
            throw new IllegalArgumentException("Name the source of each upserted party: the publication carries "
                    + partySources.size() + " denied-party sources");
        }
        return parties == 0 ? List.of() : java.util.Collections.nCopies(parties, partySources.get(0));
    }
}
