package org.borderledger.checkpoint;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Rows read a page at a time after the last key seen, so that a walk over a million events holds one
 * page in memory. {@link #peekKey()} lets two walks be merged by key.
 */
final class KeysetPages<T> implements Iterator<T> {

    private final LongFunction<List<T>> pageAfter;
    private final ToLongFunction<T> key;
    private final int pageSize;
    private Iterator<T> page = List.<T>of().iterator();
    private T next;
    private long lastKey;
    private boolean exhausted;

    /** {@code pageAfter} answers up to {@code pageSize} rows with a key above the one given, in key order. */
    KeysetPages(long startAfter, int pageSize, LongFunction<List<T>> pageAfter, ToLongFunction<T> key) {
        this.lastKey = startAfter;
        this.pageSize = pageSize;
        this.pageAfter = pageAfter;
        this.key = key;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !page.hasNext() && !exhausted) {
            List<T> rows = pageAfter.apply(lastKey);
            exhausted = rows.size() < pageSize;
            page = rows.iterator();
        }
        if (next == null && page.hasNext()) {
            next = page.next();
            lastKey = key.applyAsLong(next);
        }
        return next != null;
    }

    /** The key of the next row, or {@link Long#MAX_VALUE} when there is none. */
    long peekKey() {
        return hasNext() ? key.applyAsLong(next) : Long.MAX_VALUE;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T row = next;
        next = null;
        return row;
    }
}
