package org.borderledger.live;

import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Collects the consignments a projection handles in one batch and, just before the batch commits,
 * announces them with {@code pg_notify} in the batch's own transaction. PostgreSQL delivers the notice
 * on commit only, to every listening instance, so a subscriber re-fetching on it sees the new rows;
 * a rolled-back batch announces nothing. A replay announces nothing either: a rebuild must not flood
 * the consoles.
 */
class ChangedConsignments implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String processingGroup;
    private final JdbcTemplate jdbc;
    private final String resourceKey;

    ChangedConsignments(String processingGroup, JdbcTemplate jdbc) {
        this.processingGroup = processingGroup;
        this.jdbc = jdbc;
        this.resourceKey = ChangedConsignments.class.getName() + "/" + processingGroup;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        if (event instanceof DomainEventMessage<?> domainEvent && !ReplayToken.isReplay(event)) {
            // A batch is one unit of work that handles each of its events in turn: one set, one notice per batch.
            Set<String> ids = unitOfWork.root().getOrComputeResource(resourceKey, key -> {
                Set<String> changed = new LinkedHashSet<>();
                unitOfWork.root().onPrepareCommit(batch -> ChangeAnnouncements.announce(jdbc, processingGroup, changed));
                return changed;
            });
            ids.add(domainEvent.getAggregateIdentifier());
        }
        return chain.proceed();
    }
}
