package org.borderledger.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.borderledger.web.security.SignInLimits.AttemptLimit;

/**
 * The allowance of failed sign-ins of each key of one kind (user name or address): a Bucket4j token
 * bucket per key, made on first use. A bucket left alone for its longest period is full again, so it
 * is forgotten then; the number kept is bounded, so random user names cannot exhaust the memory.
 */
final class AttemptBuckets {

    private static final int MAX_KEYS = 100_000;

    private final List<AttemptLimit> limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    AttemptBuckets(List<AttemptLimit> limits, TimeMeter time) {
        this.limits = limits;
        this.time = time;
        Duration longest = limits.stream().map(AttemptLimit::per).max(Comparator.naturalOrder()).orElseThrow();
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(longest)
                .ticker(time::currentTimeNanos).build();
    }

    /** Takes one attempt from the key's allowance; when none is left, the probe says how long until one is. */
    ConsumptionProbe take(String key) {
        return buckets.get(key, this::newBucket).tryConsumeAndReturnRemaining(1);
    }

    /** Returns an attempt that turned out to be a successful sign-in, which must not count against anyone. */
    void giveBack(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    private Bucket newBucket(String key) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        // Greedy refill: the allowance comes back a little at a time, not all at once at the end of a period.
        limits.forEach(limit -> builder.addLimit(bandwidth -> bandwidth.capacity(limit.attempts())
                .refillGreedy(limit.attempts(), limit.per())));
        return builder.build();
    }
}
