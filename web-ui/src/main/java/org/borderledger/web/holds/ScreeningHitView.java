package org.borderledger.web.holds;

import org.borderledger.consignment.api.ScreeningHit;

/** A screening hit as the review form and the re-screening outcomes show it: what on the declaration matched which list entry. */
public record ScreeningHitView(String declared, String listed, String listName, String entryId, String basis) {

    public static ScreeningHitView of(ScreeningHit hit) {
        if (hit instanceof ScreeningHit.PartyHit party) {
            return new ScreeningHitView(party.role() + ": " + party.declaredName(), party.matchedName(),
                    party.listName(), party.entryId(), party.programme() + " · " + party.matchedOn());
        }
        ScreeningHit.GoodsHit goods = (ScreeningHit.GoodsHit) hit;
        return new ScreeningHitView("#" + goods.lineNumber() + " HS " + goods.hsCode(), goods.label(),
                goods.listName(), goods.entryId(), goods.measure() + " · " + goods.country() + " · " + goods.legalBasis());
    }
}
