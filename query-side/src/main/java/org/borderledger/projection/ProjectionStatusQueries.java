package org.borderledger.projection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.projection.api.FetchProjectionStatusQuery;
import org.borderledger.projection.api.ProjectionStatus;
import org.borderledger.projection.api.SegmentStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers how far each projection is. Positions and totals are global indexes of the event store,
 * so "done" and "total" count the same way even where the index has gaps.
 */
@Component
class ProjectionStatusQueries {

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final JdbcTemplate jdbc;
    private final ProgressSampler sampler;
    private final ProjectionReplay replay;
    private final Clock clock = Clock.systemUTC();

    ProjectionStatusQueries(EventProcessingConfiguration processing, TokenStore tokenStore, JdbcTemplate jdbc,
                            ProgressSampler sampler, ProjectionReplay replay) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.jdbc = jdbc;
        this.sampler = sampler;
        this.replay = replay;
    }

    @QueryHandler
    List<ProjectionStatus> handle(FetchProjectionStatusQuery query) {
        long total = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
        List<ProjectionStatus> statuses = new ArrayList<>();
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .forEach(processor -> statuses.add(statusOf(processor, total)));
        return statuses;
    }

    private ProjectionStatus statusOf(StreamingEventProcessor processor, long total) {
        Map<Integer, EventTrackerStatus> claimed = processor.processingStatus();
        List<SegmentStatus> segments = new ArrayList<>();
        for (int segmentId : tokenStore.fetchSegments(processor.getName())) {
            EventTrackerStatus status = claimed.get(segmentId);
            segments.add(status == null
                    ? new SegmentStatus(segmentId, false, null, false, false, null)
                    : new SegmentStatus(segmentId, true, position(status.getCurrentPosition()), status.isCaughtUp(),
                            Replays.done(status), status.isErrorState() ? String.valueOf(status.getError()) : null));
        }
        // While a pass fills the projection its processor is stopped: the pass says how far it is.
        OptionalLong filling = replay.position(processor.getName());
        long done = Math.min(total, filling.isPresent() ? filling.getAsLong() : claimed.values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0)).min().orElse(0));
        return new ProjectionStatus(processor.getName(),
                processor instanceof PooledStreamingEventProcessor ? "pooled" : "tracking",
                processor.isRunning(), filling.isPresent() || Replays.inProgress(processor), segments, done, total,
                sampler.eventsPerSecond(processor.getName(), done, clock.instant()));
    }

    private static Long position(OptionalLong position) {
        return position.isPresent() ? position.getAsLong() : null;
    }
}
