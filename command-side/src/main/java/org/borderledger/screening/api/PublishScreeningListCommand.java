package org.borderledger.screening.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/**
 * Put new versions of one or more sources in force. The register numbers the resulting version;
 * the system publishes the lists shipped with the application when none has been published yet.
 */
@AllowedRoles({Role.ADMIN, Role.SYSTEM})
public record PublishScreeningListCommand(@TargetAggregateIdentifier String registerId, List<ImportedList> lists) {

    /** There is one register of screening lists. */
    public static final String REGISTER_ID = "screening-lists";

    public PublishScreeningListCommand {
        if (!REGISTER_ID.equals(registerId)) {
            throw new IllegalArgumentException("The screening-list register is '" + REGISTER_ID + "', not '" + registerId + "'");
        }
        lists = List.copyOf(lists);
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("A publication needs at least one list");
        }
        if (lists.stream().map(ImportedList::source).distinct().count() != lists.size()) {
            throw new IllegalArgumentException("A publication carries each source at most once");
        }
    }

    public PublishScreeningListCommand(List<ImportedList> lists) {
        this(REGISTER_ID, lists);
    }
}
