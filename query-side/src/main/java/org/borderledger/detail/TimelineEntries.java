package org.borderledger.detail;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.consignment.api.ConsignmentReleasedEvent;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclarationAmendedEvent;
import org.borderledger.consignment.api.DeclarationCancelledEvent;
import org.borderledger.consignment.api.DocumentCheckRecordedEvent;
import org.borderledger.consignment.api.FindingRecordedEvent;
import org.borderledger.consignment.api.HoldPlacedEvent;
import org.borderledger.consignment.api.HoldReviewedEvent;
import org.borderledger.consignment.api.InspectionCompletedEvent;
import org.borderledger.consignment.api.InspectionStartedEvent;
import org.borderledger.consignment.api.PossibleMatchConfirmedEvent;
import org.borderledger.consignment.api.PossibleMatchDismissedEvent;
import org.borderledger.consignment.api.ReexportDecidedEvent;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.TransitArrivalRecordedEvent;
import org.borderledger.consignment.api.TransitDepartedEvent;
import org.borderledger.consignment.api.TransitDischargedEvent;
import org.borderledger.consignment.api.TransitOverdueEvent;
import org.borderledger.detail.api.TimelineAction;
import org.borderledger.detail.api.TimelineEntry;

/**
 * The timeline entry of one event, as a pure function of the stored message: the projection and the
 * point-in-time view build the same entries. Details are codes and values as text, the arguments of
 * the console's localized messages; {@code why} is what the person typed.
 */
final class TimelineEntries {

    private TimelineEntries() {
    }

