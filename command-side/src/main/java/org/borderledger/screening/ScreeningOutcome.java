package org.borderledger.screening;

import java.util.List;
import java.util.Objects;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ScreeningHit;

/**
 * What screening decided and why: the list version used, every hit (goods by line then measure id,
 * then parties by role then entry id), the channel, and whether the channel comes from a random
 * check rather than a hit.
 */
public record ScreeningOutcome(String listVersion, List<ScreeningHit> hits, Channel channel, boolean randomlySelected) {

    public ScreeningOutcome {
        Objects.requireNonNull(listVersion, "listVersion");
        hits = List.copyOf(hits);
        Objects.requireNonNull(channel, "channel");
        if (randomlySelected && !hits.isEmpty()) {
            throw new IllegalArgumentException("A consignment with hits is never selected at random");
        }
    }

    /** An automatic hold is placed when any hit demands one (a BAN measure or a denied party). */
    public boolean requiresHold() {
        return hits.stream().anyMatch(ScreeningHit::requiresHold);
    }
}
