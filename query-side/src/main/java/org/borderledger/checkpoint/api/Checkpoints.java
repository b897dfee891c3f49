package org.borderledger.checkpoint.api;

import java.util.List;

/**
 * Stored checkpoints, newest first, and what the ledger holds beyond the newest.
 *
 * @param signingKeyFingerprint the fingerprint of the key this system signs with now
 * @param sealedPosition        the global position sealed so far (0 when nothing is)
 */
public record Checkpoints(List<Checkpoint> newestFirst, String signingKeyFingerprint, long sealedPosition) {
}
