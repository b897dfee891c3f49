package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** An officer confirms that the party in {@code role} is the listed entry {@code entryId}: the goods are held. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record ConfirmPossibleMatchCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, PartyRole role, String entryId) implements VersionedCommand {

    public ConfirmPossibleMatchCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        role = PossibleMatchIds.requireRole(role);
        entryId = PossibleMatchIds.requireEntryId(entryId);
    }
}
