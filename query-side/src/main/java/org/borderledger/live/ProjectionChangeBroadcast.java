package org.borderledger.live;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.borderledger.live.api.ProjectionChanged;
import org.springframework.stereotype.Component;

/**
 * Hands a change notice to this instance's subscription queries whose update type is
 * {@link ProjectionChanged}: those that target one consignment get its changes only, the others
 * (lists, pages) every change.
 */
@Component
class ProjectionChangeBroadcast {

    /** The {@code consignmentId()} accessor of a query record, looked up once per query class. */
    private static final ClassValue<Optional<Method>> CONSIGNMENT_ID = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return Arrays.stream(Optional.ofNullable(type.getRecordComponents()).orElse(new RecordComponent[0]))
                    .filter(component -> component.getName().equals("consignmentId"))
                    .map(RecordComponent::getAccessor).findFirst();
        }
    };

    private final QueryUpdateEmitter emitter;

    ProjectionChangeBroadcast(QueryUpdateEmitter emitter) {
        this.emitter = emitter;
    }

    void emit(ChangeNotice notice) {
        for (String consignmentId : notice.consignmentIds()) {
            emitter.emit(subscription -> wants(subscription, consignmentId),
                    new ProjectionChanged(notice.processingGroup(), consignmentId));
        }
    }

    private static boolean wants(SubscriptionQueryMessage<?, ?, ?> subscription, String consignmentId) {
        if (!subscription.getUpdateResponseType().matches(ProjectionChanged.class)) {
            return false;
        }
        Object query = subscription.getPayload();
        return CONSIGNMENT_ID.get(query.getClass())
                .map(accessor -> Objects.equals(consignmentId, invoke(accessor, query)))
                .orElse(true);
    }

    private static Object invoke(Method accessor, Object query) {
        try {
            return accessor.invoke(query);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the consignment id of " + query, e);
        }
    }
}
