package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.AllowedRoles;
import org.borderledger.actor.Role;

/** Declare a consignment on behalf of its declarant; screening runs as part of it. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record DeclareConsignmentCommand(@TargetAggregateIdentifier String consignmentId, Declaration declaration) implements ConsignmentCommand {

    public DeclareConsignmentCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        if (declaration == null) {
            throw new InvalidValueException("declaration", "Declaration is required");
        }
    }
}
