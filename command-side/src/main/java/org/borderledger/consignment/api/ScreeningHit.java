package org.borderledger.consignment.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One reason the screening found: a controlled-goods entry or a denied party, with what matched what. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScreeningHit.GoodsHit.class, name = "GOODS"),
        @JsonSubTypes.Type(value = ScreeningHit.PartyHit.class, name = "PARTY"),
        @JsonSubTypes.Type(value = ScreeningHit.ReexportHit.class, name = "REEXPORT")
})
public sealed interface ScreeningHit {

    /** The channel this hit calls for on its own. */
    Channel channel();

    /** Whether this hit on its own places an automatic hold. */
    boolean requiresHold();

    /**
     * A goods line whose HS code falls under a controlled-goods entry for a country the goods go to
     * or through. {@code viaRoute} is true when the country is a route country, not the declared
     * destination (transshipment). {@code originCondition} is the measure's origin condition the line
     * met, {@code null} for a measure of any origin (and for hits stored before origins existed).
     */
    record GoodsHit(int lineNumber, String hsCode, String listName, String entryId, String hsPrefix,
                    Measure measure, String legalBasis, String country, boolean viaRoute, String label,
                    OriginCondition originCondition)
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
     * matched; {@code score} is the similarity from 0 to 1; {@code band} whether the hit holds the goods
     * ({@link MatchBand#MATCH}) or is a possible match for an officer to resolve. {@code entryHash}
     * fingerprints the entry's content and {@code declaredParty} the declared party
     * ({@link RememberedDecision#declaredParty}), so that a decision on this hit is not undone by a
     * later screening unless one of them changed. Hits stored before bands existed read as MATCH,
     * without hash or party key.
     */
    record PartyHit(PartyRole role, String declaredName, String listName, String entryId, String listedName,
                    String matchedName, String programme, String matchedOn, double score, MatchBand band,
                    String entryHash, String declaredParty, List<MatchedWord> words)
            implements ScreeningHit {

        /** Hits stored before bands and accounts existed read as MATCH, with no account. */
        public PartyHit {
            band = band == null ? MatchBand.MATCH : band;
            words = words == null ? List.of() : List.copyOf(words);
        }

        /** A possible match asks for documents on who the trader is; a match is a sanctions case. */
        @Override
        public Channel channel() {
            return band == MatchBand.MATCH ? Channel.RED : Channel.YELLOW;
        }

        @Override
        public boolean requiresHold() {
            return band == MatchBand.MATCH;
        }

        /** The key under which a decision on this hit is remembered. */
        public String key() {
            return RememberedDecision.key(role, entryId);
        }

        /** The same declared party against the same entry with the same content (never so for hits without hashes). */
        public boolean isSameFindingAs(PartyHit other) {
            return RememberedDecision.of(this, RememberedDecision.Kind.CONFIRMED, 0).concerns(other);
        }
    }

    /**
     * A possible re-export: export lines ({@code lineNumbers}) under HS subheading {@code hs6}, controlled
     * for {@code destination} (Russia or Belarus) by measure {@code measureId}, declared at
     * {@code exportedAt} by a party linked to the importer of earlier imports of coalition-origin goods
     * under the same subheading within {@code windowDays} before it ({@code imports}, oldest first). The
     * origins were judged against the coalition list {@code coalitionVersion}. {@code balances} set what
     * was imported against what is exported, per unit. {@code decidedBefore} is set when a supervisor
     * already decided this very finding (same imports, same quantities): the hit is then recorded, not
     * raised again.
     */
    record ReexportHit(String hs6, List<Integer> lineNumbers, String destination, String listName, String measureId,
                       Instant exportedAt, int windowDays, String coalitionVersion, List<LinkedImport> imports,
                       List<UnitBalance> balances, ReexportDecision decidedBefore) implements ScreeningHit {

        public ReexportHit {
            Objects.requireNonNull(hs6, "hs6");
            lineNumbers = List.copyOf(lineNumbers);
            imports = List.copyOf(imports);
            balances = List.copyOf(balances);
        }

        /** An open possible re-export is an inspection case; one decided before calls for nothing. */
        @Override
        public Channel channel() {
            return decidedBefore == null ? Channel.RED : Channel.GREEN;
        }

        /** Release waits for a supervisor's decision, not for a hold. */
        @Override
        public boolean requiresHold() {
            return false;
        }

        /** Whether {@code other} links the same import lines, with the same quantities and values, to the same export quantities. */
        public boolean isSameFindingAs(ReexportHit other) {
            return hs6.equals(other.hs6) && destination.equals(other.destination) && balances.equals(other.balances)
                    && imports.stream().map(ReexportHit::fingerprint).toList()
                    .equals(other.imports.stream().map(ReexportHit::fingerprint).toList());
        }

        /** This hit, recorded as decided before with {@code decision}. */
        public ReexportHit decidedBefore(ReexportDecision decision) {
            return new ReexportHit(hs6, lineNumbers, destination, listName, measureId, exportedAt, windowDays,
                    coalitionVersion, imports, balances, decision);
        }

        private static String fingerprint(LinkedImport line) {
            return line.consignmentId() + "/" + line.lineNumber() + "/" + line.quantity() + "/" + line.value();
        }
    }
}
