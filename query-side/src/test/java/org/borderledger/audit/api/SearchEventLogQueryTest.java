package org.borderledger.audit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SearchEventLogQueryTest {

    static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void blankFiltersMeanAny() {
        SearchEventLogQuery query = new SearchEventLogQuery(" ", "", " CN-1 ", null, null, 0, 50);

        assertThat(query.userId()).isNull();
        assertThat(query.eventType()).isNull();
        assertThat(query.consignmentId()).isEqualTo("CN-1");
    }

    @Test
    void aPageHoldsAtMostFiveHundredEvents() {
        assertThatThrownBy(() -> new SearchEventLogQuery(null, null, null, null, null, 0, 501))
                .hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> new SearchEventLogQuery(null, null, null, null, null, 0, 0))
                .hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> new SearchEventLogQuery(null, null, null, null, null, -1, 10))
                .hasMessageContaining("Offset");
    }

    @Test
    void aTimeRangeStartsBeforeItEndsAndFitsTheStoredFormat() {
        assertThatThrownBy(() -> new SearchEventLogQuery(null, null, null, NOON, NOON, 0, 10))
                .hasMessageContaining("start before it ends");
        assertThatThrownBy(() -> new SearchEventLogQuery(null, null, null, null, Instant.MAX, 0, 10))
                .hasMessageContaining("'to' must lie between");
    }

    @Test
    void aFilterWithTheNulCharacterIsRefusedSinceNoStoredTextCanHoldIt() {
        assertThatThrownBy(() -> new SearchEventLogQuery("a\0b", null, null, null, null, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'user' cannot contain the character U+0000");
        assertThatThrownBy(() -> new SearchEventLogQuery(null, "\0", null, null, null, 0, 10)).hasMessageContaining("'type'");
        assertThatThrownBy(() -> new SearchEventLogQuery(null, null, "C-\0", null, null, 0, 10)).hasMessageContaining("'consignment'");
    }
}
