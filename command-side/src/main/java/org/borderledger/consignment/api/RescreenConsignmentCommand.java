package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Screen an open consignment again against the list version now in force; the channel only goes up. */
@AllowedRoles({Role.SYSTEM})
public record RescreenConsignmentCommand(@TargetAggregateIdentifier String consignmentId, String listVersion) implements ConsignmentCommand {

    public RescreenConsignmentCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        listVersion = FreeText.required("listVersion", "List version", listVersion, 64);
    }
}
