package org.borderledger.summary.api;

/** The columns a page of consignment summaries may be sorted by. */
public enum SummarySort {
    REFERENCE, STATUS, CHANNEL, BORDER_POST, DECLARED_AT, LAST_CHANGED_AT
}
