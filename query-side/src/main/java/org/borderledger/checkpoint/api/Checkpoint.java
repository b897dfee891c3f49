package org.borderledger.checkpoint.api;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed statement that the ledger held {@code eventCount} events up to global position
 * {@code position}, with running hash {@code ledgerHash}, at {@code madeAt}. It is also the file an
 * auditor keeps outside the system: its JSON form carries everything needed to check it later.
 * Serializable because the console carries a checkpoint just made to the next page in the session.
 *
 * @param publicKey the Ed25519 public key (X.509, base64) of the key that signed it
 * @param signature the Ed25519 signature (base64) of {@link #signedText()}
 */
public record Checkpoint(String format, long position, long eventCount, String ledgerHash, Instant madeAt,
                         String madeBy, String publicKey, String signature) implements Serializable {

    /** The version of the signed text and of the file; a reader refuses any other. */
    public static final String FORMAT = "borderledger-checkpoint/1";

    /** Exactly what the signature covers, one field a line, so it can be checked by hand with any Ed25519 tool. */
    public String signedText() {
        return String.join("\n", FORMAT, "position " + position, "events " + eventCount, "ledger-hash " + ledgerHash,
                "made-at " + madeAt, "made-by " + madeBy) + "\n";
    }

    /** The same checkpoint with its signature. */
    public Checkpoint withSignature(String signature) {
        return new Checkpoint(format, position, eventCount, ledgerHash, madeAt, madeBy, publicKey, signature);
    }

    /** SHA-256 of the public key: the short name an auditor compares with the one the system announces. */
    public String keyFingerprint() {
        return fingerprint(publicKey);
    }

    public static String fingerprint(String publicKeyBase64) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Base64.getDecoder().decode(publicKeyBase64.getBytes(StandardCharsets.US_ASCII))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        } catch (IllegalArgumentException e) {
            return "(not a key)";
        }
    }
}
