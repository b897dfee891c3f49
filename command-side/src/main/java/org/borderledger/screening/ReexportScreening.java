package org.borderledger.screening;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.ReexportDecidedEvent;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.screening.api.GoodsMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The re-export check as the application uses it: the lists in force, the shipped coalition
 * countries, the configured window ({@code borderledger.screening.reexport-window}) and the import
 * lines the ledger holds. All decisions are made by {@link ReexportLinker}; this class only supplies
 * its inputs.
 */
@Component
public class ReexportScreening {

    private final ScreeningListVersions versions;
    private final ImportLedger ledger;
    private final ReexportLinker linker;

    @Autowired
    public ReexportScreening(ScreeningListVersions versions, ImportLedger ledger, ScreeningProperties properties) {
        this(versions, ledger, new ReexportLinker(CoalitionCountries.shipped(), properties.reexportWindow()));
    }

    public ReexportScreening(ScreeningLists lists, ImportLedger ledger, ReexportLinker linker) {
        this(ScreeningListVersions.fixed(Objects.requireNonNull(lists, "lists")), ledger, linker);
    }

    private ReexportScreening(ScreeningListVersions versions, ImportLedger ledger, ReexportLinker linker) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.linker = Objects.requireNonNull(linker, "linker");
    }

    /**
     * {@code outcome} with the possible re-exports of the declaration, declared at {@code declaredAt},
     * added; a finding a supervisor already decided is added as decided before.
     */
    public ScreeningOutcome addTo(ScreeningOutcome outcome, Declaration declaration, Instant declaredAt,
                                  Collection<ReexportDecidedEvent> decided) {
        Map<String, GoodsMeasure> controlled = linker.controlled(declaration, versions.inForce(), declaredAt);
        if (controlled.isEmpty()) {
            return outcome;
        }
        List<LedgerImport> candidates = ledger.candidates(controlled.keySet(), ReexportLinker.partyKeys(declaration),
                declaredAt.minus(linker.window()), declaredAt);
        List<ScreeningHit> hits = List.copyOf(linker.hits(declaration, declaredAt, controlled, candidates, decided));
        return outcome.with(hits);
    }

}
