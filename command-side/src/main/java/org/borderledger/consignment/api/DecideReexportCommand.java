package org.borderledger.consignment.api;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** A supervisor closes the open possible re-export of the goods under {@code hs6} with a decision and its reason. */
@AllowedRoles(Role.SUPERVISOR)
public record DecideReexportCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, String hs6,
                                    ReexportDecision decision, String reason) implements VersionedCommand {

    public static final int MAX_REASON = 1000;

    public DecideReexportCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        hs6 = FreeText.required("hs6", "HS subheading (six digits)", hs6, 6);
        if (!hs6.matches("[0-9]{6}")) {
            throw new InvalidValueException("hs6", "hs6", Map.of("value", hs6), "HS subheading '" + hs6 + "' must be six digits");
        }
        if (decision == null) {
            throw InvalidValueException.required("decision", "Decision");
        }
        reason = FreeText.required("reason", "Reason for the decision", reason, MAX_REASON);
    }
}
