package org.borderledger.web.lists;

import java.util.List;
import org.borderledger.rescreening.api.RescreeningOutcome;
import org.borderledger.web.holds.ScreeningHitView;

/** One consignment a version changed, as the version page lists it: the outcome and its new hits as the review form shows hits. */
record OutcomeRow(RescreeningOutcome outcome, List<ScreeningHitView> newHits) {

    static OutcomeRow of(RescreeningOutcome outcome) {
        return new OutcomeRow(outcome, outcome.newHits().stream().map(ScreeningHitView::of).toList());
    }
}
