package org.borderledger.audit.api;

/** The stored event where the chain no longer holds, and why. */
public record BrokenLink(String consignmentId, long sequenceNumber, long globalIndex, ChainBreak reason) {
}
