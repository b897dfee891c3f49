package org.borderledger.web.consignments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderledger.detail.api.TimelineAction;
import org.borderledger.detail.api.TimelineEntry;
import org.borderledger.web.PeopleNames;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One line of the timeline as the page shows it: the entry, the name of the person behind it (their
 * user id when the console does not know them), and its sentence: the message key of its action
 * with the facts that sentence names, in the order of its placeholders. A fact that is a code
 * (status, channel, reason...) is an argument the message source translates in turn; a person is
 * named.
 */
public record TimelineRow(TimelineEntry entry, String who, String messageKey, List<Object> arguments) {

    private static final Map<TimelineAction, List<Fact>> FACTS = Map.ofEntries(
            Map.entry(TimelineAction.DECLARED, List.of(Fact.text("reference"), Fact.code("direction", "direction"),
                    Fact.text("borderPost"), Fact.text("destination"), Fact.text("goodsLines"))),
            Map.entry(TimelineAction.SCREENED, List.of(Fact.code("channel", "channel"), Fact.text("listVersion"),
                    Fact.text("hitCount"), Fact.code("trigger", "trigger"))),
            Map.entry(TimelineAction.AMENDED, List.of(Fact.text("changedParts"))),
            Map.entry(TimelineAction.DOCUMENTS_CHECKED, List.of(Fact.code("outcome", "documentCheck"))),
            Map.entry(TimelineAction.INSPECTION_STARTED, List.of(Fact.text("inspectionId"))),
            Map.entry(TimelineAction.FINDING_RECORDED, List.of(Fact.text("findingNumber"), Fact.text("inspectionId"),
                    Fact.text("lineNumber"), Fact.code("discrepancy", "discrepancy"), Fact.text("finding"))),
            Map.entry(TimelineAction.INSPECTION_COMPLETED, List.of(Fact.text("inspectionId"), Fact.code("outcome", "inspection"),
                    Fact.text("findingCount"))),
            Map.entry(TimelineAction.HOLD_PLACED, List.of(Fact.text("holdId"), Fact.code("reason", "holdReason"),
                    Fact.person("placedBy"), Fact.code("automatic", "discrepancy"))),
            Map.entry(TimelineAction.HOLD_REVIEWED, List.of(Fact.text("holdId"),
                    Fact.code("reason", "decisionReason"), Fact.text("referredAgency"), Fact.text("openHolds"))),
            Map.entry(TimelineAction.RELEASED, List.of(Fact.code("channel", "channel"))),
            Map.entry(TimelineAction.CANCELLED, List.of(Fact.code("status", "status"))),
            Map.entry(TimelineAction.POSSIBLE_MATCH_CONFIRMED, Stream.concat(Fact.possibleMatch().stream(),
                    Stream.of(Fact.text("holdId"))).toList()),
            Map.entry(TimelineAction.POSSIBLE_MATCH_DISMISSED, Fact.possibleMatch()),
            Map.entry(TimelineAction.REEXPORT_DECIDED, List.of(Fact.text("hs6"), Fact.text("destination"),
                    Fact.text("linkedImports"), Fact.code("decision", "reexportDecision"))),
            Map.entry(TimelineAction.TRANSIT_DEPARTED, List.of(Fact.text("departurePost"), Fact.text("exitPost"),
                    Fact.text("destination"), Fact.code("channel", "channel"))),
            Map.entry(TimelineAction.TRANSIT_OVERDUE, List.of(Fact.text("exitPost"))),
            Map.entry(TimelineAction.TRANSIT_ARRIVED, List.of(Fact.text("arrivalPost"), Fact.text("arrivalCountry"),
                    Fact.text("findingCount"))),
            Map.entry(TimelineAction.TRANSIT_DISCHARGED, List.of(Fact.text("exitPost"))));

    static TimelineRow of(TimelineEntry entry, PeopleNames people) {
        String who = entry.actor() == null ? null : people.of(entry.actor().userId());
        List<Object> arguments = FACTS.get(entry.action()).stream().map(fact -> fact.argument(entry.details(), people)).toList();
        return new TimelineRow(entry, who, messageKey(entry), arguments);
    }

    /** A hold review reads as the decision it was: lifted, seized, exit refused or referred. */
    private static String messageKey(TimelineEntry entry) {
        String key = "consignments.timeline." + entry.action();
        return entry.action() == TimelineAction.HOLD_REVIEWED ? key + "." + entry.details().get("decision") : key;
    }

    /** The arguments as {@code #messages.msgWithParams} takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }

    /** A fact named in a sentence: as it is, as a code under {@code consignments.<codes>.}, or a person's user id. */
    private record Fact(String name, String codes, boolean person) {

        static Fact text(String name) {
            return new Fact(name, null, false);
        }

        static Fact code(String name, String codes) {
            return new Fact(name, codes, false);
        }

        static Fact person(String name) {
            return new Fact(name, null, true);
        }

        /** Who was declared as what, against which list entry, how closely. */
        static List<Fact> possibleMatch() {
            return List.of(code("role", "partyRole"), text("declaredName"), text("listName"), text("entryId"),
                    text("listedName"), text("score"));
        }

        /** A missing fact reads as a dash; an unknown code as itself. */
        Object argument(Map<String, String> details, PeopleNames people) {
            String value = details.get(name);
            if (value == null) {
                return "–";
            }
            if (person) {
                return people.of(value);
            }
            return codes == null ? value
                    : new DefaultMessageSourceResolvable(new String[] {"consignments." + codes + "." + value}, value);
        }
    }
}
