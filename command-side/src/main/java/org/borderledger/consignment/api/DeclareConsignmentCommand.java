package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Declare a consignment on behalf of its declarant, at a border post of the list; screening runs as part of it. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record DeclareConsignmentCommand(@TargetAggregateIdentifier String consignmentId, Declaration declaration) implements ConsignmentCommand {

    public DeclareConsignmentCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        if (declaration == null) {
            throw InvalidValueException.required("declaration", "Declaration");
        }
        BorderPosts.require(declaration.borderPost());
    }
}
