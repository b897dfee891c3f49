package org.borderledger.holds.api;

import java.time.Duration;
import java.time.Instant;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.HoldReason;

/**
 * One hold awaiting a decision, as the supervisors' queue shows it. {@code age} is how long it has
 * waited when the query ran. The referral fields are null until a supervisor referred the hold to
 * another agency. {@code mayDecide} is false when the viewer placed the hold themselves (four eyes).
 */
public record HeldGoods(String consignmentId, String holdId, String reference, String borderPost, HoldReason reason,
                        String text, boolean automatic, String placedBy, Role placedByRole, Instant placedAt,
                        Duration age, String referredAgency, String referredBy, Instant referredAt,
                        boolean mayDecide) {

    public boolean referred() {
        return referredAgency != null;
    }
}
