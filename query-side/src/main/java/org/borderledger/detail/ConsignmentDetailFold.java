package org.borderledger.detail;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.DeclarationCancelledEvent;
import org.borderledger.consignment.api.DocumentCheckRecordedEvent;
import org.borderledger.consignment.api.FindingRecordedEvent;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InspectionCompletedEvent;
import org.borderledger.consignment.api.InspectionStartedEvent;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.PossibleMatchConfirmedEvent;
import org.borderledger.consignment.api.PossibleMatchDismissedEvent;
import org.borderledger.consignment.api.ReexportDecidedEvent;
import org.borderledger.consignment.api.ScreeningHit.PartyHit;
import org.borderledger.consignment.api.ScreeningHit.ReexportHit;
import org.borderledger.consignment.api.TransitArrivalRecordedEvent;
import org.borderledger.consignment.api.TransitDepartedEvent;
import org.borderledger.consignment.api.TransitDischargedEvent;
import org.borderledger.consignment.api.TransitOverdueEvent;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.ConsignmentDetail.Amendment;
import org.borderledger.detail.api.ConsignmentDetail.Arrival;
import org.borderledger.detail.api.ConsignmentDetail.Cancellation;
import org.borderledger.detail.api.ConsignmentDetail.DocumentCheck;
import org.borderledger.detail.api.ConsignmentDetail.Finding;
import org.borderledger.detail.api.ConsignmentDetail.Hold;
import org.borderledger.detail.api.ConsignmentDetail.HoldReview;
import org.borderledger.detail.api.ConsignmentDetail.Inspection;
import org.borderledger.detail.api.ConsignmentDetail.PossibleMatch;
import org.borderledger.detail.api.ConsignmentDetail.PossibleReexport;
import org.borderledger.detail.api.ConsignmentDetail.ReexportVerdict;
import org.borderledger.detail.api.ConsignmentDetail.Recorded;
import org.borderledger.detail.api.ConsignmentDetail.Release;
import org.borderledger.detail.api.ConsignmentDetail.Resolution;
import org.borderledger.detail.api.ConsignmentDetail.Screening;
import org.borderledger.detail.api.ConsignmentDetail.Transit;

/**
 * The consignment detail as a pure fold over its events: the same function builds the stored
 * projection and the state as of any instant, so the two cannot disagree.
 */
final class ConsignmentDetailFold {

    private ConsignmentDetailFold() {
    }

