package org.borderledger.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.borderledger.actor.CommandAuthorization;
import org.borderledger.actor.api.Actor;
import org.borderledger.messaging.api.TransientFailures;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * How messages travel and are kept: JSON for every payload, the actor and correlation id copied
 * onto every event, each event hash-chained to the one before it in its consignment, roles checked on the
 * command bus, bounded retries of transient failures, and snapshots for long consignment histories.
 */
@Configuration
@EnableConfigurationProperties({CommandRetryProperties.class, SnapshotProperties.class})
public class MessagingConfiguration {

    /**
     * Axon's serializers (events, messages, tokens, snapshots) use the bean with this name; what it
     * writes it can read back ({@link StoredJsonLimits}).
     */
    @Bean
    public static ObjectMapper defaultAxonObjectMapper() {
        return JsonMapper.builder(StoredJsonLimits.jsonFactory())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Events are never changed once shipped, but a reader must survive fields added later.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(Actor.USER_ID, Actor.ROLE, Actor.BORDER_POST, Actor.BORDER_POSTS);
    }

    /** Registered when Axon starts, not by autowiring the bus, which would create it before its serializer. */
    @Bean
    public ConfigurerModule commandAuthorization() {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.INBOUND_COMMAND_CONNECTOR - 1,
                () -> config.commandBus().registerHandlerInterceptor(new CommandAuthorization())));
    }

    /** Tamper evidence; registered at start like {@link #commandAuthorization()}, with the event serializer the store uses. */
    @Bean
    public ConfigurerModule eventChain(JdbcTemplate jdbc) {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.INBOUND_COMMAND_CONNECTOR - 1,
                () -> config.eventBus().registerDispatchInterceptor(
                        new EventChainInterceptor(config.eventSerializer(), new StoredChainHeads(jdbc)))));
    }

    /** The one thread that sends commands again after their pause, so that the sender's thread is not held. */
    @Bean
    public ThreadPoolTaskScheduler commandRetries(ThreadPoolTaskSchedulerBuilder tasks) {
        return tasks.poolSize(1).threadNamePrefix("command-retry-").build();
    }

    /**
     * Concurrent appends to one consignment lose on the event store's unique key; a retry then meets
     * the version check and tells the sender who changed it. Connection drops are retried too, a
     * bounded number of times.
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus,
                                         @Qualifier("commandRetries") ThreadPoolTaskScheduler retryThread,
                                         CommandRetryProperties retry) {
        IntervalRetryScheduler retries = new IntervalRetryScheduler(IntervalRetryScheduler.builder()
                .retryExecutor(retryThread.getScheduledExecutor())
                .maxRetryCount(retry.maxRetries())
                .retryInterval(retry.retryIntervalMs())) {
            /**
             * Axon would ask a predicate of every cause in the chain and give up if any one looks
             * permanent, and a dropped connection's root cause is a plain I/O error: judge the chain once.
             */
            @Override
            protected boolean isExplicitlyNonTransient(Throwable failure) {
                return !TransientFailures.isWorthRetrying(failure);
            }
        };
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retries).build();
    }

    /** Replaces Axon's resolver, which does not recognise PostgreSQL's duplicate keys. */
    @Bean
    public PersistenceExceptionResolver uniqueKeyViolations() {
        return new UniqueKeyViolations();
    }

    @Bean
    public SnapshotTriggerDefinition consignmentSnapshotTrigger(
            Snapshotter snapshotter, SnapshotProperties snapshots) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, snapshots.snapshotThreshold());
    }

    /**
     * The screening-list register's first event alone can carry tens of thousands of entries, while its
     * state is one fingerprint per entry: a snapshot after every publication loads it from that state
     * instead of replaying every list ever published.
     */
    @Bean
    public SnapshotTriggerDefinition screeningListSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 1);
    }
}
