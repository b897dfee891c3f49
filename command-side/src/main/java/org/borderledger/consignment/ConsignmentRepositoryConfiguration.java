package org.borderledger.consignment;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.borderledger.messaging.BoundedAggregateCache;
import org.borderledger.messaging.StoreCheckedCachingRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where consignments are loaded from and saved to: the event store, through a cache of recently used
 * consignments that is trusted only while the store has nothing newer ({@link StoreCheckedCachingRepository}).
 * {@code borderledger.aggregate-cache.enabled=false} loads every consignment from the store, as Axon's
 * default repository does.
 */
@Configuration
@EnableConfigurationProperties(AggregateCacheProperties.class)
public class ConsignmentRepositoryConfiguration {

    @Bean
    @Conditional(CacheEnabled.class)
    public Cache consignmentCache(AggregateCacheProperties properties) {
        return new BoundedAggregateCache(properties.maxConsignments());
    }

    /** Asks the settings as bound, so that whether the cache is on by default is said in one place, the record. */
    static class CacheEnabled implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                    .bindOrCreate(AggregateCacheProperties.PREFIX, AggregateCacheProperties.class).enabled();
        }
    }

    /**
     * Built as Axon's configurer would build it (the handlers' parameters resolved from Spring beans, the
     * consignment's snapshot trigger), since naming a repository on {@code @Aggregate} replaces all of that.
     */
    @Bean
    Repository<Consignment> consignmentRepository(EventStore eventStore, SnapshotTriggerDefinition consignmentSnapshotTrigger,
                                                  ParameterResolverFactory parameterResolverFactory,
                                                  HandlerDefinition handlerDefinition,
                                                  ObjectProvider<RepositorySpanFactory> spanFactory,
                                                  ObjectProvider<Cache> consignmentCache) {
        EventSourcingRepository.Builder<Consignment> builder = EventSourcingRepository.builder(Consignment.class)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition);
        spanFactory.ifAvailable(builder::spanFactory);
        Cache cache = consignmentCache.getIfAvailable();
        return cache == null
                ? builder.eventStore(eventStore).snapshotTriggerDefinition(consignmentSnapshotTrigger).build()
                : new StoreCheckedCachingRepository<>(builder, eventStore, consignmentSnapshotTrigger, cache);
    }
}
