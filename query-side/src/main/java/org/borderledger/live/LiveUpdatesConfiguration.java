package org.borderledger.live;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every event processor announces the consignments it changed, whatever its processing group. */
@Configuration(proxyBeanMethods = false)
class LiveUpdatesConfiguration {

    /**
     * Axon gives the processor's name; with Spring Boot each processing group has a processor of
     * its own name, so the name is the processing group subscribers see.
     */
    @Bean
    ConfigurerModule changedConsignmentsOnEveryProcessor(JdbcTemplate jdbc) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, processorName) -> new ChangedConsignments(processorName, jdbc));
    }
}
