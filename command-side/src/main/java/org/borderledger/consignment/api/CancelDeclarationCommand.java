package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Withdraw a declaration before any inspection has started. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record CancelDeclarationCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, String reason) implements VersionedCommand {

    public CancelDeclarationCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        reason = FreeText.required("reason", "Reason for the cancellation", reason, 1000);
    }
}
