package org.borderledger.consignment;

import java.util.Optional;

/**
 * The set of declaration references already used, per declarant. Claiming happens in the same
 * transaction as the append of the declaration's events, so two declarations racing for one
 * reference cannot both be stored.
 */
public interface DeclarationReferences {

    /**
     * Claims the reference for the consignment; returns the consignment that already holds it, if
     * any (then nothing was claimed).
     */
    Optional<String> claim(String declarantKey, String reference, String consignmentId);
}
