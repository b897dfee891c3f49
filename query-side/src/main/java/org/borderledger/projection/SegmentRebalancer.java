package org.borderledger.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Spreads every pooled processor's segments over the live instances. A pooled processor claims every
 * segment it finds free, so the first instance to start would do all the projection work; at each
 * heartbeat this instance keeps at most its share, {@link SegmentShare#cap}, and releases the rest for
 * {@code release-for}, in which another instance's processor claims them. An instance that dies keeps
 * its claims until Axon's claim timeout; by then the survivors count it out and take them all. An
 * instance whose processors are all stopped (the benchmark's, say) does not count: it would take a
 * share it never claims.
 */
@Component
@EnableConfigurationProperties(SegmentSharingProperties.class)
class SegmentRebalancer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentRebalancer.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final LiveInstances instances;
    private final TaskScheduler ticks;
    private final Duration interval;
    private final Duration releaseFor;
    private ScheduledFuture<?> schedule;

    SegmentRebalancer(EventProcessingConfiguration processing, TokenStore tokenStore, LiveInstances instances,
                      @Qualifier(SegmentSharingConfiguration.THREAD) TaskScheduler ticks, SegmentSharingProperties properties) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.instances = instances;
        this.ticks = ticks;
        this.interval = properties.heartbeatInterval();
        this.releaseFor = properties.releaseFor();
    }

    @Override
    public synchronized void start() {
        schedule = ticks.scheduleWithFixedDelay(this::rebalanceSafely, Instant.now(), interval);
    }

    @Override
    public synchronized void stop() {
        schedule.cancel(false);
        schedule = null;
        try {
            instances.leave();
        } catch (RuntimeException e) {
            LOG.warn("Could not say this instance leaves; the others count it out after the timeout: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }

    /** Under the lifecycle's lock, so that no heartbeat follows the row a stop deleted. */
    private synchronized void rebalanceSafely() {
        if (schedule == null) {
            return;
        }
        try {
            List<PooledStreamingEventProcessor> running = processing.eventProcessors().values().stream()
                    .filter(PooledStreamingEventProcessor.class::isInstance).map(PooledStreamingEventProcessor.class::cast)
                    .filter(PooledStreamingEventProcessor::isRunning).toList();
            if (running.isEmpty()) {
                instances.leave();
            } else {
                rebalance(running, instances.beat());
            }
        } catch (RuntimeException e) {
            // The database may be out of reach: the next heartbeat tries again; meanwhile the claims stand.
            LOG.warn("Segments not rebalanced: {}", e.toString());
        }
    }

    private void rebalance(List<PooledStreamingEventProcessor> running, int liveInstances) {
        running.forEach(processor -> {
            List<Integer> claimed = processor.processingStatus().keySet().stream().sorted().toList();
            int segments = tokenStore.fetchSegments(processor.getName()).length;
            int excess = SegmentShare.excess(claimed.size(), segments, liveInstances);
            // The highest segments go, so that instances that meet the same counts release alike.
            for (int segment : claimed.subList(claimed.size() - excess, claimed.size())) {
                processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (excess > 0) {
                LOG.info("{}: released {} of {} claimed segments for another of the {} live instances",
                        processor.getName(), excess, claimed.size(), liveInstances);
            }
        });
    }
}
