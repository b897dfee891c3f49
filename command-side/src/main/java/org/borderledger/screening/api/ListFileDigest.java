package org.borderledger.screening.api;

import java.io.Serializable;
import java.util.Objects;

/** One file as it was published: its name, SHA-256 (lower-case hex) and size, so an auditor can match it to the publisher's. */
public record ListFileDigest(String name, String sha256, long bytes) implements Serializable {

    public ListFileDigest {
        Objects.requireNonNull(name, "name");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("SHA-256 of " + name + " must be 64 lower-case hex digits");
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("Size of " + name + " cannot be negative");
        }
    }
}
