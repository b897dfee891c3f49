package org.borderledger.summary.api;

import java.time.Instant;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Direction;

/**
 * One consignment at a glance, as the work lists show it. {@code channel} is null until screening
 * has run; {@code version} is the consignment's version, to be sent back with the next command.
 */
public record ConsignmentSummary(String consignmentId, String reference, String declarantName, String exporterName,
                                 String consigneeName, Direction direction, String borderPost,
                                 String destinationCountry, ConsignmentStatus status, Channel channel,
                                 int openHoldCount, Instant declaredAt, Instant lastChangedAt, Instant releasedAt,
                                 long version) {
}
