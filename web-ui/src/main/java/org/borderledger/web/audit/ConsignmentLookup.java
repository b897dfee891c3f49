package org.borderledger.web.audit;

import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.summary.api.ConsignmentSummary;
import org.borderledger.summary.api.ConsignmentSummaryPage;
import org.borderledger.summary.api.FetchConsignmentSummariesQuery;
import org.borderledger.web.StoredConsignments;
import org.springframework.stereotype.Component;

/**
 * Finds the consignment an auditor names: people know a consignment by its declaration reference,
 * the store by its id, so either is accepted. A reference is compared in any case, and is unique per
 * declarant only, so it can name several consignments; the auditor then picks one.
 */
@Component
class ConsignmentLookup {

    private final StoredConsignments stored;
    private final QueryGateway queries;

    ConsignmentLookup(StoredConsignments stored, QueryGateway queries) {
        this.stored = stored;
        this.queries = queries;
    }

    /**
     * What was typed, and the consignments it names: the one whose id it is, else those whose
     * reference it is. Null when nothing was typed.
     */
    Found find(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String named = typed.strip();
        if (stored.exists(named)) {
            return new Found(named, named, List.of());
        }
        List<ConsignmentSummary> byReference = withReference(named);
        if (byReference.isEmpty() && !named.equals(named.toUpperCase(Locale.ROOT))) {
            byReference = withReference(named.toUpperCase(Locale.ROOT));
        }
        return new Found(named, byReference.size() == 1 ? byReference.get(0).consignmentId() : null, byReference);
    }

    private List<ConsignmentSummary> withReference(String reference) {
        return queries.query(new FetchConsignmentSummariesQuery(reference, null, null, null, null, null, null, null, null, false,
                        0, FetchConsignmentSummariesQuery.MAX_LIMIT), ConsignmentSummaryPage.class).join().items().stream()
                .filter(summary -> summary.reference().equalsIgnoreCase(reference)).toList();
    }

    /**
     * {@code consignmentId} is set when what was typed names exactly one consignment; {@code byReference}
     * holds the consignments whose reference it is (several: the auditor picks; none and no id: unknown).
     * Public, as the pages call its methods.
     */
    public record Found(String typed, String consignmentId, List<ConsignmentSummary> byReference) {

        public boolean unknown() {
            return consignmentId == null && byReference.isEmpty();
        }

        public boolean ambiguous() {
            return byReference.size() > 1;
        }

        /** Whether it was found through its reference rather than its id. */
        public boolean throughReference() {
            return consignmentId != null && !consignmentId.equals(typed);
        }
    }
}
