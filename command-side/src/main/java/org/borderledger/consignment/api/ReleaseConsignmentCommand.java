package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Release cleared goods with no hold open. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record ReleaseConsignmentCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, String note) implements VersionedCommand {

    public ReleaseConsignmentCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        note = FreeText.optional("note", "Note", note, 1000);
    }
}
