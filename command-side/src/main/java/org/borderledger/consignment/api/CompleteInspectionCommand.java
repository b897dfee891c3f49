package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Complete the inspection with its outcome. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record CompleteInspectionCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, InspectionOutcome outcome, String note) implements VersionedCommand {

    public CompleteInspectionCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        if (outcome == null) {
            throw InvalidValueException.required("outcome", "Outcome of the inspection");
        }
        note = FreeText.optional("note", "Note", note, 1000);
    }
}
