package org.borderledger.projection.api;

import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/**
 * Rebuild a projection from the event store: an operator's action on a processing group, not a change
 * to any consignment. Answered with how the rebuild started ({@link RebuildStart}).
 */
@AllowedRoles(Role.ADMIN)
public record RebuildProjectionCommand(String processingGroup) {
}
