package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** A supervisor decides on a hold they did not place: lift, seize, refuse or refer. */
@AllowedRoles({Role.SUPERVISOR})
public record ReviewHoldCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, String holdId, HoldDecision decision, DecisionReason reason, String text, String referredAgency) implements VersionedCommand {

    public ReviewHoldCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        holdId = ConsignmentIds.require("holdId", "Hold id", holdId);
        if (decision == null) {
            throw InvalidValueException.required("decision", "Decision (lift, seize, refuse or refer)");
        }
        if (reason == null) {
            throw InvalidValueException.required("reason", "Reason code for the decision");
        }
        text = FreeText.required("text", "Written reasons for the decision", text, 2000);
        referredAgency = decision == HoldDecision.REFER
                ? FreeText.required("referredAgency", "Agency the hold is referred to", referredAgency, 200)
                : FreeText.optional("referredAgency", "Agency", referredAgency, 200);
        if (decision != HoldDecision.REFER && !referredAgency.isEmpty()) {
            // a lifted, seized or refused hold named with an agency would read as a referral
            throw new InvalidValueException("referredAgency", "agencyOnlyForReferral", java.util.Map.of("decision", decision.name()),
                    "An agency is named only when referring a hold; "
                    + decision + " carries none");
        }
    }
}
