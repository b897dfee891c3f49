package org.borderledger.consignment.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Goods declared for transit were released at the office of departure ({@code departurePost}) and are on
 * their way to {@code exitPost}, due there by {@code timeLimit}; the movement stays open until discharged.
 */
@Revision("1")
public record TransitDepartedEvent(String consignmentId, String reference, String departurePost, String exitPost,
                                   CountryCode destination, Instant timeLimit, Channel channel, String note,
                                   ConsignmentStatus status) implements ConsignmentEvent {
}
