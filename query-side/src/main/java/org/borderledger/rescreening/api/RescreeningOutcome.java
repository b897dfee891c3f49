package org.borderledger.rescreening.api;

import java.time.Instant;
import java.util.List;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.ScreeningHit;

/**
 * What re-screening one consignment against a version changed: the channel before and after, the
 * hits its previous screening did not have, and the automatic hold it placed ({@code holdReason}, null
 * when none).
 */
public record RescreeningOutcome(String consignmentId, String reference, String borderPost, Channel previousChannel,
                                 Channel channel, List<ScreeningHit> newHits, HoldReason holdReason, Instant screenedAt) {

    public RescreeningOutcome {
        newHits = List.copyOf(newHits);
    }

    public boolean channelRaised() {
        return previousChannel != null && channel.compareTo(previousChannel) > 0;
    }
}
