package org.borderledger.screening;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.screening.api.DeniedParty;

/**
 * A declared party found on the denied-party list: which entry, which of its names (or which
 * identifier) matched, on what basis, how closely (0 to 1), in which band, and the word-by-word
 * account of the match.
 */
public record PartyMatch(DeniedParty entry, String matchedName, MatchedOn matchedOn, double score, MatchBand band,
                         List<MatchedToken> tokens) {

    /** What the match rests on; recorded in the screening event so an officer knows how much to trust it. */
    public enum MatchedOn {
        /** The names are similar enough and nothing contradicts them. */
        NAME,
        /** Both sides carry the same identifier of the same country: the name does not matter. */
        IDENTIFIER,
        /** The names are all but identical although the same-country identifiers differ. */
        NAME_IDENTIFIER_DIFFERS
    }

    public PartyMatch {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(matchedName, "matchedName");
        Objects.requireNonNull(matchedOn, "matchedOn");
        Objects.requireNonNull(band, "band");
        tokens = List.copyOf(tokens);
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be between 0 and 1: " + score);
        }
    }

    /** The account in one line: "Ромашка = Romashka (same in another script); Трейд = Trade (English word written in Cyrillic)". */
    public String explanation() {
        return tokens.stream().map(MatchedToken::toString).collect(Collectors.joining("; "));
    }
}
