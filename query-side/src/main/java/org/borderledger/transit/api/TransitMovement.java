package org.borderledger.transit.api;

import java.time.Instant;
import java.util.Set;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.TransitFinding;

/**
 * One transit movement as the transit queries answer it, from its departure. {@code overdue} is true
 * once the alert was raised; {@code lateArrival} when the goods were presented after the time limit.
 * The arrival fields are null (findings empty) until the goods were presented at a post;
 * {@code arrivalCountry} is null for a sea port. {@code holdId}, {@code holdReason} and
 * {@code holdPlacedAt} are those of the transit hold an arrival placed, null if none; {@code holdOpen}
 * while it awaits a decision.
 */
public record TransitMovement(String consignmentId, String reference, String departurePost, String exitPost,
                              CountryCode destination, Instant timeLimit, Instant departedAt, ConsignmentStatus status,
                              boolean overdue, String arrivalPost, CountryCode arrivalCountry, Instant arrivedAt,
                              Set<TransitFinding> findings, boolean lateArrival, String holdId, HoldReason holdReason,
                              Instant holdPlacedAt, boolean holdOpen, Instant lastChangedAt, long version) {

    public TransitMovement {
        findings = Set.copyOf(findings);
    }
}
