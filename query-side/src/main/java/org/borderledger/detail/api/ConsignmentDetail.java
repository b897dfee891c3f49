package org.borderledger.detail.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DocumentCheckOutcome;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.ReexportDecision;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningTrigger;
import org.borderledger.consignment.api.SealCheck;
import org.borderledger.consignment.api.SuppressedHit;
import org.borderledger.consignment.api.TransitFinding;

/**
 * Everything known about one consignment after the event with sequence number {@code version}: the
 * declaration as it stands (all parties, goods lines), every screening, check, inspection and hold
 * with who did it and when, and how it ended. {@code release} and {@code cancellation} are null
 * until they happen; {@code channel} is null until the first screening. {@code transit} is null until a
 * transit declaration departs (its release at the office of departure, also shown as {@code release}).
 */
public record ConsignmentDetail(String consignmentId, Declaration declaration, ConsignmentStatus status, Channel channel,
                                long version, Instant declaredAt, Instant lastChangedAt, List<Amendment> amendments,
                                List<Screening> screenings, List<DocumentCheck> documentChecks,
                                List<Inspection> inspections, List<Hold> holds, Release release,
                                Cancellation cancellation, List<PossibleMatch> possibleMatches,
                                List<PossibleReexport> reexports, Transit transit) {

    public ConsignmentDetail {
        // Details stored before possible matches (or re-exports) existed have none.
        possibleMatches = possibleMatches == null ? List.of() : List.copyOf(possibleMatches);
        reexports = reexports == null ? List.of() : List.copyOf(reexports);
    }

    /** The possible re-exports a supervisor must decide before release. */
    public List<PossibleReexport> openReexports() {
        return reexports.stream().filter(reexport -> reexport.decision() == null).toList();
    }

    /** The possible matches an officer must resolve before release. */
    public List<PossibleMatch> openPossibleMatches() {
        return possibleMatches.stream().filter(match -> match.resolution() == null).toList();
    }

    /**
     * The post whose officers and supervisors act on the consignment: its declaration's, until transit goods
     * are presented at a post, which is in charge of them from then on (the aggregate's rule).
     */
    public String postInCharge() {
        return transit != null && transit.arrival() != null ? transit.arrival().arrivalPost() : declaration.borderPost();
    }

    /** Who did something and when; {@code by} is null for an event stored without an actor. */
    public record Recorded(Actor by, Instant at) {
    }

    public record Amendment(List<String> changedParts, String reason, Recorded recorded) {
    }

    /**
     * One screening run, with the list version it used and every hit, so the channel can be explained,
     * and the party hits it did not raise again because a person had decided them.
     */
    public record Screening(ScreeningTrigger trigger, String listVersion, List<ScreeningHit> hits,
                            Channel screenedChannel, boolean randomlySelected, Channel channel, Recorded recorded,
                            List<SuppressedHit> suppressedHits) {

        public Screening {
            suppressedHits = suppressedHits == null ? List.of() : List.copyOf(suppressedHits);
        }
    }

    public record DocumentCheck(DocumentCheckOutcome outcome, String note, Recorded recorded) {
    }

    /** {@code outcome}, {@code completionNote} and {@code completed} are null while the inspection runs. */
    public record Inspection(String inspectionId, String note, Recorded started, List<Finding> findings,
                             InspectionOutcome outcome, String completionNote, Recorded completed) {
    }

    /** {@code lineNumber} is null for a finding on the whole consignment. */
    public record Finding(int findingNumber, Integer lineNumber, boolean discrepancy, String description,
                          Recorded recorded) {
    }

    /** A hold and every decision on it in order; a referred hold is reviewed again later. */
    public record Hold(String holdId, HoldReason reason, String text, boolean automatic, String placedBy,
                       Recorded placed, List<HoldReview> reviews) {
    }

    public record HoldReview(HoldDecision decision, DecisionReason reason, String text, String referredAgency,
                             Recorded decided) {
    }

    /**
     * A party hit in band POSSIBLE and what became of it: {@code resolution} is null while it is open.
     * An open one that a later screening no longer finds is dropped; resolved ones stay as history.
     */
    public record PossibleMatch(ScreeningHit.PartyHit hit, Resolution resolution) {
    }

    /** {@code confirmed} with the hold it placed, or dismissed with the officer's reason. */
    public record Resolution(boolean confirmed, String holdId, String reason, Recorded recorded) {
    }

    /**
     * A possible re-export and what became of it: {@code decision} is null while it is open. An open one
     * that a later screening no longer raises is dropped; decided ones stay as history. {@code hit} is
     * never null: marked required, the API's contract does not let it be, which keeps it apart from the
     * other kinds of hit in a screening's list.
     */
    public record PossibleReexport(@JsonProperty(required = true) ScreeningHit.ReexportHit hit, ReexportVerdict decision) {
    }

    /** A supervisor's decision on a possible re-export, with the reason. */
    public record ReexportVerdict(ReexportDecision decision, String reason, Recorded recorded) {
    }

    public record Release(String note, Recorded recorded) {
    }

    public record Cancellation(String reason, Recorded recorded) {
    }

    /**
     * What became of a transit movement after its departure: the overdue alert, the arrival at a post,
     * the discharge; each null until it happens. The declared exit post, seals, guarantee and time
     * limit are the declaration's ({@link Declaration#transit()}).
     */
    public record Transit(Recorded departed, Recorded overdue, Arrival arrival, Recorded discharged) {
    }

    /** The goods as presented at {@code arrivalPost}: each declared seal's condition, what else was found. */
    public record Arrival(String arrivalPost, CountryCode arrivalCountry, List<SealCheck> seals, List<String> otherSeals,
                          String vehicleRegistration, Set<TransitFinding> findings, boolean late, String note,
                          Recorded recorded) {

        public Arrival {
            findings = Set.copyOf(findings);
        }
    }
}
