package org.borderledger.screening;

import java.nio.charset.StandardCharsets;
import org.borderledger.consignment.api.Channel;

/**
 * Shares of consignments without any hit that are still sent to YELLOW or RED at random, so that
 * a clean record is no guarantee of passing unchecked. The draw is derived from the consignment id
 * alone (FNV-1a over its UTF-8 bytes, then the SplitMix64 finaliser), written out here rather than
 * taken from a JDK generator whose algorithm is not specified: a replay, on any JVM, gives the same
 * channel.
 */
public record RandomCheckPolicy(double yellowShare, double redShare) {

    /** No random checks: only hits decide. */
    public static final RandomCheckPolicy NONE = new RandomCheckPolicy(0, 0);

    public RandomCheckPolicy {
        if (!(yellowShare >= 0 && yellowShare <= 1) || !(redShare >= 0 && redShare <= 1) || yellowShare + redShare > 1) {
            throw new IllegalArgumentException("Random check shares must be between 0 and 1 and add up to at most 1: yellow "
                    + yellowShare + ", red " + redShare);
        }
    }

    /** GREEN, or YELLOW/RED for the selected share of consignment ids. */
    public Channel draw(String consignmentId) {
        double u = uniform(consignmentId);
        if (u < redShare) {
            return Channel.RED;
        }
        if (u < redShare + yellowShare) {
            return Channel.YELLOW;
        }
        return Channel.GREEN;
    }

    /** A number in [0, 1) fixed by the consignment id. */
    static double uniform(String consignmentId) {
        if (consignmentId == null || consignmentId.isBlank()) {
            throw new IllegalArgumentException("Consignment id is required to seed the random check");
        }
        long hash = 0xcbf29ce484222325L; // FNV-1a 64-bit offset basis
        for (byte b : consignmentId.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L; // FNV prime
        }
        // SplitMix64 finaliser: spreads ids that differ in one character over the whole range.
        long z = hash + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
