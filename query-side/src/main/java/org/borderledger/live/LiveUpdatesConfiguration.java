package org.borderledger.live;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Every event processor announces the consignments it changed, whatever its processing group; the
 * {@link ProjectionChangeListener} hears them on a thread of its own.
 */
@Configuration(proxyBeanMethods = false)
class LiveUpdatesConfiguration {

    static final String LISTENER_THREAD = "projectionChangeListening";

    /**
     * Axon gives the processor's name; with Spring Boot each processing group has a processor of
     * its own name, so the name is the processing group subscribers see.
     */
    @Bean
    ConfigurerModule changedConsignmentsOnEveryProcessor(JdbcTemplate jdbc) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, processorName) -> new ChangedConsignments(processorName, jdbc));
    }

    /** One thread, kept by the listener's loop for as long as the application runs. */
    @Bean(LISTENER_THREAD)
    ThreadPoolTaskExecutor projectionChangeListening(ThreadPoolTaskExecutorBuilder tasks) {
        return tasks.corePoolSize(1).maxPoolSize(1).threadNamePrefix("projection-change-listener-").build();
    }
}
