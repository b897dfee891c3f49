package org.borderledger.consignment;

import java.util.Locale;
import java.util.stream.Collectors;
import org.borderledger.consignment.api.OriginCondition;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.screening.ScreeningOutcome;

/** The reason text of an automatic hold: every hit that calls for one, in words an officer reads. */
final class ScreeningSummary {

    private ScreeningSummary() {
    }

    static String of(ScreeningOutcome outcome) {
        return "Automatic hold by screening (list version " + outcome.listVersion() + "): "
                + outcome.hits().stream().filter(ScreeningHit::requiresHold).map(ScreeningSummary::describe)
                .collect(Collectors.joining("; "));
    }

    /** One party hit in words: who was declared as what, which entry it matched, how and how closely. */
    static String describe(ScreeningHit.PartyHit party) {
        return String.format(Locale.ROOT, "%s '%s' %s denied party '%s' (%s %s, %s, %s score %.2f)",
                party.role().name().toLowerCase(Locale.ROOT), party.declaredName(),
                party.requiresHold() ? "matches" : "may be", party.listedName(), party.listName(), party.entryId(),
                party.programme(), party.matchedOn().toLowerCase(Locale.ROOT), party.score());
    }

    private static String describe(ScreeningHit hit) {
        if (hit instanceof ScreeningHit.PartyHit party) {
            return describe(party);
        }
        ScreeningHit.GoodsHit goods = (ScreeningHit.GoodsHit) hit;
        return String.format(Locale.ROOT, "goods line %d (HS %s%s) under %s %s %s for %s%s: %s",
                goods.lineNumber(), goods.hsCode(), origin(goods.originCondition()), goods.listName(), goods.entryId(),
                goods.measure(), goods.country(), goods.viaRoute() ? " on the route" : "", goods.legalBasis());
    }

    /** The origin condition the line met, if the measure had one. */
    private static String origin(OriginCondition condition) {
        if (condition == null) {
            return "";
        }
        return ", origin " + condition.origin() + (condition.only()
                ? ": the measure applies to origin " + String.join(", ", condition.origins()) + " only"
                : ": the measure excludes origin " + String.join(", ", condition.excludedOrigins()));
    }
}