    /** The detail after one more event; {@code previous} is null before the declaration. */
    static ConsignmentDetail apply(ConsignmentDetail previous, DomainEventMessage<?> message) {
        ConsignmentEvent event = (ConsignmentEvent) message.getPayload();
        Recorded recorded = EventOrigin.recorded(message);
        Draft draft = previous == null ? Draft.declared(event.consignmentId(), recorded.at()) : new Draft(previous);
        draft.status = event.status();
        draft.version = message.getSequenceNumber();
        draft.lastChangedAt = recorded.at();
        if (event instanceof ConsignmentDeclaredEvent declared) {
            draft.declaration = declared.declaration();
        } else if (event instanceof DeclarationAmendedEvent amended) {
            draft.declaration = amended.declaration();
            draft.amendments = plus(draft.amendments,
                    new Amendment(amended.changedParts(), amended.reason(), recorded));
        } else if (event instanceof ConsignmentScreenedEvent screened) {
            draft.channel = screened.channel();
            draft.screenings = plus(draft.screenings, new Screening(screened.trigger(), screened.listVersion(),
                    screened.hits(), screened.screenedChannel(), screened.randomlySelected(), screened.channel(),
                    recorded, screened.suppressedHits()));
            draft.possibleMatches = afterScreening(draft.possibleMatches, screened);
            draft.reexports = Stream.concat(draft.reexports.stream().filter(reexport -> reexport.decision() != null),
                    screened.hits().stream().filter(ReexportHit.class::isInstance).map(ReexportHit.class::cast)
                            .filter(hit -> hit.decidedBefore() == null).map(hit -> new PossibleReexport(hit, null))).toList();
        } else if (event instanceof ReexportDecidedEvent decided) {
            draft.reexports = replace(draft.reexports,
                    reexport -> reexport.decision() == null && reexport.hit().hs6().equals(decided.hit().hs6()),
                    reexport -> new PossibleReexport(reexport.hit(),
                            new ReexportVerdict(decided.decision(), decided.reason(), recorded)));
        } else if (event instanceof PossibleMatchConfirmedEvent confirmed) {
            draft.possibleMatches = resolved(draft.possibleMatches, confirmed.hit(),
                    new Resolution(true, confirmed.holdId(), null, recorded));
        } else if (event instanceof PossibleMatchDismissedEvent dismissed) {
            draft.possibleMatches = resolved(draft.possibleMatches, dismissed.hit(),
                    new Resolution(false, null, dismissed.reason(), recorded));
        } else if (event instanceof DocumentCheckRecordedEvent checked) {
            draft.documentChecks = plus(draft.documentChecks,
                    new DocumentCheck(checked.outcome(), checked.note(), recorded));
        } else if (event instanceof InspectionStartedEvent started) {
            draft.channel = started.channel();
            draft.inspections = plus(draft.inspections,
                    new Inspection(started.inspectionId(), started.note(), recorded, List.of(), null, null, null));
        } else if (event instanceof FindingRecordedEvent found) {
            draft.inspections = replace(draft.inspections, i -> i.inspectionId().equals(found.inspectionId()),
                    i -> new Inspection(i.inspectionId(), i.note(), i.started(), plus(i.findings(),
                            new Finding(found.findingNumber(), found.lineNumber(), found.discrepancy(),
                                    found.description(), recorded)), i.outcome(), i.completionNote(), i.completed()));
        } else if (event instanceof InspectionCompletedEvent completed) {
            draft.inspections = replace(draft.inspections, i -> i.inspectionId().equals(completed.inspectionId()),
                    i -> new Inspection(i.inspectionId(), i.note(), i.started(), i.findings(), completed.outcome(),
                            completed.note(), recorded));
        } else if (event instanceof HoldPlacedEvent placed) {
            draft.holds = plus(draft.holds, new Hold(placed.holdId(), placed.reason(), placed.text(),
                    placed.automatic(), placed.placedBy(), recorded, List.of()));
        } else if (event instanceof HoldReviewedEvent reviewed) {
            draft.holds = replace(draft.holds, h -> h.holdId().equals(reviewed.holdId()),
                    h -> new Hold(h.holdId(), h.reason(), h.text(), h.automatic(), h.placedBy(), h.placed(),
                            plus(h.reviews(), new HoldReview(reviewed.decision(), reviewed.reason(), reviewed.text(),
                                    reviewed.referredAgency(), recorded))));
        } else if (event instanceof ConsignmentReleasedEvent released) {
            draft.channel = released.channel();
            draft.release = new Release(released.note(), recorded);
        } else if (event instanceof DeclarationCancelledEvent cancelled) {
            draft.cancellation = new Cancellation(cancelled.reason(), recorded);
        } else if (event instanceof TransitDepartedEvent departed) {
            // The release at the office of departure: the goods leave it, under seal, for the exit post.
            draft.channel = departed.channel();
            draft.release = new Release(departed.note(), recorded);
            draft.transit = new Transit(recorded, null, null, null);
        } else if (event instanceof TransitOverdueEvent) {
            draft.transit = new Transit(draft.transit.departed(), recorded, draft.transit.arrival(), null);
        } else if (event instanceof TransitArrivalRecordedEvent arrived) {
            draft.transit = new Transit(draft.transit.departed(), draft.transit.overdue(), new Arrival(arrived.arrivalPost(),
                    arrived.arrivalCountry(), arrived.seals(), arrived.otherSeals(), arrived.vehicleRegistration(),
                    arrived.findings(), arrived.late(), arrived.note(), recorded), null);
        } else if (event instanceof TransitDischargedEvent) {
            draft.transit = new Transit(draft.transit.departed(), draft.transit.overdue(), draft.transit.arrival(), recorded);
        }
        return draft.detail();
    }

