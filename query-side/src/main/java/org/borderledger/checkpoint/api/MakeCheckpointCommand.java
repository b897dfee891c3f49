package org.borderledger.checkpoint.api;

import org.borderledger.actor.api.AllowedRoles;
import org.borderledger.actor.api.Role;

/** Seals every stored event and signs a checkpoint of the ledger now, instead of waiting for the periodic one. */
@AllowedRoles({Role.AUDITOR, Role.ADMIN})
public record MakeCheckpointCommand() {
}
