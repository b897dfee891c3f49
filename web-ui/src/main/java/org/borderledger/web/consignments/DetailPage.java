package org.borderledger.web.consignments;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import java.util.Objects;
import org.borderledger.consignment.api.BorderPosts;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.DocumentCheckOutcome;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.ReexportDecision;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.FourEyes;
import org.borderledger.consignment.api.SealCheck;
import org.borderledger.consignment.api.SealCondition;
import org.borderledger.consignment.api.TransitDetails;
import org.borderledger.consignment.api.TransitFinding;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.TimelineAction;
import org.borderledger.web.HoldDecisionSentence;
import org.borderledger.web.PeopleNames;
import org.borderledger.web.Sentence;
import org.borderledger.web.ShownTime;

/**
 * What the detail page shows: the consignment, the timeline, the actions offered with their forms
 * (as typed, after a refusal) and the refusal itself, if any. Forms are keyed by
 * {@link ActionForm#action()}.
 */
public record DetailPage(ConsignmentDetail detail, List<TimelineRow> timeline, AvailableActions actions,
                         Map<String, ActionForm> forms, Refusal refusal, PeopleNames people, ShownTime time,
                         boolean atAnotherPost, List<String> arrivalPosts) {

    /**
     * The page as {@code viewer} sees it: officers and supervisors are offered the actions of
     * consignments of their own posts; at another post they read it, and the page says why nothing is offered.
     */
    static DetailPage of(ConsignmentDetail detail, List<TimelineRow> timeline, Actor viewer, PeopleNames people,
                         Refusal refusal, ShownTime time) {
        boolean mayAct = viewer.role().includes(Role.OFFICER);
        boolean atAnotherPost = mayAct && !viewer.mayActAt(detail.postInCharge());
        // Transit goods may be presented at any post: the arrival is recorded at one of the viewer's own, by
        // someone other than who released them (FourEyes).
        boolean releasedByViewer = detail.transit() != null
                && !FourEyes.mayDecide(viewer.userId(), detail.transit().departed().by().userId());
        List<String> arrivalPosts = mayAct && !releasedByViewer ? viewer.borderPosts() : List.of();
        // The page's suggestions: ids numbered after those already used, no discrepancy until one is said.
        Map<String, Map<String, String>> suggested = Map.of(
                "inspection", Map.of("inspectionId", "INSP-" + (detail.inspections().size() + 1)),
                "finding", Map.of("discrepancy", "false"),
                "hold", Map.of("holdId", "H-" + (detail.holds().size() + 1)),
                "transit-arrival", Map.of("arrivalPost", viewer.borderPost()));
        Map<String, ActionForm> forms = new LinkedHashMap<>();
        for (String action : ActionForm.ACTIONS) {
            forms.put(action, new ActionForm(action, detail.version(), suggested.getOrDefault(action, Map.of())));
        }
        if (refusal != null && ActionForm.ACTIONS.contains(refusal.form().action())) {
            forms.put(refusal.form().action(), refusal.form());
        }
        return new DetailPage(detail, timeline, AvailableActions.of(detail, mayAct && !atAnotherPost,
                viewer.role() == Role.SUPERVISOR, !arrivalPosts.isEmpty()), forms, refusal, people, time, atAnotherPost,
                arrivalPosts);
    }

    public List<ScreeningHit.GoodsHit> goodsHits(ConsignmentDetail.Screening screening) {
        return screening.hits().stream().filter(ScreeningHit.GoodsHit.class::isInstance).map(ScreeningHit.GoodsHit.class::cast).toList();
    }

    /** The origin condition the goods hit's line met, {@code null} for a measure of any origin. */
    public Sentence originCondition(ScreeningHit.GoodsHit hit) {
        return Sentence.originCondition(hit);
    }

    public List<ScreeningHit.PartyHit> partyHits(ConsignmentDetail.Screening screening) {
        return screening.hits().stream().filter(ScreeningHit.PartyHit.class::isInstance).map(ScreeningHit.PartyHit.class::cast).toList();
    }

    public HoldReason[] holdReasons() {
        return HoldReason.values();
    }

    public DocumentCheckOutcome[] documentCheckOutcomes() {
        return DocumentCheckOutcome.values();
    }

    public InspectionOutcome[] inspectionOutcomes() {
        return InspectionOutcome.values();
    }

    public SealCondition[] sealConditions() {
        return SealCondition.values();
    }

    /** The transit part of the declaration; null for an import or export, or a transit declared without it. */
    public TransitDetails transitDetails() {
        return detail.declaration().transit();
    }

    /**
     * Whether the movement is still on the road after its time limit (held there or not, not presented at
     * exit): the overdue alert was raised, or the time limit passed a moment before the alert fires.
     */
    public boolean overdue() {
        TransitDetails transit = transitDetails();
        ConsignmentDetail.Transit movement = detail.transit();
        return transit != null && movement != null && movement.arrival() == null
                && (detail.status() == ConsignmentStatus.IN_TRANSIT || detail.status() == ConsignmentStatus.HELD)
                && (movement.overdue() != null || !transit.timeLimit().isAfter(Instant.now()));
    }

    /** What the arrival found wrong, in the order of {@link TransitFinding}; empty before an arrival. */
    public List<TransitFinding> transitFindings() {
        ConsignmentDetail.Transit transit = detail.transit();
        return transit == null || transit.arrival() == null ? List.of()
                : transit.arrival().findings().stream().sorted().toList();
    }

    /** The country a post leads to, for a movement's exit and arrival posts; null for a sea port. */
    public CountryCode countryOf(String post) {
        return BorderPosts.named(post).map(BorderPosts.BorderPost::country).orElse(null);
    }

    /** The seal's condition as found at arrival, null when the arrival did not list it. */
    public SealCondition sealFound(String sealNumber) {
        ConsignmentDetail.Transit transit = detail.transit();
        if (transit == null || transit.arrival() == null) {
            return null;
        }
        return transit.arrival().seals().stream().filter(check -> check.sealNumber().equals(sealNumber))
                .map(SealCheck::condition).findFirst().orElse(null);
    }

    /** A finding is a discrepancy or it is not; the values the finding form posts. */
    public List<String> discrepancyChoices() {
        return List.of("false", "true");
    }

    /**
     * The last change the page knows of, for the notice a person gets when the consignment changes
     * while they type: the timeline's last line, or null while the timeline has not caught up.
     */
    public TimelineRow lastChange() {
        return timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
    }

    public boolean open(ConsignmentDetail.Hold hold) {
        return AvailableActions.open(hold);
    }

    /** How a decided hold reads: as what it was, by whom, when and why. */
    public HoldDecisionSentence decision(ConsignmentDetail.HoldReview review) {
        return HoldDecisionSentence.of(review, this::name, time);
    }

    /** How a hold's text reads, from the facts behind it where it was placed by screening or a confirmed match. */
    public Sentence holdText(ConsignmentDetail.Hold hold) {
        return Sentence.holdText(hold, detail, this::name);
    }

    /**
     * What a timeline line says after its sentence: what the person wrote, except for a hold placed by
     * screening or a confirmed match, whose stored English sentence is said again from its facts.
     */
    public Sentence why(TimelineRow row) {
        String holdId = row.entry().action() == TimelineAction.HOLD_PLACED ? row.entry().details().get("holdId") : null;
        return detail.holds().stream().filter(hold -> hold.holdId().equals(holdId)).findFirst().map(this::holdText)
                .orElse(Sentence.of("holds.text.typed", Objects.toString(row.entry().why(), "")));
    }

    /** The name of the person with this user id, or the id itself when the console does not know them. */
    public String name(String userId) {
        return people.of(userId);
    }

    /**
     * Whether the page shows the form of {@code action}: when the state allows it, and after a refusal
     * of it, so that the person sees why and keeps what they typed even if the state has moved on.
     */
    public boolean offers(String action) {
        return actions.allows(action) || refusalOf(action) != null;
    }

    /**
     * Whether the page offers the amendment of the declaration: to those who may act, before a final
     * decision, and not while an inspection is open (the domain's rule, which has the last word).
     */
    public boolean amendable() {
        return actions.any() && detail.inspections().stream().allMatch(inspection -> inspection.completed() != null);
    }

    public boolean offersAny() {
        return actions.any() || refusal != null;
    }

    /** The decisions an officer takes on an open possible match, in the order their forms are shown. */
    public List<String> possibleMatchActions() {
        return ActionForm.POSSIBLE_MATCH_ACTIONS;
    }

    /** The refusal of {@code action} on the possible match of {@code hit}, if that was what was refused. */
    public Refusal refusalOf(String action, ScreeningHit.PartyHit hit) {
        Refusal refused = refusalOf(action);
        return refused != null && refused.form().concerns(hit) ? refused : null;
    }

    /** The refusal of the decision on the possible re-export of {@code hit}, if that was what was refused. */
    public Refusal refusalOf(ScreeningHit.ReexportHit hit) {
        Refusal refused = refusalOf(ActionForm.REEXPORT_DECISION);
        return refused != null && refused.form().concerns(hit) ? refused : null;
    }

    /** The decision form of the possible re-export of {@code hit}: as typed after its refusal, else empty. */
    public ActionForm reexportForm(ScreeningHit.ReexportHit hit) {
        Refusal refused = refusalOf(hit);
        return refused != null ? refused.form()
                : new ActionForm(ActionForm.REEXPORT_DECISION, detail.version(), Map.of("hs6", hit.hs6()));
    }

    /** The decisions a supervisor chooses from on a possible re-export, in the order the form offers them. */
    public ReexportDecision[] reexportDecisions() {
        return ReexportDecision.values();
    }

    /** The message for {@code action}'s form and its fields, when that form was refused. */
    public Refusal refusalOf(String action) {
        return refusal != null && refusal.form().action().equals(action) ? refusal : null;
    }

    /**
     * Why a command from {@code form} was not carried out: the domain's message, or messages by field
     * for values refused before the command was sent; for a stale version who changed the consignment,
     * when, and its version now.
     */
    public record Refusal(ActionForm form, String message, Map<String, String> fieldErrors, Stale stale) {

        public String fieldError(String field) {
            return fieldErrors.get(field);
        }
    }

    public record Stale(String changedBy, Instant changedAt, String currentVersion) {
    }
}
