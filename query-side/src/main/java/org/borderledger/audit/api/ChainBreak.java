package org.borderledger.audit.api;

/** Why a stored event no longer fits its consignment's hash chain. */
public enum ChainBreak {
    /** An event before this one is missing, or this one was renumbered. */
    SEQUENCE_GAP("sequence gap: an event before this one is missing"),
    /** Stored without a hash, or the hash was removed. */
    HASH_MISSING("no hash stored with this event"),
    /** The event before it was replaced, or this event was moved. */
    PREVIOUS_HASH_MISMATCH("previous hash does not match the event before it"),
    /** Payload, metadata or another hashed column was changed after it was stored. */
    CONTENT_CHANGED("content changed: the stored hash no longer matches");

    private final String description;

    ChainBreak(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
