package org.borderledger.projection.api;

import java.util.List;

/**
 * A projection's processor and how far it is: events done counts up to the lowest position of the
 * claimed segments and events total is the highest global index in the event store, so a replay is
 * finished when done reaches total. The rate is events per second since the previous look.
 */
public record ProjectionStatus(String processingGroup, String mode, boolean running, boolean replaying,
                               List<SegmentStatus> segments, long eventsDone, long eventsTotal,
                               double eventsPerSecond) {
}
