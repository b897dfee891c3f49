package org.borderledger.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Remembers how many events each processing group had done when last looked at, and turns the
 * difference into a rate. Kept in memory: a rate needs only the previous look, not history.
 */
@Component
class ProgressSampler {

    private record Sample(Instant at, long eventsDone) {
    }

    private final Map<String, Sample> previous = new ConcurrentHashMap<>();

    /** Events per second since the previous sample of this group; zero for the first one or after a reset. */
    double eventsPerSecond(String processingGroup, long eventsDone, Instant now) {
        Sample before = previous.put(processingGroup, new Sample(now, eventsDone));
        if (before == null) {
            return 0;
        }
        double seconds = Duration.between(before.at(), now).toNanos() / 1e9;
        return seconds <= 0 ? 0 : Math.max(0, eventsDone - before.eventsDone()) / seconds;
    }
}
