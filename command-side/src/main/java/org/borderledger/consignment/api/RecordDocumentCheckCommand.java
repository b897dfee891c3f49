package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Record the result of the document check of a YELLOW consignment. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record RecordDocumentCheckCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, DocumentCheckOutcome outcome, String note) implements VersionedCommand {

    public RecordDocumentCheckCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        if (outcome == null) {
            throw InvalidValueException.required("outcome", "Outcome of the document check");
        }
        note = outcome == DocumentCheckOutcome.NOT_IN_ORDER
                ? FreeText.required("note", "What is not in order", note, 1000)
                : FreeText.optional("note", "Note", note, 1000);
    }
}
