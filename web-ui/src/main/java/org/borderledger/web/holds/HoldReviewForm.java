package org.borderledger.web.holds;

import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.HoldDecision;

/**
 * What the supervisor filled in on the review form, kept as typed when the decision is refused. Codes
 * arrive as text so that a value no select offers is refused by the command, next to its field, like
 * a missing one. The version is the one the page showed; a request without it reads as no known version.
 */
record HoldReviewForm(String decision, String reason, String text, String referredAgency, Long expectedVersion) {

    /** Public for the page, which offers the reasons and fields of the chosen decision. */
    public HoldDecision decisionCode() {
        return Codes.parse(HoldDecision.class, decision);
    }

    DecisionReason reasonCode() {
        return Codes.parse(DecisionReason.class, reason);
    }

    long versionSeen() {
        return expectedVersion == null ? -1 : expectedVersion;
    }
}
