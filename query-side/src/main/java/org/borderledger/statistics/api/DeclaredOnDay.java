package org.borderledger.statistics.api;

import java.time.LocalDate;
import java.util.Map;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;

/**
 * The consignments declared on one UTC day at one border post, and how many of them are in each
 * status and each channel now. Those not yet screened have no channel, so the channels may add up
 * to fewer than {@code declared}.
 */
public record DeclaredOnDay(LocalDate day, String borderPost, long declared, Map<ConsignmentStatus, Long> byStatus,
                            Map<Channel, Long> byChannel) {

    public DeclaredOnDay {
        byStatus = Map.copyOf(byStatus);
        byChannel = Map.copyOf(byChannel);
    }
}
