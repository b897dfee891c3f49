package org.borderledger.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of Axon's event processors: DOWN when one has stopped or a segment is in error, with
 * each processor's claimed segments and their position, so an operator sees a stuck projection.
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        super("Event processor health check failed");
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", processor.isRunning());
            detail.put("error", processor.isError());
            healthy &= processor.isRunning() && !processor.isError();
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<String, Object> segments = new LinkedHashMap<>();
                for (Map.Entry<Integer, EventTrackerStatus> segment : streaming.processingStatus().entrySet()) {
                    EventTrackerStatus status = segment.getValue();
                    healthy &= !status.isErrorState();
                    segments.put(Integer.toString(segment.getKey()), Map.of(
                            "caughtUp", status.isCaughtUp(),
                            "replaying", status.isReplaying(),
                            "position", status.getCurrentPosition().orElse(-1L),
                            "error", status.isErrorState() ? String.valueOf(status.getError()) : ""));
                }
                detail.put("claimedSegments", segments);
            }
            details.put(processor.getName(), detail);
        }
        (healthy ? health.up() : health.down()).withDetails(details);
    }
}
