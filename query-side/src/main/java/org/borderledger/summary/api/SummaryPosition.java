package org.borderledger.summary.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Where a walk through the consignment list stopped: the sort column's value in the last row given (null
 * for a channel not yet screened) and that row's consignment id, which breaks ties. The next page starts
 * right after it, so rows added or changed elsewhere in the list neither repeat nor hide the rows of a walk.
 */
public record SummaryPosition(SummarySort sort, String sortValue, String consignmentId) {

    public SummaryPosition {
        if (sort == null || consignmentId == null) {
            throw new IllegalArgumentException("A position names its sort column and consignment id");
        }
        if (sortValue == null && sort != SummarySort.CHANNEL) {
            throw new IllegalArgumentException("Only the channel may be empty at a position");
        }
        if (sortValue != null && isInstant(sort)) {
            try {
                Instant.parse(sortValue);
            } catch (DateTimeParseException notAnInstant) {
                throw new IllegalArgumentException("A position in " + sort + " order holds an instant, not '" + sortValue + "'");
            }
        }
    }

    /** The position of {@code row} in a list sorted by {@code sort}. */
    public static SummaryPosition of(SummarySort sort, ConsignmentSummary row) {
        String value = switch (sort) {
            case REFERENCE -> row.reference();
            case STATUS -> row.status().name();
            case CHANNEL -> row.channel() == null ? null : row.channel().name();
            case BORDER_POST -> row.borderPost();
            case DECLARED_AT -> row.declaredAt().toString();
            case LAST_CHANGED_AT -> row.lastChangedAt().toString();
        };
        return new SummaryPosition(sort, value, row.consignmentId());
    }

    public static boolean isInstant(SummarySort sort) {
        return sort == SummarySort.DECLARED_AT || sort == SummarySort.LAST_CHANGED_AT;
    }
}
