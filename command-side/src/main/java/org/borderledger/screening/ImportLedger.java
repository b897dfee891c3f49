package org.borderledger.screening;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.borderledger.consignment.api.Declaration;

/**
 * Every goods line of every import declared and not cancelled, for the re-export check of later
 * exports. Written in the transaction of the command that declares, amends or cancels the import, so
 * an export declared right after sees it; rebuilt from the events by {@link ImportLedgerRebuild}.
 */
public interface ImportLedger {

    /**
     * Keeps the lines of the consignment's declaration, declared at {@code declaredAt}, in place of
     * those kept before; a declaration that is (no longer) an import keeps none.
     */
    void record(String consignmentId, Declaration declaration, Instant declaredAt);

    /** The consignment's declaration was cancelled: none of its lines count any more. */
    void withdraw(String consignmentId);

    /**
     * The import lines under one of {@code hs6} declared from {@code from} up to, not including,
     * {@code until} whose importer has one of {@code partyKeys}: the candidates the re-export check
     * judges (it judges every condition itself).
     */
    List<LedgerImport> candidates(Collection<String> hs6, Collection<String> partyKeys, Instant from, Instant until);
}
