package org.borderledger.checkpoint;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.FixedDelayTask;

/** The signing key, read (or made) once at start, and the schedule that seals and checkpoints on a thread of its own. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(CheckpointProperties.class)
class CheckpointConfiguration {

    @Bean
    SigningKey checkpointSigningKey(CheckpointProperties properties) {
        return SigningKey.loadOrCreate(properties.keyFile());
    }

    @Bean
    ThreadPoolTaskScheduler ledgerSealing(ThreadPoolTaskSchedulerBuilder tasks) {
        return tasks.poolSize(1).threadNamePrefix("ledger-sealing-").build();
    }

    /**
     * Names its scheduler: Spring Boot offers no default one once the application has schedulers of
     * its own, and Spring would otherwise pick any one of them or make an unmanaged thread.
     */
    @Bean
    SchedulingConfigurer ledgerSealingSchedule(Checkpointing checkpointing, CheckpointProperties properties,
                                               @Qualifier("ledgerSealing") TaskScheduler ledgerSealing) {
        Duration interval = properties.sealInterval();
        return registrar -> {
            registrar.setTaskScheduler(ledgerSealing);
            // Switched off (the tests), nothing is scheduled: sealing then happens when a checkpoint is asked for.
            if (properties.periodic()) {
                registrar.addFixedDelayTask(new FixedDelayTask(checkpointing::periodically, interval, interval));
            }
        };
    }
}
