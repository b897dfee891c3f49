package org.borderledger.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.borderledger.screening.api.DeniedParty;

/**
 * SHA-256 of what a denied-party entry says about the party: its names, aliases, identifiers,
 * country and programme, each length-prefixed in a fixed order. Stored with decisions on a hit, it
 * must stay the same for the same content forever, so it names its fields rather than relying on a
 * record's text (which a new component would change), and leaves out the list name and entry id that
 * key the decision anyway.
 */
public final class DeniedPartyContentHash {

    private DeniedPartyContentHash() {
    }

    public static String of(DeniedParty entry) {
        MessageDigest sha256 = sha256();
        field(sha256, "name", List.of(entry.name()));
        field(sha256, "aliases", entry.aliases());
        field(sha256, "identifiers", entry.identifiers().stream().map(id -> id.country().value() + ":" + id.value()).toList());
        field(sha256, "country", entry.country() == null ? List.of() : List.of(entry.country().value()));
        field(sha256, "programme", List.of(entry.programme()));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The field's name and each value with its length before it, so no two contents encode alike. */
    private static void field(MessageDigest sha256, String name, List<String> values) {
        Stream.concat(Stream.of(name), values.stream()).forEach(value -> {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        });
        sha256.update((byte) ';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
