package org.borderledger.support;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.borderledger.actor.api.Actor;

/**
 * Sends commands as a given person, the way the console does: the actor travels as metadata. A test
 * context gets one with {@code @Import(Commands.class)}.
 */
public record Commands(CommandGateway gateway) {

    public <R> R send(Object command, Actor actor) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData()));
    }
}
