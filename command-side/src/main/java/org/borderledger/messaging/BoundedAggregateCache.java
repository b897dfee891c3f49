package org.borderledger.messaging;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.ConcurrentMap;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * An Axon cache over Caffeine that holds at most a fixed number of aggregates and drops those least
 * likely to be used again (recency and frequency). Bounded by count rather than left to the garbage
 * collector (Axon's {@code WeakReferenceCache}), so that what it holds, and so its hit rate, does not
 * depend on when the collector last ran.
 */
public final class BoundedAggregateCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;

    public BoundedAggregateCache(int maximumSize) {
        this(Caffeine.newBuilder(), maximumSize);
    }

    /** {@code builder}: Caffeine's settings besides the bound, e.g. a test's executor. */
    BoundedAggregateCache(Caffeine<Object, Object> builder, int maximumSize) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("The aggregate cache holds at least one entry, not " + maximumSize
                    + " (turn it off with borderledger.aggregate-cache.enabled=false)");
        }
        this.entries = builder.maximumSize(maximumSize).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Repositories never listen to their cache; only Axon's saga caches do. */
    @Override
    public Registration registerCacheEntryListener(EntryListener entryListener) {
        throw new UnsupportedOperationException("This cache serves aggregate repositories, which register no listeners");
    }
}
