package org.borderledger.projection;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.borderledger.projection.api.RebuildProjectionCommand;
import org.borderledger.projection.api.RebuildStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a projection from the event store, on a thread of its own, so the caller and the rest of
 * the application go on: stops its processor, fills the projection afresh in one pass over the store
 * ({@link ProjectionReplay}: its reset handler empties its tables first) and starts the processor
 * again from where the pass ended. A second rebuild of the group is refused until the first is done.
 * Follow it with {@code FetchProjectionStatusQuery}. The pass needs every segment of the processor,
 * so while other instances run it is refused.
 * <p>
 * A replay empties tables and fills them again within minutes, faster than autovacuum notices
 * (or at all where it is off): without fresh statistics the planner expects a handful of rows and
 * the console's list sorted a whole border post for each page (docs/performance.md). So a finished
 * rebuild ends with {@code ANALYZE}.
 */
@Component
public class ProjectionRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final ProjectionReplay replay;
    private final JdbcTemplate jdbc;
    private final TaskExecutor threads;
    private final LiveInstances instances;
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();

    ProjectionRebuild(EventProcessingConfiguration processing, ProjectionReplay replay, JdbcTemplate jdbc,
                      @Qualifier(RebuildConfiguration.THREADS) TaskExecutor threads, LiveInstances instances) {
        this.processing = processing;
        this.replay = replay;
        this.jdbc = jdbc;
        this.threads = threads;
        this.instances = instances;
    }

    @CommandHandler
    RebuildStart handle(RebuildProjectionCommand command) {
        return rebuild(command.processingGroup());
    }

    /** Starts a rebuild unless one of the same group is still restarting or replaying. */
    public RebuildStart rebuild(String processingGroup) {
        Optional<StreamingEventProcessor> processor =
                processing.eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return RebuildStart.UNKNOWN_PROCESSING_GROUP;
        }
        // Each live instance holds its share of the segments, and resetting them needs them all: said now,
        // rather than failing in the background after the administrator was told it started.
        if (instances.others() > 0) {
            return RebuildStart.OTHER_INSTANCES_RUNNING;
        }
        if (!rebuilding.add(processingGroup)) {
            return RebuildStart.ALREADY_REBUILDING;
        }
        threads.execute(() -> rebuild(processingGroup, processor.get()));
        return RebuildStart.STARTED;
    }

    /** Whether a rebuild of the group is restarting its processor or replaying on this instance. */
    public boolean isRebuilding(String processingGroup) {
        return rebuilding.contains(processingGroup);
    }

    private void rebuild(String processingGroup, StreamingEventProcessor processor) {
        try {
            processor.shutDown();
            try {
                replay.fill(List.of(processingGroup), true);
            } finally {
                processor.start();
            }
            analyze(processingGroup);
        } catch (RuntimeException e) {
            LOG.error("Rebuild of {} failed; its processor replays the store by itself", processingGroup, e);
        } finally {
            rebuilding.remove(processingGroup);
        }
    }

    private void analyze(String processingGroup) {
        try {
            jdbc.execute("ANALYZE");
        } catch (DataAccessException e) {
            LOG.warn("Rebuild of {} is done, but its tables could not be analyzed: {}", processingGroup, e.getMessage());
        }
    }
}
