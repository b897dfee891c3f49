package org.borderledger.checkpoint.api;

/**
 * One thing the store no longer holds as it was sealed. Event-level kinds name the consignment, its
 * sequence number and the global position; {@link TamperingKind#HISTORY_REWRITTEN} names the range of
 * positions between the last checkpoint that still holds and the first that fails.
 */
public record Tampering(TamperingKind kind, String consignmentId, Long sequenceNumber, Long globalIndex,
                        Long fromPosition, Long toPosition) {

    public static Tampering ofEvent(TamperingKind kind, String consignmentId, long sequenceNumber, long globalIndex) {
        return new Tampering(kind, consignmentId, sequenceNumber, globalIndex, null, null);
    }

    public static Tampering ofRange(TamperingKind kind, long fromPosition, long toPosition) {
        return new Tampering(kind, null, null, null, fromPosition, toPosition);
    }
}
