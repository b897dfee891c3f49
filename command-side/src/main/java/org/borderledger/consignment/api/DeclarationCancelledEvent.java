package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/** The declaration was withdrawn before any inspection; terminal. */
@Revision("1")
public record DeclarationCancelledEvent(String consignmentId, String reference, String reason, ConsignmentStatus status) implements ConsignmentEvent {
}
