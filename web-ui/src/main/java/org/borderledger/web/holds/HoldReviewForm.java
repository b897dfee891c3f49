package org.borderledger.web.holds;

import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.HoldDecision;

/**
 * What the supervisor filled in on the review form, kept as typed when the decision is refused. The
 * version is the one the page showed; a request without it is refused as a page of no known version.
 */
record HoldReviewForm(HoldDecision decision, DecisionReason reason, String text, String referredAgency,
                      Long expectedVersion) {

    long versionSeen() {
        return expectedVersion == null ? -1 : expectedVersion;
    }
}
