package org.borderledger.checkpoint.api;

/** The newest checkpoints, at most {@code limit} of them, and the key that signs them now. */
public record FetchCheckpointsQuery(int limit) {

    public FetchCheckpointsQuery {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
    }
}
