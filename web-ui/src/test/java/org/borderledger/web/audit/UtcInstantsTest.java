package org.borderledger.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The auditor's instants are read and written as UTC, and an event's own instant stays inside "as of" it. */
class UtcInstantsTest {

    @Test
    void aTypedDateTimeIsReadAsUtcWhateverTheZoneOfTheServer() {
        assertThat(UtcInstants.parse("at", "2026-03-01T10:15")).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(UtcInstants.parse("at", " 2026-03-01T10:15:30.250 ")).isEqualTo(Instant.parse("2026-03-01T10:15:30.250Z"));
        assertThat(UtcInstants.parse("at", "  ")).isNull();
    }

    @Test
    void aValueThatIsNoDateTimeIsRefusedNamingItsField() {
        assertThatThrownBy(() -> UtcInstants.parse("from", "yesterday")).isInstanceOfSatisfying(
                UtcInstants.InvalidFilter.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("from");
                    assertThat(invalid.typed()).isEqualTo("yesterday");
                });
    }

    @Test
    void anInstantFinerThanAMillisecondIsRoundedUpSoTheEventCounts() {
        assertThat(UtcInstants.format(Instant.parse("2026-03-01T10:15:30.250Z"))).isEqualTo("2026-03-01T10:15:30.250");
        assertThat(UtcInstants.format(Instant.parse("2026-03-01T10:15:30.250001Z"))).isEqualTo("2026-03-01T10:15:30.251");
    }
}