    /**
     * As the consignment decides it: the open possible matches are those of the latest screening,
     * less any already confirmed for the same party and entry content; resolved ones stay.
     */
    private static List<PossibleMatch> afterScreening(List<PossibleMatch> before, ConsignmentScreenedEvent screened) {
        List<PossibleMatch> resolved = before.stream().filter(match -> match.resolution() != null).toList();
        Stream<PossibleMatch> open = screened.hits().stream().filter(PartyHit.class::isInstance).map(PartyHit.class::cast)
                .filter(hit -> hit.band() == MatchBand.POSSIBLE)
                .filter(hit -> resolved.stream().noneMatch(match -> match.hit().isSameFindingAs(hit)))
                .map(hit -> new PossibleMatch(hit, null));
        return Stream.concat(resolved.stream(), open).toList();
    }

    private static List<PossibleMatch> resolved(List<PossibleMatch> matches, PartyHit hit, Resolution resolution) {
        return replace(matches, match -> match.resolution() == null && match.hit().key().equals(hit.key()),
                match -> new PossibleMatch(match.hit(), resolution));
    }

    private static <T> List<T> plus(List<T> items, T item) {
        return Stream.concat(items.stream(), Stream.of(item)).toList();
    }

    private static <T> List<T> replace(List<T> items, Predicate<T> which, UnaryOperator<T> change) {
        return items.stream().map(item -> which.test(item) ? change.apply(item) : item).toList();
    }

    /** The fields of a detail while one event is applied to them; never leaves {@link #apply}. */
    private static final class Draft {
        private final String consignmentId;
        private final Instant declaredAt;
        private Declaration declaration;
        private ConsignmentStatus status;
        private Channel channel;
        private long version;
        private Instant lastChangedAt;
        private List<Amendment> amendments;
        private List<Screening> screenings;
        private List<DocumentCheck> documentChecks;
        private List<Inspection> inspections;
        private List<Hold> holds;
        private Release release;
        private Cancellation cancellation;
        private Transit transit;
        private List<PossibleMatch> possibleMatches = List.of();
        private List<PossibleReexport> reexports = List.of();

        private Draft(ConsignmentDetail detail) {
            this(detail.consignmentId(), detail.declaredAt(), detail.amendments(), detail.screenings(),
                    detail.documentChecks(), detail.inspections(), detail.holds());
            possibleMatches = detail.possibleMatches();
            reexports = detail.reexports();
            declaration = detail.declaration();
            channel = detail.channel();
            release = detail.release();
            cancellation = detail.cancellation();
            transit = detail.transit();
        }

        private Draft(String consignmentId, Instant declaredAt, List<Amendment> amendments,
                      List<Screening> screenings, List<DocumentCheck> documentChecks, List<Inspection> inspections,
                      List<Hold> holds) {
            this.consignmentId = consignmentId;
            this.declaredAt = declaredAt;
            this.amendments = amendments;
            this.screenings = screenings;
            this.documentChecks = documentChecks;
            this.inspections = inspections;
            this.holds = holds;
        }

        static Draft declared(String consignmentId, Instant at) {
            return new Draft(consignmentId, at, List.of(), List.of(), List.of(), List.of(), List.of());
        }

        ConsignmentDetail detail() {
            return new ConsignmentDetail(consignmentId, declaration, status, channel, version, declaredAt,
                    lastChangedAt, amendments, screenings, documentChecks, inspections, holds, release, cancellation,
                    possibleMatches, reexports, transit);
        }
    }
}
