package org.borderledger.web.declaration;

import java.util.UUID;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Declares a consignment for the console and the API alike: a new id, the command in the signed-in
 * user's name, and what became of it.
 */
@Component
public class Declarations {

    private final ConsoleCommands commands;

    Declarations(ConsoleCommands commands) {
        this.commands = commands;
    }

    public Declared declare(Declaration declaration, SignedInUser user) {
        // Random, so two instances never hand out the same id; "C-" tells a consignment id from a reference.
        String consignmentId = "C-" + UUID.randomUUID();
        return new Declared(consignmentId, commands.send(new DeclareConsignmentCommand(consignmentId, declaration), user));
    }

    /** {@code consignmentId} names a consignment only when the outcome is accepted. */
    public record Declared(String consignmentId, CommandOutcome outcome) {
    }
}
