package org.borderledger.screening;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A stored event that cannot be read back, named so that an operator can find it in
 * {@code DomainEventEntry}: its global index ({@code -1} when it could not be looked up), aggregate,
 * sequence number, stored payload type and event id, and why it cannot be read.
 */
public record UnreadableEvent(long globalIndex, String aggregateIdentifier, long sequenceNumber, String payloadType,
                              String eventIdentifier, String cause) {

    static UnreadableEvent of(DomainEventMessage<?> message, long globalIndex, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = String.valueOf(root.getMessage());
        return new UnreadableEvent(globalIndex, message.getAggregateIdentifier(), message.getSequenceNumber(),
                message.getPayloadType().getName(), message.getIdentifier(),
                cause.length() <= 300 ? cause : cause.substring(0, 300) + "...");
    }

    /** One line for logs and health: everything an operator needs to find the row. */
    public String describe() {
        return "event at global index " + globalIndex + " (aggregate " + aggregateIdentifier + ", sequence number "
                + sequenceNumber + ", type " + payloadType + ", event id " + eventIdentifier + ") cannot be read: " + cause;
    }
}
