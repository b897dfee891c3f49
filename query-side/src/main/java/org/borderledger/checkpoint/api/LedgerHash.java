package org.borderledger.checkpoint.api;

import org.borderledger.messaging.api.FieldDigest;
import org.borderledger.messaging.api.StoredEventContent;

/**
 * The two hashes of the ledger: an event's, over its stored columns exactly as they are (metadata
 * included as raw bytes, hashes and all), and the running hash, over the one before it and the next
 * sealed entry's position, identity and event hash. The running hash at a position commits to every
 * event sealed up to it, in order: nothing before it can be edited, removed, added or moved without
 * changing it. Public so that a verifier outside the system can recompute both from a copy of the store.
 */
public final class LedgerHash {

    /** The running hash before the first entry. */
    public static final String START = "0".repeat(64);

    private LedgerHash() {
    }

    public static String ofEvent(StoredEventContent event) {
        return FieldDigest.sha256().addColumnsBeforeMetaData(event).add(event.metaData()).hex();
    }

    public static String next(String previous, long globalIndex, String aggregateIdentifier, long sequenceNumber, String eventHash) {
        return FieldDigest.sha256()
                .add(previous)
                .add(globalIndex)
                .add(aggregateIdentifier)
                .add(sequenceNumber)
                .add(eventHash)
                .hex();
    }
}
