package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.AllowedRoles;
import org.borderledger.actor.Role;

/** Hold the goods; several holds may be open at once, each decided on its own. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record PlaceHoldCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, String holdId, HoldReason reason, String text) implements VersionedCommand {

    public PlaceHoldCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        holdId = ConsignmentIds.require("holdId", "Hold id", holdId);
        if (reason == null) {
            throw new InvalidValueException("reason", "Reason code for the hold is required");
        }
        text = FreeText.required("text", "Why the goods are held", text, 2000);
    }
}
