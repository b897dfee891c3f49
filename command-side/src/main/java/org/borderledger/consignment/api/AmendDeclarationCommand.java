package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Replace the declared particulars before release (not while under inspection); screened again. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record AmendDeclarationCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, Declaration declaration, String reason) implements VersionedCommand {

    public AmendDeclarationCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        if (declaration == null) {
            throw InvalidValueException.required("declaration", "Declaration");
        }
        BorderPosts.require(declaration.borderPost());
        reason = FreeText.required("reason", "Reason for the amendment", reason, 1000);
    }
}
