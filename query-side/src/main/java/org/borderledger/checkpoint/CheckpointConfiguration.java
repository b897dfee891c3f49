package org.borderledger.checkpoint;

import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/** The signing key, read (or made) once at start, and the schedule that seals and checkpoints on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(CheckpointProperties.class)
class CheckpointConfiguration {

    @Bean
    SigningKey checkpointSigningKey(CheckpointProperties properties) {
        return SigningKey.loadOrCreate(properties.keyFile());
    }

    @Bean
    SchedulingConfigurer ledgerSealing(Checkpointing checkpointing, CheckpointProperties properties) {
        Duration interval = properties.sealInterval();
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(checkpointing::periodically, interval, interval));
    }
}
