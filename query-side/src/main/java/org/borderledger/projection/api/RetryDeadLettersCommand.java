package org.borderledger.projection.api;

import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/**
 * Process a consignment's parked events in one projection again, once their cause is fixed. Answered
 * with a {@link DeadLetterOutcome}.
 */
@AllowedRoles(Role.ADMIN)
public record RetryDeadLettersCommand(String processingGroup, String consignmentId) {
}
