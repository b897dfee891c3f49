package org.borderledger.screening;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;

/**
 * One published version of the reference lists, the only input of screening besides the
 * declaration. The denied-party index is built once with the lists (the three-argument constructor
 * builds it) so that screening a declaration does not re-normalise thousands of names.
 */
public record ScreeningLists(String version, List<GoodsMeasure> goodsMeasures, List<DeniedParty> deniedParties,
                             DeniedPartyIndex partyIndex) {

    public ScreeningLists {
        if (version == null || !version.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new IllegalArgumentException("List version '" + version + "' must be 1 to 40 letters, digits, '.', '_' or '-'");
        }
        goodsMeasures = List.copyOf(goodsMeasures);
        deniedParties = List.copyOf(deniedParties);
        requireUnique("goods measure id", goodsMeasures.stream().map(GoodsMeasure::measureId).toList());
        requireUnique("denied-party entry id", deniedParties.stream().map(DeniedParty::entryId).toList());
        // An index built for other parties would screen against the wrong list: rebuild rather than trust it.
        if (partyIndex == null || !partyIndex.parties().equals(deniedParties)) {
            partyIndex = DeniedPartyIndex.of(deniedParties);
        }
    }

    public ScreeningLists(String version, List<GoodsMeasure> goodsMeasures, List<DeniedParty> deniedParties) {
        this(version, goodsMeasures, deniedParties, null);
    }

    /** Lists built in memory, for tests and tools. */
    public static ScreeningLists of(String version, List<GoodsMeasure> goodsMeasures, List<DeniedParty> deniedParties) {
        return new ScreeningLists(version, goodsMeasures, deniedParties);
    }

    private static void requireUnique(String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(Objects.requireNonNull(id))) {
                throw new IllegalArgumentException("Duplicate " + what + " '" + id + "'");
            }
        }
    }
}
