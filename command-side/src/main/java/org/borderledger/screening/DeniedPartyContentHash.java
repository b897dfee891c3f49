package org.borderledger.screening;

import java.util.List;
import org.borderledger.messaging.api.FieldDigest;
import org.borderledger.screening.api.DeniedParty;

/**
 * SHA-256 of what a denied-party entry says about the party: its names, aliases, identifiers,
 * country and programme, each field named and length-prefixed in a fixed order. Stored with decisions
 * on a hit, it must stay the same for the same content forever, so it names its fields rather than
 * relying on a record's text (which a new component would change), and leaves out the list name and
 * entry id that key the decision anyway.
 */
public final class DeniedPartyContentHash {

    private DeniedPartyContentHash() {
    }

    public static String of(DeniedParty entry) {
        FieldDigest digest = FieldDigest.sha256();
        field(digest, "name", List.of(entry.name()));
        field(digest, "aliases", entry.aliases());
        field(digest, "identifiers", entry.identifiers().stream().map(id -> id.country().value() + ":" + id.value()).toList());
        field(digest, "country", entry.country() == null ? List.of() : List.of(entry.country().value()));
        field(digest, "programme", List.of(entry.programme()));
        return digest.hex();
    }

    /** The field's name, how many values it has, then each value: no two contents feed the same bytes. */
    private static void field(FieldDigest digest, String name, List<String> values) {
        digest.add(name).add(values.size());
        values.forEach(digest::add);
    }
}
