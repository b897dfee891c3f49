package org.borderledger.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The consignment cache keeps its bound by dropping the entry used longest ago, not the one put first. */
class LeastRecentlyUsedCacheTest {

    private final LeastRecentlyUsedCache cache = new LeastRecentlyUsedCache(2);

    @Test
    void aThirdEntryDropsTheLeastRecentlyUsed() {
        cache.put("CN-1", "first");
        cache.put("CN-2", "second");
        assertThat(cache.<String, String>get("CN-1")).isEqualTo("first");

        cache.put("CN-3", "third");

        assertThat(cache.containsKey("CN-1")).isTrue();
        assertThat(cache.containsKey("CN-2")).isFalse();
        assertThat(cache.containsKey("CN-3")).isTrue();
    }

    @Test
    void removeAndPutIfAbsentTellWhetherTheyChangedAnything() {
        assertThat(cache.putIfAbsent("CN-1", "first")).isTrue();
        assertThat(cache.putIfAbsent("CN-1", "again")).isFalse();
        assertThat(cache.<String, String>get("CN-1")).isEqualTo("first");
        assertThat(cache.remove("CN-1")).isTrue();
        assertThat(cache.remove("CN-1")).isFalse();
    }
}
