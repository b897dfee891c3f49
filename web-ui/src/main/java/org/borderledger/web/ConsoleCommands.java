package org.borderledger.web;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.messaging.TransientFailures;
import org.borderledger.web.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Sends a command from the console or the API in the name of the signed-in user (their actor travels
 * as metadata, and the command bus checks their role again) and turns the answer into a
 * {@link CommandOutcome}: accepted, refused by a rule of the domain (with its code, message and
 * facts), or not taken because the database is out of reach for now. Nothing else is caught: a
 * programming error must surface, not read as a refusal.
 */
@Component
public class ConsoleCommands {

    private final CommandGateway gateway;

    ConsoleCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public CommandOutcome send(Object command, SignedInUser user) {
        try {
            Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(user.actor().asMetaData()));
            return CommandOutcome.accepted(result);
        } catch (ConsignmentRejectedException refused) {
            return new CommandOutcome(refused.code(), refused.getMessage(), refused.details());
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure)) {
                return CommandOutcome.UNAVAILABLE;
            }
            throw failure;
        }
    }

    /**
     * What became of a command: {@code refusal} is null when it was accepted, and {@code result} what
     * its handler answered (the version a publication made, say); otherwise the domain's code (or null
     * when the system was unavailable), its message for the person, and its facts (for a stale
     * version: who changed the consignment, when, and to which version).
     */
    public record CommandOutcome(RejectionCode refusal, String message, Map<String, String> details, Object result) {

        static final CommandOutcome UNAVAILABLE = new CommandOutcome(null,
                "The system is temporarily unavailable; nothing was changed. Try again in a moment.", Map.of());

        public CommandOutcome(RejectionCode refusal, String message, Map<String, String> details) {
            this(refusal, message, details, null);
        }

        static CommandOutcome accepted(Object result) {
            return new CommandOutcome(null, null, Map.of(), result);
        }

        public boolean accepted() {
            return refusal == null && message == null;
        }

        public boolean unavailable() {
            return refusal == null && message != null;
        }

        public boolean staleVersion() {
            return refusal == RejectionCode.STALE_VERSION;
        }
    }
}
