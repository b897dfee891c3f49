package org.borderledger.messaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * An Axon cache that holds at most a fixed number of entries and drops the least recently used.
 * Bounded by count rather than left to the garbage collector (Axon's {@code WeakReferenceCache}), so
 * that what it holds, and so its hit rate, does not depend on when the collector last ran.
 */
public final class LeastRecentlyUsedCache implements Cache {

    private final Map<Object, Object> entries;

    public LeastRecentlyUsedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A cache holds at least one entry, not " + capacity);
        }
        // Access order: every get moves the entry to the young end, so a synchronized map, not a concurrent one.
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        });
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
