package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Start a physical inspection of the goods. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record StartInspectionCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, String inspectionId, String note) implements VersionedCommand {

    public StartInspectionCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        inspectionId = ConsignmentIds.require("inspectionId", "Inspection id", inspectionId);
        note = FreeText.optional("note", "Note", note, 1000);
    }
}
