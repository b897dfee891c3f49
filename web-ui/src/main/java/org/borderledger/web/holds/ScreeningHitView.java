package org.borderledger.web.holds;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.borderledger.consignment.api.LinkedImport;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.web.Sentence;

/**
 * A screening hit as the review form and the re-screening outcomes show it: what on the declaration
 * matched which list entry, on what basis; the party's role, how it matched and the measure said in
 * the reader's language, with the origin condition the goods met, if the measure had one.
 */
public record ScreeningHitView(Sentence declared, String listed, String listName, String entryId, Sentence basis) {

    public static ScreeningHitView of(ScreeningHit hit) {
        if (hit instanceof ScreeningHit.PartyHit party) {
            return new ScreeningHitView(Sentence.of("screening.hit.party",
                    Sentence.code("consignments.partyRole." + party.role(), party.role().name()), party.declaredName()),
                    party.matchedName(), party.listName(), party.entryId(), Sentence.of("screening.basis.party",
                    party.programme(), Sentence.code("consignments.matchedOn." + party.matchedOn(), party.matchedOn())));
        }
        if (hit instanceof ScreeningHit.ReexportHit reexport) {
            return new ScreeningHitView(Sentence.of("screening.hit.reexport", reexport.lineNumbers().stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")), reexport.hs6()),
                    reexport.imports().stream().map(LinkedImport::reference).distinct().collect(Collectors.joining(", ")),
                    reexport.listName(), reexport.measureId(), Sentence.of("screening.basis.reexport",
                    reexport.destination(), reexport.imports().size(), reexport.windowDays()));
        }
        ScreeningHit.GoodsHit goods = (ScreeningHit.GoodsHit) hit;
        return new ScreeningHitView(Sentence.of("screening.hit.goods", goods.lineNumber(), goods.hsCode()), goods.label(),
                goods.listName(), goods.entryId(), new Sentence("screening.basis.goods", Arrays.asList(
                Sentence.code("consignments.measure." + goods.measure(), goods.measure().name()), goods.country(),
                goods.legalBasis()), Sentence.originNote(goods)));
    }
}
