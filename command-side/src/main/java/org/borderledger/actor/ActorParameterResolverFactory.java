package org.borderledger.actor;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.RejectionCode;

/**
 * Lets a message handler declare an {@link Actor} parameter, read from the message's metadata.
 * Registered through META-INF/services, so it works in Spring and in test fixtures alike.
 */
public class ActorParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Actor> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        return parameters[parameterIndex].getType() == Actor.class ? new ActorResolver() : null;
    }

    private static final class ActorResolver implements ParameterResolver<Actor> {

        @Override
        public Actor resolveParameterValue(Message<?> message) {
            return Actor.from(message.getMetaData()).orElseThrow(() -> new ConsignmentRejectedException(
                    RejectionCode.NOT_AUTHENTICATED, "The command does not say who sent it; sign in and try again."));
        }

        @Override
        public boolean matches(Message<?> message) {
            return true;
        }
    }
}
