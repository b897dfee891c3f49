package org.borderledger.rescreening;

import java.util.List;
import org.borderledger.consignment.api.ScreeningHit;

/**
 * What makes two hits of two screenings the same finding: the same party (by its role) or goods line
 * against the same list entry (and, for goods, the same country). A score or a label that changed with
 * the list does not make a hit new.
 */
final class HitKeys {

    private HitKeys() {
    }

    static String of(ScreeningHit hit) {
        if (hit instanceof ScreeningHit.PartyHit party) {
            return "PARTY/" + party.role() + "/" + party.listName() + "/" + party.entryId();
        }
        if (hit instanceof ScreeningHit.ReexportHit reexport) {
            return "REEXPORT/" + reexport.hs6() + "/" + reexport.destination();
        }
        ScreeningHit.GoodsHit goods = (ScreeningHit.GoodsHit) hit;
        return "GOODS/" + goods.lineNumber() + "/" + goods.listName() + "/" + goods.entryId() + "/" + goods.country();
    }

    static List<String> of(List<ScreeningHit> hits) {
        return hits.stream().map(HitKeys::of).distinct().sorted().toList();
    }
}
