package org.borderledger.checkpoint.api;

/**
 * Checks the event store against a checkpoint: the one an auditor supplies (a file kept outside the
 * system), or the newest stored one when {@code supplied} is null.
 */
public record VerifyCheckpointQuery(Checkpoint supplied) {

    public static VerifyCheckpointQuery againstNewest() {
        return new VerifyCheckpointQuery(null);
    }
}
