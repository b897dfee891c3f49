package org.borderledger.checkpoint.api;

/** What was done to the store behind the application's back, as far as the ledger and the checkpoints can tell. */
public enum TamperingKind {
    /** A column of the event changed; its own hash no longer matches it. */
    EDITED,
    /** The event changed and its hashes were recomputed to fit: only the sealed record shows it. */
    REWRITTEN,
    /** An event in the middle of a consignment's history is gone. */
    DELETED_MIDDLE,
    /** The last sealed event of a consignment is gone. */
    DELETED_LAST,
    /** Every sealed event of a consignment is gone. */
    DELETED_STREAM,
    /** A row sits at a position where no event was sealed. */
    INSERTED,
    /** The position holds another event than the one sealed there. */
    REORDERED,
    /** A sealed record was changed without its running hash. */
    SEAL_ALTERED,
    /** Events and sealed records were rewritten together; only the signed checkpoints show it, between two positions. */
    HISTORY_REWRITTEN,
    /** A stored checkpoint's signature does not fit its content: forged or altered. */
    CHECKPOINT_FORGED,
    /** The checkpoint checked against is no longer among the stored ones, or the stored one at its position differs. */
    CHECKPOINT_REMOVED
}
