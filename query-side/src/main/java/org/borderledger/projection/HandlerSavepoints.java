package org.borderledger.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every projection's event handler inside a savepoint of the batch's transaction. PostgreSQL
 * aborts a whole transaction at the first failed statement, so without it one event that fails in
 * SQL (a value too long, a broken constraint) would take the dead-letter queue's own insert and the
 * rest of the batch down with it, and the processor would retry the batch forever; with it, the
 * failed handler's statements are rolled back alone, the event is parked with its consignment's
 * sequence, and the batch goes on. Axon picks this bean up for every annotated handler; it wraps
 * only event handlers of classes with a {@link ProcessingGroup}, never aggregates, and not those of a
 * {@link BatchedProjection}, which touch no table while handling (their writes are isolated at flush).
 */
@Component
class HandlerSavepoints implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    HandlerSavepoints(PlatformTransactionManager transactions) {
        savepoint = new TransactionTemplate(transactions);
        // Inside the batch's transaction: a savepoint; outside any (a handler called directly): a transaction.
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        return isProjectionEventHandler(original) ? new InSavepoint<>(original) : original;
    }

    private static boolean isProjectionEventHandler(MessageHandlingMember<?> handler) {
        if (!handler.canHandleMessageType(EventMessage.class)) {
            return false;
        }
        try {
            Class<?> projection = handler.declaringClass();
            return projection.isAnnotationPresent(ProcessingGroup.class)
                    && !projection.isAnnotationPresent(BatchedProjection.class);
        } catch (UnsupportedOperationException notAMethod) {
            // Only handlers declared by a class's method say which class; others are not projections'.
            return false;
        }
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

        InSavepoint(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            try {
                return savepoint.execute(status -> {
                    try {
                        return InSavepoint.super.handle(message, target);
                    } catch (Exception failure) {
                        throw new HandlerFailure(failure);
                    }
                });
            } catch (HandlerFailure failure) {
                throw failure.getCause();
            }
        }
    }

    /** Carries a handler's checked exception out of the transaction callback, which rolls back on it. */
    private static final class HandlerFailure extends RuntimeException {

        HandlerFailure(Exception cause) {
            super(cause);
        }

        @Override
        public synchronized Exception getCause() {
            return (Exception) super.getCause();
        }
    }
}
