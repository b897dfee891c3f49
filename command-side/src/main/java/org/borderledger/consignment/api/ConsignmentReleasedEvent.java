package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/** The goods were released; terminal. */
@Revision("1")
public record ConsignmentReleasedEvent(String consignmentId, String reference, Channel channel, String note, ConsignmentStatus status) implements ConsignmentEvent {
}
