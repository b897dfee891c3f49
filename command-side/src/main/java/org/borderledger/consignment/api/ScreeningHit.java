package org.borderledger.consignment.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One reason the screening found: a controlled-goods entry or a denied party, with what matched what. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScreeningHit.GoodsHit.class, name = "GOODS"),
        @JsonSubTypes.Type(value = ScreeningHit.PartyHit.class, name = "PARTY")
})
public sealed interface ScreeningHit {

    /** The channel this hit calls for on its own. */
    Channel channel();

    /** Whether this hit on its own places an automatic hold. */
    boolean requiresHold();

    /**
     * A goods line whose HS code falls under a controlled-goods entry for a country the goods go to
     * or through. {@code viaRoute} is true when the country is a route country, not the declared
     * destination (transshipment).
     */
    record GoodsHit(int lineNumber, String hsCode, String listName, String entryId, String hsPrefix,
                    Measure measure, String legalBasis, String country, boolean viaRoute, String label)
            implements ScreeningHit {
        @Override
        public Channel channel() {
            return measure.channel();
        }

        @Override
        public boolean requiresHold() {
            return measure == Measure.BAN;
        }
    }

    /**
     * A party on the declaration that matches a denied-party entry. {@code matchedOn} says whether
     * the name (with {@code matchedName}, the listed name or alias that matched) or an identifier
     * matched; {@code score} is the similarity from 0 to 1.
     */
    record PartyHit(PartyRole role, String declaredName, String listName, String entryId, String listedName,
                    String matchedName, String programme, String matchedOn, double score)
            implements ScreeningHit {
        @Override
        public Channel channel() {
            return Channel.RED;
        }

        @Override
        public boolean requiresHold() {
            return true;
        }
    }
}
