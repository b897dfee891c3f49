package org.borderledger.checkpoint;

/** One sealed event: where it was in the global order, what it was, and the running hash up to it. */
record LedgerEntry(long globalIndex, long entryNumber, String aggregateIdentifier, long sequenceNumber,
                   String eventHash, String ledgerHash) {
}
