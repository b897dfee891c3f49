package org.borderledger.checkpoint.api;

/** One stored checkpoint, by its global position; answers null when there is none. */
public record FetchCheckpointQuery(long position) {
}
