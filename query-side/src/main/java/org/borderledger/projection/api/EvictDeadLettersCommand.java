package org.borderledger.projection.api;

import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/**
 * Drop a consignment's parked events from one projection for good (until a rebuild). Answered with a
 * {@link DeadLetterOutcome}.
 */
@AllowedRoles(Role.ADMIN)
public record EvictDeadLettersCommand(String processingGroup, String consignmentId) {
}
