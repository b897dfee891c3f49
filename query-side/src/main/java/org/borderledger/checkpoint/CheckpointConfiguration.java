package org.borderledger.checkpoint;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The signing key, read (or made) once at start, and the schedule that seals and checkpoints. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(CheckpointProperties.class)
class CheckpointConfiguration {

    @Bean
    SigningKey checkpointSigningKey(CheckpointProperties properties) {
        return SigningKey.loadOrCreate(properties.keyFile());
    }
}
