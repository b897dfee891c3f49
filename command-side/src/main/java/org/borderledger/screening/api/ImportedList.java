package org.borderledger.screening.api;

import java.util.List;
import java.util.Objects;

/**
 * One source read in full from its publisher's files: the files' digests and every entry. A
 * denied-party source has parties only, the goods source measures only, within {@link ListBounds}.
 */
public record ImportedList(ListSource source, List<ListFileDigest> files, List<DeniedParty> parties,
                           List<GoodsMeasure> measures) {

    public ImportedList {
        Objects.requireNonNull(source, "source");
        files = List.copyOf(files);
        parties = List.copyOf(parties);
        measures = List.copyOf(measures);
        if (source == ListSource.GOODS_MEASURES ? !parties.isEmpty() : !measures.isEmpty()) {
            throw new IllegalArgumentException(source + " cannot carry " + (parties.isEmpty() ? "goods measures" : "denied parties"));
        }
        List<String> breaches = ListBounds.breaches(parties, measures);
        if (!breaches.isEmpty()) {
            throw new IllegalArgumentException(source + " " + breaches.get(0)
                    + (breaches.size() > 1 ? " (and " + (breaches.size() - 1) + " more)" : ""));
        }
    }
}
