package org.borderledger.summary.api;

import java.time.Instant;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;

/**
 * Asks for one page of consignment summaries. Every filter is optional (null or blank means any):
 * the reference's prefix, part of any party's name (declarant, exporter, consignee or carrier, any
 * case), the prefix of an HS code on any goods line (digits; dots and spaces are ignored), the
 * status, channel and border post, and the declaration instants from (inclusive) and to
 * (exclusive). Rows that tie on the sort column come in consignment id order, so pages are stable.
 */
public record FetchConsignmentSummariesQuery(String referencePrefix, String partyName, String hsCodePrefix,
                                             ConsignmentStatus status, Channel channel, String borderPost, Instant declaredFrom,
                                             Instant declaredTo, SummarySort sort, boolean descending,
                                             int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public FetchConsignmentSummariesQuery {
        referencePrefix = blankToNull(referencePrefix);
        partyName = blankToNull(partyName);
        hsCodePrefix = blankToNull(hsCodePrefix == null ? null : hsCodePrefix.replaceAll("[.\\s]", ""));
        if (hsCodePrefix != null && !hsCodePrefix.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("An HS code prefix has 1 to 10 digits");
        }
        borderPost = blankToNull(borderPost);
        sort = sort == null ? SummarySort.DECLARED_AT : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("Offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("Page size must be between 1 and " + MAX_LIMIT);
        }
        if (declaredFrom != null && declaredTo != null && !declaredFrom.isBefore(declaredTo)) {
            throw new IllegalArgumentException("The time range must start before it ends");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
