package org.borderledger.projection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.borderledger.projection.api.RebuildAllProjectionsCommand;
import org.borderledger.projection.api.RebuildProjectionCommand;
import org.borderledger.projection.api.RebuildStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a projection, or every one at once, from the event store, on a thread of its own, so the
 * caller and the rest of the application go on: stops their processors, fills the projections afresh in
 * one pass over the store ({@link ProjectionReplay}: their reset handlers empty their tables first; all
 * of them together read each event once) and starts the processors again from where the pass ended. A
 * rebuild that takes in a group already being rebuilt is refused until that one is done. Follow it with
 * {@code FetchProjectionStatusQuery}. The pass needs every segment of the processors, so while other
 * instances run it is refused.
 * The pass ends with {@code ANALYZE}, so the refilled tables have planner statistics at once.
 */
@Component
public class ProjectionRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final ProjectionReplay replay;
    private final TaskExecutor threads;
    private final LiveInstances instances;
    /** The groups being rebuilt on this instance; guarded by this object, as a rebuild marks its groups all at once. */
    private final Set<String> rebuilding = new HashSet<>();

    ProjectionRebuild(EventProcessingConfiguration processing, ProjectionReplay replay,
                      @Qualifier(RebuildConfiguration.THREADS) TaskExecutor threads, LiveInstances instances) {
        this.processing = processing;
        this.replay = replay;
        this.threads = threads;
        this.instances = instances;
    }

    @CommandHandler
    RebuildStart handle(RebuildProjectionCommand command) {
        return rebuild(command.processingGroup());
    }

    @CommandHandler
    RebuildStart handle(RebuildAllProjectionsCommand command) {
        return rebuildAll();
    }

    /** Starts a rebuild unless the group is being rebuilt, by itself or with every other. */
    public RebuildStart rebuild(String processingGroup) {
        return processing.eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class)
                .map(processor -> start(List.of(processor))).orElse(RebuildStart.UNKNOWN_PROCESSING_GROUP);
    }

    /** Starts a rebuild of every streaming processor's projection in one pass, unless any of them is being rebuilt. */
    public RebuildStart rebuildAll() {
        return start(processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList());
    }

    /** Whether a rebuild of the group is restarting its processor or replaying on this instance. */
    public synchronized boolean isRebuilding(String processingGroup) {
        return rebuilding.contains(processingGroup);
    }

    private RebuildStart start(List<StreamingEventProcessor> processors) {
        // Each live instance holds its share of the segments, and resetting them needs them all: said now,
        // rather than failing in the background after the administrator was told it started.
        if (instances.others() > 0) {
            return RebuildStart.OTHER_INSTANCES_RUNNING;
        }
        List<String> groups = processors.stream().map(EventProcessor::getName).toList();
        if (!mark(groups)) {
            return RebuildStart.ALREADY_REBUILDING;
        }
        threads.execute(() -> rebuild(groups));
        return RebuildStart.STARTED;
    }

    private synchronized boolean mark(List<String> groups) {
        if (groups.stream().anyMatch(rebuilding::contains)) {
            return false;
        }
        return rebuilding.addAll(groups);
    }

    private synchronized void unmark(List<String> groups) {
        groups.forEach(rebuilding::remove);
    }

    private void rebuild(List<String> groups) {
        try {
            replay.rebuild(groups);
        } catch (RuntimeException e) {
            LOG.error("Rebuild of {} failed; its processors replay the store by themselves", groups, e);
        } finally {
            unmark(groups);
        }
    }
}
