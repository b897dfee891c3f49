package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times read in the zone of the reader's post, named by its offset, in one format; the auditor's in UTC. */
class ShownTimeTest {

    private static final Instant AT = Instant.parse("2026-12-06T14:27:05.123456789Z");

    @Test
    void anOfficerAtAKazakhPostReadsTheTimeOfThePostNamedByItsOffset() {
        assertThat(ShownTime.atPost("Kurmangazy").of(AT)).isEqualTo("2026-12-06 19:27:05 UTC+5");
        assertThat(ShownTime.atPost("Kurmangazy").of(null)).isEmpty();
    }

    @Test
    void someoneAtNoPostReadsUtc() {
        assertThat(ShownTime.atPost("-").of(AT)).isEqualTo("2026-12-06 14:27:05 UTC");
        assertThat(ShownTime.atPost(null).of(AT)).isEqualTo("2026-12-06 14:27:05 UTC");
    }

    @Test
    void theOffsetIsTheOneInForceAtTheInstantShown() {
        // Almaty kept UTC+6 until 1 March 2024; an event of 2023 reads as it was read then.
        assertThat(new ShownTime(ZoneId.of("Asia/Almaty")).of(Instant.parse("2023-06-01T00:00:00Z")))
                .isEqualTo("2023-06-01 06:00:00 UTC+6");
        assertThat(new ShownTime(ZoneId.of("Asia/Kolkata")).of(AT)).endsWith("UTC+5:30");
        assertThat(new ShownTime(ZoneId.of("America/Sao_Paulo")).of(AT)).endsWith("UTC-3");
    }

    @Test
    void theAuditorsTablesGiveUtcToTheMillisecond() {
        assertThat(ShownTime.atPost("Kurmangazy").utc(AT)).isEqualTo("2026-12-06 14:27:05.123 UTC");
    }
}
