package org.borderledger.screening;

import java.util.List;
import java.util.Objects;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.NameMatchThresholds;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.SuppressedHit;

/**
 * What screening decided and why: the list version used, every hit (goods by line then measure id,
 * then parties by role then entry id), the channel, whether the channel comes from a random check
 * rather than a hit, the name-match thresholds the party hits were banded with, and the party hits
 * not raised because a person had already decided them (they count for nothing, channel included).
 */
public record ScreeningOutcome(String listVersion, List<ScreeningHit> hits, Channel channel, boolean randomlySelected,
                               NameMatchThresholds thresholds, List<SuppressedHit> suppressed) {

    public ScreeningOutcome {
        Objects.requireNonNull(listVersion, "listVersion");
        hits = List.copyOf(hits);
        Objects.requireNonNull(thresholds, "thresholds");
        suppressed = List.copyOf(suppressed);
        Objects.requireNonNull(channel, "channel");
        if (randomlySelected && hits.stream().anyMatch(hit -> hit.channel() != Channel.GREEN)) {
            throw new IllegalArgumentException("A consignment with hits that call for a channel is never selected at random");
        }
    }

    /** An automatic hold is placed when any hit demands one (a BAN measure or a denied party in band MATCH). */
    public boolean requiresHold() {
        return hits.stream().anyMatch(ScreeningHit::requiresHold);
    }

    /**
     * This outcome with {@code more} hits: the channel rises to what they call for, and a random check
     * gives way to a hit that calls for a channel (one decided before calls for none).
     */
    public ScreeningOutcome with(List<ScreeningHit> more) {
        boolean raising = more.stream().anyMatch(hit -> hit.channel() != Channel.GREEN);
        boolean random = randomlySelected && !raising;
        Channel next = randomlySelected && raising ? Channel.GREEN : channel;
        for (ScreeningHit hit : more) {
            next = next.atLeast(hit.channel());
        }
        return new ScreeningOutcome(listVersion, java.util.stream.Stream.concat(hits.stream(), more.stream()).toList(),
                next, random, thresholds, suppressed);
    }
}
