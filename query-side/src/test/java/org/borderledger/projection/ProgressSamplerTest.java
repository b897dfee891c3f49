package org.borderledger.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressSamplerTest {

    private final ProgressSampler sampler = new ProgressSampler();
    private final Instant start = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theRateIsTheEventsDoneSinceThePreviousLookPerSecond() {
        assertThat(sampler.eventsPerSecond("consignment-summary", 100, start)).isZero();
        assertThat(sampler.eventsPerSecond("consignment-summary", 1100, start.plusSeconds(2))).isEqualTo(500);
        assertThat(sampler.eventsPerSecond("consignment-detail", 7, start.plusSeconds(2))).isZero();
    }

    @Test
    void aResetThatTakesTheCountBackIsNoNegativeRate() {
        sampler.eventsPerSecond("consignment-summary", 1100, start);
        assertThat(sampler.eventsPerSecond("consignment-summary", 0, start.plusSeconds(1))).isZero();
        assertThat(sampler.eventsPerSecond("consignment-summary", 50, start.plusMillis(1500))).isEqualTo(100);
    }
}
