package org.borderledger.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import org.borderledger.summary.api.SummaryPosition;
import org.borderledger.summary.api.SummarySort;

/**
 * The consignment list's cursor as a client holds it: opaque (base64url of JSON), naming the order it was
 * made in and the last row's sort value and id. A cursor of another order, or one that was not made here,
 * is refused as the parameter {@code cursor}.
 */
final class ListCursor {

    private ListCursor() {
    }

    /** What the cursor holds; {@code value} is null for an unscreened channel. */
    private record Content(SummarySort sort, boolean descending, String value, String id) {
    }

    static String encode(SummaryPosition position, boolean descending, ObjectMapper json) {
        try {
            byte[] content = json.writeValueAsBytes(new Content(position.sort(), descending, position.sortValue(),
                    position.consignmentId()));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(content);
        } catch (IOException unwritable) {
            throw new IllegalStateException("A cursor is always writable", unwritable);
        }
    }

    /** The position of {@code cursor}, null when there is none (the first page); refused when it is not of this order. */
    static SummaryPosition decode(String cursor, SummarySort sort, boolean descending, ObjectMapper json) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        Content content;
        try {
            content = json.readValue(Base64.getUrlDecoder().decode(cursor.strip()), Content.class);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new InvalidParameter("cursor", "is not a cursor this API gave: pass the nextCursor of the previous page as it was");
        }
        if (content.sort() != sort || content.descending() != descending) {
            throw new InvalidParameter("cursor", "was made for the list sorted by " + content.sort()
                    + (content.descending() ? " descending" : " ascending") + ": keep the sort of the first page");
        }
        try {
            return new SummaryPosition(content.sort(), content.value(), content.id());
        } catch (IllegalArgumentException unusable) {
            throw new InvalidParameter("cursor", unusable.getMessage());
        }
    }
}
