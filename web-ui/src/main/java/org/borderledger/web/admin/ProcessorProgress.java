package org.borderledger.web.admin;

import java.util.Locale;
import java.util.Objects;
import org.borderledger.projection.api.ProjectionStatus;
import org.borderledger.projection.api.SegmentStatus;

/**
 * One projection processor as the page and its JSON show it: the same numbers in both, so the
 * script that polls the JSON only puts them in place. The position is the lowest of the segments this
 * instance has claimed (null when it claims none), the point up to which every event is done.
 */
record ProcessorProgress(String group, String mode, boolean running, boolean replaying, long segmentsClaimed,
                         int segments, Long position, long eventsDone, long eventsTotal, String rate) {

    static ProcessorProgress of(ProjectionStatus status) {
        Long position = status.segments().stream().filter(SegmentStatus::claimed).map(SegmentStatus::position)
                .filter(Objects::nonNull).min(Long::compare).orElse(null);
        return new ProcessorProgress(status.processingGroup(), status.mode(), status.running(), status.replaying(),
                status.segments().stream().filter(SegmentStatus::claimed).count(), status.segments().size(), position,
                status.eventsDone(), status.eventsTotal(), String.format(Locale.ROOT, "%.1f", status.eventsPerSecond()));
    }
}
