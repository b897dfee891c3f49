package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/** A consignment was declared with these particulars. */
@Revision("1")
public record ConsignmentDeclaredEvent(String consignmentId, Declaration declaration, ConsignmentStatus status) implements ConsignmentEvent {
}
