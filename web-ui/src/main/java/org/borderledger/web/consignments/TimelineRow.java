package org.borderledger.web.consignments;

import java.util.List;
import java.util.Map;
import org.borderledger.detail.api.TimelineAction;
import org.borderledger.detail.api.TimelineEntry;

/**
 * One line of the timeline as the page shows it: the entry, the name of the person behind it (their
 * user id when the console does not know them), and its sentence: the message key of its action
 * with the facts that sentence names, in the order of its placeholders.
 */
public record TimelineRow(TimelineEntry entry, String who, String messageKey, List<String> arguments) {

    private static final Map<TimelineAction, List<String>> FACTS = Map.ofEntries(
            Map.entry(TimelineAction.DECLARED, List.of("reference", "direction", "borderPost", "destination", "goodsLines")),
            Map.entry(TimelineAction.SCREENED, List.of("channel", "listVersion", "hitCount", "trigger")),
            Map.entry(TimelineAction.AMENDED, List.of("changedParts")),
            Map.entry(TimelineAction.DOCUMENTS_CHECKED, List.of("outcome")),
            Map.entry(TimelineAction.INSPECTION_STARTED, List.of("inspectionId")),
            Map.entry(TimelineAction.FINDING_RECORDED, List.of("findingNumber", "inspectionId", "lineNumber", "discrepancy", "finding")),
            Map.entry(TimelineAction.INSPECTION_COMPLETED, List.of("inspectionId", "outcome", "findingCount")),
            Map.entry(TimelineAction.HOLD_PLACED, List.of("holdId", "reason", "placedBy", "automatic")),
            Map.entry(TimelineAction.HOLD_REVIEWED, List.of("holdId", "decision", "reason", "referredAgency", "openHolds")),
            Map.entry(TimelineAction.RELEASED, List.of("channel")),
            Map.entry(TimelineAction.CANCELLED, List.of("status")));

    static TimelineRow of(TimelineEntry entry, Map<String, String> names) {
        String who = entry.actor() == null ? null : names.getOrDefault(entry.actor().userId(), entry.actor().userId());
        List<String> arguments = FACTS.get(entry.action()).stream()
                .map(fact -> entry.details().getOrDefault(fact, "–")).toList();
        return new TimelineRow(entry, who, "consignments.timeline." + entry.action(), arguments);
    }

    /** The arguments as {@code #messages.msgWithParams} takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
