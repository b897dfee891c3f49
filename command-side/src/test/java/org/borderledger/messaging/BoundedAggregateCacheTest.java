package org.borderledger.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The consignment cache keeps its bound, and tells whether a put or remove changed anything. */
class BoundedAggregateCacheTest {

    // Evictions run on the caller's thread, so that the bound holds as soon as a put returns.
    private final BoundedAggregateCache cache = new BoundedAggregateCache(Caffeine.newBuilder().executor(Runnable::run), 2);

    @Test
    void holdsNoMoreThanItsBoundAndKeepsAnEntryThatIsUsedAgainAndAgain() {
        cache.put("CN-HOT", "in use");
        IntStream.range(0, 100).forEach(n -> {
            assertThat(cache.<String, String>get("CN-HOT")).isEqualTo("in use");
            cache.put("CN-" + n, "once");
        });

        assertThat(IntStream.range(0, 100).filter(n -> cache.containsKey("CN-" + n)).count()).isEqualTo(1);
        assertThat(cache.containsKey("CN-HOT")).isTrue();
    }

    @Test
    void removeAndPutIfAbsentTellWhetherTheyChangedAnything() {
        assertThat(cache.putIfAbsent("CN-1", "first")).isTrue();
        assertThat(cache.putIfAbsent("CN-1", "again")).isFalse();
        assertThat(cache.<String, String>get("CN-1")).isEqualTo("first");
        assertThat(cache.remove("CN-1")).isTrue();
        assertThat(cache.remove("CN-1")).isFalse();
    }

    @Test
    void aBoundBelowOneIsRefusedWithTheWayToTurnTheCacheOff() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundedAggregateCache(0))
                .withMessageContaining("borderledger.aggregate-cache.enabled=false");
    }
}
