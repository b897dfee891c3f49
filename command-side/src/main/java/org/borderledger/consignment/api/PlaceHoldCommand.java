package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Hold the goods; several holds may be open at once, each decided on its own. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record PlaceHoldCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, String holdId, HoldReason reason, String text) implements VersionedCommand {

    /** Prefix of the ids of automatic holds, which screening numbers AUTO-1, AUTO-2, ...; no person may use it. */
    public static final String AUTOMATIC_PREFIX = "AUTO-";
    /** Prefix of the ids of holds placed by confirming a possible match (MATCH-1, ...); no person may use it. */
    public static final String CONFIRMED_MATCH_PREFIX = "MATCH-";

    public PlaceHoldCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        holdId = ConsignmentIds.require("holdId", "Hold id", holdId);
        String upper = holdId.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith(AUTOMATIC_PREFIX) || upper.startsWith(CONFIRMED_MATCH_PREFIX)) {
            throw new InvalidValueException("holdId", "holdIdReserved", java.util.Map.of("value", holdId), "Hold ids starting with " + AUTOMATIC_PREFIX + " or "
                    + CONFIRMED_MATCH_PREFIX + " are reserved for holds placed by screening");
        }
        if (reason == null) {
            throw InvalidValueException.required("reason", "Reason code for the hold");
        }
        text = FreeText.required("text", "Why the goods are held", text, 2000);
    }
}
