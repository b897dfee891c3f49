package org.borderledger.web;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.borderledger.consignment.api.ConsignmentCommand;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.RejectionCode;
import org.axonframework.serialization.SerializationException;
import org.borderledger.messaging.api.TransientFailures;
import org.borderledger.web.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a command from the console or the API in the name of the signed-in user (their actor travels
 * as metadata, and the command bus checks their role again) and turns the answer into a
 * {@link CommandOutcome}: accepted, refused by a rule of the domain (with its code, message and
 * facts), not taken because the database is out of reach for now, or not taken because a stored
 * event it needs cannot be read back (docs/recovery.md). Nothing else is caught: a programming error
 * must surface, not read as a refusal.
 */
@Component
public class ConsoleCommands {

    private static final Logger log = LoggerFactory.getLogger(ConsoleCommands.class);

    private final CommandGateway gateway;

    ConsoleCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public CommandOutcome send(Object command, SignedInUser user) {
        try {
            Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(user.actor().asMetaData()));
            return CommandOutcome.accepted(result);
        } catch (ConsignmentRejectedException refused) {
            return new CommandOutcome(refused.code(), refused.getMessage(), refused.details(), null, refused.messageKey());
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure)) {
                return CommandOutcome.UNAVAILABLE;
            }
            if (unreadable(failure)) {
                log.error("{} for {} not taken: a stored event it needs cannot be read, or its own is too large to store;"
                        + " see the recovery guide (docs/recovery.md)", command.getClass().getSimpleName(),
                        command instanceof ConsignmentCommand addressed ? addressed.consignmentId() : "-", failure);
                return CommandOutcome.STORED_EVENT_UNREADABLE;
            }
            throw failure;
        }
    }

    /** Axon wraps a failure to read an aggregate's event in the handler's invocation exception. */
    private static boolean unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What became of a command: {@code refusal} is null when it was accepted, and {@code result} what
     * its handler answered (the version a publication made, say); otherwise the domain's code (or null
     * when the system was unavailable), its message for the person, and its facts (for a stale
     * version: who changed the consignment, when, and to which version); {@code messageKey} says the
     * message in the reader's language with those facts ({@link ProblemTexts}).
     */
    public record CommandOutcome(RejectionCode refusal, String message, Map<String, String> details, Object result,
                                 String messageKey) {

        static final CommandOutcome UNAVAILABLE = new CommandOutcome(null,
                "The system is temporarily unavailable; nothing was changed. Try again in a moment.", Map.of());
        static final CommandOutcome STORED_EVENT_UNREADABLE = new CommandOutcome(RejectionCode.STORED_EVENT_UNREADABLE,
                "A stored event this change needs cannot be read, or the change is too large to store; nothing was"
                        + " changed. An administrator finds the event in the log (see the recovery guide).", Map.of());

        /** A refusal said by its code's own message key ({@code console.unavailable} without a code). */
        public CommandOutcome(RejectionCode refusal, String message, Map<String, String> details) {
            this(refusal, message, details, null,
                    refusal == null ? "console.unavailable" : ConsignmentRejectedException.messageKey(refusal, null));
        }

        static CommandOutcome accepted(Object result) {
            return new CommandOutcome(null, null, Map.of(), result, null);
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
