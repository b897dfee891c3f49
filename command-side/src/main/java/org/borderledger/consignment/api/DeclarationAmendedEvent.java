package org.borderledger.consignment.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The declarant's particulars were replaced; {@code changedParts} names what differs from before. */
@Revision("1")
public record DeclarationAmendedEvent(String consignmentId, Declaration declaration, List<String> changedParts, String reason, ConsignmentStatus status) implements ConsignmentEvent {

    public DeclarationAmendedEvent {
        changedParts = List.copyOf(changedParts);
    }
}
