package org.borderledger.detail.api;

/** What happened, as a code the console turns into a sentence with its message bundles. */
public enum TimelineAction {
    DECLARED, SCREENED, AMENDED, DOCUMENTS_CHECKED, INSPECTION_STARTED, FINDING_RECORDED, INSPECTION_COMPLETED,
    HOLD_PLACED, HOLD_REVIEWED, RELEASED, CANCELLED, POSSIBLE_MATCH_CONFIRMED, POSSIBLE_MATCH_DISMISSED,
    REEXPORT_DECIDED
}
