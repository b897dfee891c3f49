package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** An officer dismisses the possible match of the party in {@code role} with entry {@code entryId} as a different party. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record DismissPossibleMatchCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, PartyRole role, String entryId, String reason) implements VersionedCommand {

    public static final int MAX_REASON = 1000;

    public DismissPossibleMatchCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        role = PossibleMatchIds.requireRole(role);
        entryId = PossibleMatchIds.requireEntryId(entryId);
        reason = FreeText.required("reason", "Why the party is not the listed one", reason, MAX_REASON);
    }
}
