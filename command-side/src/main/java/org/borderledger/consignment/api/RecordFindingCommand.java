package org.borderledger.consignment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Record what the inspection found, for one goods line or the whole consignment. */
@AllowedRoles({Role.OFFICER, Role.SUPERVISOR})
public record RecordFindingCommand(@TargetAggregateIdentifier String consignmentId, long expectedVersion, Integer lineNumber, boolean discrepancy, String description) implements VersionedCommand {

    public RecordFindingCommand {
        consignmentId = ConsignmentIds.require(consignmentId);
        expectedVersion = ConsignmentIds.requireVersion(expectedVersion);
        if (lineNumber != null && lineNumber < 1) {
            throw new InvalidValueException("lineNumber", "lineNumber", java.util.Map.of(), "Line number must be 1 or more");
        }
        description = FreeText.required("description", "Description of the finding", description, 2000);
    }
}
