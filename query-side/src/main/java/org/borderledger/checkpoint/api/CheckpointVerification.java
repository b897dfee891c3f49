package org.borderledger.checkpoint.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The store checked against one checkpoint.
 *
 * @param checkpoint          what was checked against; null when no checkpoint exists yet
 * @param signatureValid      the checkpoint's signature fits its content
 * @param keyTrusted          it was signed by this system's key
 * @param eventsChecked       events read up to the checkpoint's position
 * @param findings            the first findings in store order (at most {@link #MAX_FINDINGS})
 * @param findingsTotal       how many there are in all
 * @param checkpointsHolding  stored checkpoints on the way whose signed hash the store still reproduces
 * @param appendedAfter       events stored after the checkpoint's position: not covered by it
 * @param firstAppended       the first such position, null when there is none
 * @param lastAppended        the last such position, null when there is none
 */
public record CheckpointVerification(Checkpoint checkpoint, boolean signatureValid, boolean keyTrusted,
                                     long eventsChecked, List<Tampering> findings, long findingsTotal,
                                     long checkpointsHolding, long appendedAfter, Long firstAppended, Long lastAppended) {

    public static final int MAX_FINDINGS = 200;

    public static CheckpointVerification noCheckpoint(long appendedAfter, Long firstAppended, Long lastAppended) {
        return new CheckpointVerification(null, false, false, 0, List.of(), 0, 0, appendedAfter, firstAppended, lastAppended);
    }

    /** True when the checkpoint is genuine and the store reproduces it exactly. */
    @JsonProperty("intact")
    public boolean intact() {
        return checkpoint != null && signatureValid && keyTrusted && findingsTotal == 0;
    }
}
