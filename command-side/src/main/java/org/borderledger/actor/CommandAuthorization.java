package org.borderledger.actor;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.RejectionCode;

/**
 * Refuses, on the command bus itself, every command whose sender's role is not in the command's
 * {@link AllowedRoles}, and every command type that has no such rule. Whatever a screen shows or
 * hides, this is where authorisation of commands happens.
 */
public class CommandAuthorization implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        authorise(command.getPayloadType(), Actor.from(command.getMetaData()).orElse(null));
        return chain.proceed();
    }

    static void authorise(Class<?> commandType, Actor actor) {
        AllowedRoles rule = commandType.getAnnotation(AllowedRoles.class);
        if (rule == null) {
            throw new ConsignmentRejectedException(RejectionCode.ROLE_NOT_ALLOWED, "noRule", commandType.getSimpleName()
                    + " has no authorisation rule, so no one may send it.", Map.of("command", commandType.getSimpleName()));
        }
        if (actor == null) {
            throw new ConsignmentRejectedException(RejectionCode.NOT_AUTHENTICATED,
                    "The command does not say who sent it; sign in and try again.");
        }
        if (Arrays.stream(rule.value()).noneMatch(actor.role()::equals)) {
            String allowed = Arrays.stream(rule.value()).map(Role::name).collect(Collectors.joining(", "));
            throw new ConsignmentRejectedException(RejectionCode.ROLE_NOT_ALLOWED, null,
                    "Your role " + actor.role() + " may not " + describe(commandType) + "; only " + allowed + " may.",
                    Map.of("role", actor.role().name(), "allowedRoles", allowed));
        }
    }

    /** "ReviewHoldCommand" becomes "review hold". */
    private static String describe(Class<?> commandType) {
        String name = commandType.getSimpleName().replaceFirst("Command$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