    static TimelineEntry of(DomainEventMessage<?> message) {
        ConsignmentEvent event = (ConsignmentEvent) message.getPayload();
        Facts facts = new Facts();
        facts.put("status", event.status());
        TimelineAction action;
        String why = null;
        if (event instanceof ConsignmentDeclaredEvent declared) {
            action = TimelineAction.DECLARED;
            Declaration declaration = declared.declaration();
            facts.put("reference", declaration.reference());
            facts.put("direction", declaration.direction());
            facts.put("borderPost", declaration.borderPost());
            facts.put("destination", declaration.countryOfDestination());
            facts.put("goodsLines", declaration.goods().size());
        } else if (event instanceof DeclarationAmendedEvent amended) {
            action = TimelineAction.AMENDED;
            facts.put("changedParts", String.join(",", amended.changedParts()));
            why = amended.reason();
        } else if (event instanceof ConsignmentScreenedEvent screened) {
            action = TimelineAction.SCREENED;
            facts.put("trigger", screened.trigger());
            facts.put("listVersion", screened.listVersion());
            facts.put("hitCount", screened.hits().size());
            facts.put("screenedChannel", screened.screenedChannel());
            facts.put("randomlySelected", screened.randomlySelected());
            facts.put("previousChannel", screened.previousChannel());
            facts.put("channel", screened.channel());
            facts.put("suppressedCount", screened.suppressedHits().size());
        } else if (event instanceof DocumentCheckRecordedEvent checked) {
            action = TimelineAction.DOCUMENTS_CHECKED;
            facts.put("outcome", checked.outcome());
            why = checked.note();
        } else if (event instanceof InspectionStartedEvent started) {
            action = TimelineAction.INSPECTION_STARTED;
            facts.put("inspectionId", started.inspectionId());
            facts.put("channel", started.channel());
            why = started.note();
        } else if (event instanceof FindingRecordedEvent found) {
            action = TimelineAction.FINDING_RECORDED;
            facts.put("inspectionId", found.inspectionId());
            facts.put("findingNumber", found.findingNumber());
            facts.put("lineNumber", found.lineNumber());
            facts.put("discrepancy", found.discrepancy());
            facts.put("finding", found.description());
        } else if (event instanceof InspectionCompletedEvent completed) {
            action = TimelineAction.INSPECTION_COMPLETED;
            facts.put("inspectionId", completed.inspectionId());
            facts.put("outcome", completed.outcome());
            facts.put("findingCount", completed.findingCount());
            why = completed.note();
        } else if (event instanceof HoldPlacedEvent placed) {
            action = TimelineAction.HOLD_PLACED;
            facts.put("holdId", placed.holdId());
            facts.put("reason", placed.reason());
            facts.put("automatic", placed.automatic());
            facts.put("placedBy", placed.placedBy());
            why = placed.text();
        } else if (event instanceof HoldReviewedEvent reviewed) {
            action = TimelineAction.HOLD_REVIEWED;
            facts.put("holdId", reviewed.holdId());
            facts.put("holdReason", reviewed.holdReason());
            facts.put("placedBy", reviewed.placedBy());
            facts.put("decision", reviewed.decision());
            facts.put("reason", reviewed.reason());
            facts.put("referredAgency", reviewed.referredAgency());
            facts.put("openHolds", reviewed.openHolds());
            why = reviewed.text();
        } else if (event instanceof ConsignmentReleasedEvent released) {
            action = TimelineAction.RELEASED;
            facts.put("channel", released.channel());
            why = released.note();
        } else if (event instanceof PossibleMatchConfirmedEvent confirmed) {
            action = TimelineAction.POSSIBLE_MATCH_CONFIRMED;
            facts.possibleMatch(confirmed.hit());
            facts.put("holdId", confirmed.holdId());
        } else if (event instanceof PossibleMatchDismissedEvent dismissed) {
            action = TimelineAction.POSSIBLE_MATCH_DISMISSED;
            facts.possibleMatch(dismissed.hit());
            why = dismissed.reason();
        } else if (event instanceof ReexportDecidedEvent decided) {
            action = TimelineAction.REEXPORT_DECIDED;
            facts.put("hs6", decided.hit().hs6());
            facts.put("destination", decided.hit().destination());
            facts.put("linkedImports", decided.hit().imports().size());
            facts.put("decision", decided.decision());
            why = decided.reason();
        } else if (event instanceof DeclarationCancelledEvent cancelled) {
            action = TimelineAction.CANCELLED;
            why = cancelled.reason();
        } else if (event instanceof TransitDepartedEvent departed) {
            action = TimelineAction.TRANSIT_DEPARTED;
            facts.put("departurePost", departed.departurePost());
            facts.put("exitPost", departed.exitPost());
            facts.put("destination", departed.destination());
            facts.put("timeLimit", departed.timeLimit());
            facts.put("channel", departed.channel());
            why = departed.note();
        } else if (event instanceof TransitOverdueEvent overdue) {
            action = TimelineAction.TRANSIT_OVERDUE;
            facts.put("exitPost", overdue.exitPost());
            facts.put("timeLimit", overdue.timeLimit());
        } else if (event instanceof TransitArrivalRecordedEvent arrived) {
            action = TimelineAction.TRANSIT_ARRIVED;
            facts.put("arrivalPost", arrived.arrivalPost());
            facts.put("arrivalCountry", arrived.arrivalCountry());
            facts.put("findings", arrived.findings().stream().sorted().map(Enum::name)
                    .collect(Collectors.joining(",")));
            facts.put("findingCount", arrived.findings().size());
            facts.put("late", arrived.late());
            why = arrived.note();
        } else if (event instanceof TransitDischargedEvent discharged) {
            action = TimelineAction.TRANSIT_DISCHARGED;
            facts.put("exitPost", discharged.exitPost());
        } else {
            throw new IllegalArgumentException("No timeline action for " + event.getClass().getName());
        }
        return new TimelineEntry(event.consignmentId(), message.getSequenceNumber(), message.getTimestamp(),
                EventOrigin.actor(message), correlationId(message), action, facts.values,
                why == null || why.isBlank() ? null : why);
    }

    private static String correlationId(DomainEventMessage<?> message) {
        Object correlationId = message.getMetaData().get("correlationId");
        return correlationId == null ? null : correlationId.toString();
    }

    /** The details of an entry as text in a stable order; a fact without a value is left out. */
    private static final class Facts {
        private final Map<String, String> values = new TreeMap<>();

        void put(String key, Object value) {
            if (value != null && !value.toString().isBlank()) {
                values.put(key, value.toString());
            }
        }

        /** Which declared party was or was not which listed one, and how closely they matched. */
        void possibleMatch(ScreeningHit.PartyHit hit) {
            put("role", hit.role());
            put("declaredName", hit.declaredName());
            put("listName", hit.listName());
            put("entryId", hit.entryId());
            put("listedName", hit.listedName());
            put("score", String.format(Locale.ROOT, "%.2f", hit.score()));
        }
    }
}
