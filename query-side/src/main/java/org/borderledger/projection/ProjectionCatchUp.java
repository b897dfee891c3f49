package org.borderledger.projection;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At start, before any event processor runs, fills in one pass every projection that has no tokens
 * yet: a new instance on an existing store, a projection added by an upgrade, or one whose fill was
 * cut short. A processor left to do it would read and deserialise the whole store by itself
 * ({@link ProjectionReplay}). The start waits for it: a fresh instance serves nothing until its
 * projections hold the store. Should the pass fail, the processors replay by themselves.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionCatchUp.class);

    /** Just before the processors start (they start in the inbound connectors' phase). */
    static final int PHASE = Phase.INBOUND_EVENT_CONNECTORS - 1;

    @Bean
    ConfigurerModule projectionsFilledBeforeProcessorsStart(ObjectProvider<EventProcessingConfiguration> processing,
                                                            ObjectProvider<ProjectionReplay> replay) {
        return configurer -> configurer.onStart(PHASE, () -> fill(processing.getObject(), replay.getObject()));
    }

    private static void fill(EventProcessingConfiguration processing, ProjectionReplay replay) {
        List<String> groups = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(processor -> processor.getName()).sorted().toList();
        try {
            List<String> filled = replay.fillThoseWithoutTokens(groups);
            if (!filled.isEmpty()) {
                LOG.info("Projections filled from the event store before their processors start: {}", filled);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not fill the projections in one pass; their processors replay the store by themselves", e);
        }
    }
}
