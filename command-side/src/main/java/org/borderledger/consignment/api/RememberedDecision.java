package org.borderledger.consignment.api;

import java.util.Locale;
import java.util.Objects;

/**
 * What a person decided about one party hit of a consignment, kept so that a later screening does
 * not undo it: the hit's role, declared party and list entry, the entry's content hash when decided,
 * the decision and the sequence number of the event that recorded it.
 */
public record RememberedDecision(PartyRole role, String declaredParty, String entryId, String entryHash, Kind kind,
                                 long sequence) {

    public enum Kind {
        /** An officer confirmed a possible match: it became a sanctions hold. */
        CONFIRMED,
        /** An officer dismissed a possible match as a different party. */
        DISMISSED,
        /** A supervisor lifted the sanctions hold that stood for this hit. */
        LIFTED
    }

    public RememberedDecision {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(kind, "kind");
    }

    public static RememberedDecision of(ScreeningHit.PartyHit hit, Kind kind, long sequence) {
        return new RememberedDecision(hit.role(), hit.declaredParty(), hit.entryId(), hit.entryHash(), kind, sequence);
    }

    /** The same party (by role) against the same entry: whatever their content, one decision stands for both. */
    public static String key(PartyRole role, String entryId) {
        return role + "/" + entryId;
    }

    public String key() {
        return key(role, entryId);
    }

    /** Whether {@code hit} is what was decided: same role, declared party, entry and entry content. */
    public boolean concerns(ScreeningHit.PartyHit hit) {
        // A hit stored before hashes and party keys were recorded (null) is never taken for a decided one.
        return hit.role() == role && hit.entryId().equals(entryId) && hit.entryHash() != null
                && hit.entryHash().equals(entryHash) && hit.declaredParty() != null
                && hit.declaredParty().equals(declaredParty);
    }

    /** Whether a later screening must keep {@code hit} quiet: it was dismissed or its hold lifted, and nothing changed. */
    public boolean suppresses(ScreeningHit.PartyHit hit) {
        return kind != Kind.CONFIRMED && concerns(hit);
    }

    /**
     * A declared party as decisions remember it: the name with case and spacing folded (a retyped
     * name is the same party) and the identifier without separators; another name or identifier is
     * another party, whose hits are raised again.
     */
    public static String declaredParty(Party party) {
        String name = party.name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        BusinessIdentifier id = party.identifier();
        return id == null ? name : name + " | " + id.key();
    }
}
