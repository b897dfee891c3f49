package org.borderledger.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.borderledger.audit.api.BrokenLink;
import org.borderledger.audit.api.ChainBreak;
import org.borderledger.messaging.api.EventHash;
import org.borderledger.messaging.api.StoredEventContent;

/** Follows each consignment's chain through stored events given in the order they were stored. */
final class ChainWalk {

    private record Head(long sequenceNumber, String hash) {
    }

    private static final Head BEFORE_FIRST = new Head(-1, EventHash.GENESIS);

    private final Map<String, Head> heads = new HashMap<>();
    private long eventsChecked;

    long eventsChecked() {
        return eventsChecked;
    }

    /** Checks the next stored event; empty when it extends its consignment's chain. */
    Optional<BrokenLink> check(long globalIndex, StoredEventContent event) {
        eventsChecked++;
        Head head = heads.getOrDefault(event.aggregateIdentifier(), BEFORE_FIRST);
        Optional<String> hash = EventHash.storedHash(event.metaData());
        Optional<ChainBreak> breakage = breakage(head, event, hash);
        heads.put(event.aggregateIdentifier(), new Head(event.sequenceNumber(), hash.orElse(null)));
        return breakage.map(reason -> new BrokenLink(event.aggregateIdentifier(), event.sequenceNumber(), globalIndex, reason));
    }

    private static Optional<ChainBreak> breakage(Head head, StoredEventContent event, Optional<String> hash) {
        if (event.sequenceNumber() != head.sequenceNumber() + 1) {
            return Optional.of(ChainBreak.SEQUENCE_GAP);
        }
        Optional<String> previousHash = EventHash.storedPreviousHash(event.metaData());
        if (hash.isEmpty() || previousHash.isEmpty()) {
            return Optional.of(ChainBreak.HASH_MISSING);
        }
        if (!previousHash.get().equals(head.hash())) {
            return Optional.of(ChainBreak.PREVIOUS_HASH_MISMATCH);
        }
        if (!EventHash.of(previousHash.get(), event).equals(hash.get())) {
            return Optional.of(ChainBreak.CONTENT_CHANGED);
        }
        return Optional.empty();
    }
}
