package org.borderledger.projection.api;

import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/**
 * Rebuild every projection (each streaming processor's) from the event store in one pass that reads each
 * event once for all of them: an operator's action, not a change to any consignment. Answered with how
 * the rebuild started ({@link RebuildStart}).
 */
@AllowedRoles(Role.ADMIN)
public record RebuildAllProjectionsCommand() {
}
