package org.borderledger.projection;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** When a segment has handled every event, and whether a processor is still replaying. */
final class Replays {

    private Replays() {
    }

    /**
     * A pooled processor keeps saying "replaying" after a reset until an event newer than the reset
     * position arrives, so a caught-up segment back at its reset position counts as done.
     */
    static boolean done(EventTrackerStatus segment) {
        return segment.isCaughtUp()
                && segment.getCurrentPosition().orElse(-1) >= segment.getResetPosition().orElse(-1);
    }

    static boolean inProgress(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .anyMatch(segment -> segment.isReplaying() && !done(segment));
    }
}
