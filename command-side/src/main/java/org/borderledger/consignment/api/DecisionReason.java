package org.borderledger.consignment.api;

import static org.borderledger.consignment.api.HoldDecision.LIFT;
import static org.borderledger.consignment.api.HoldDecision.REFER;
import static org.borderledger.consignment.api.HoldDecision.REFUSE;
import static org.borderledger.consignment.api.HoldDecision.SEIZE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Why a supervisor decided a hold as they did; written, reasoned and open to appeal. Each reason
 * fits the decisions it can justify: goods are seized when prohibited or sanctioned, exit is refused
 * for a false declaration or sanctions, and only another agency's competence is a referral. The rule
 * holds for new decisions; decisions stored before it stay as they were.
 */
public enum DecisionReason {
    FALSE_POSITIVE_MATCH(LIFT),
    LICENCE_PRESENTED(LIFT),
    DOCUMENTS_CORRECTED(LIFT),
    DISCREPANCY_RESOLVED(LIFT),
    SANCTIONS_CONFIRMED(SEIZE, REFUSE),
    PROHIBITED_GOODS(SEIZE),
    FALSE_DECLARATION(REFUSE),
    AGENCY_COMPETENT(REFER),
    /** Fits any decision: the written reasons, always required, say what it is. */
    OTHER(LIFT, SEIZE, REFUSE, REFER);

    private final Set<HoldDecision> decisions;

    DecisionReason(HoldDecision first, HoldDecision... more) {
        this.decisions = EnumSet.of(first, more);
    }

    public boolean fits(HoldDecision decision) {
        return decisions.contains(decision);
    }

    /** The reasons that can justify {@code decision}, in declaration order. */
    public static List<DecisionReason> fitting(HoldDecision decision) {
        return Arrays.stream(values()).filter(reason -> reason.fits(decision)).toList();
    }
}
