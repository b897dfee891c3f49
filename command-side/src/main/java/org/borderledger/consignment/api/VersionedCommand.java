package org.borderledger.consignment.api;

/**
 * A command sent by a person who was looking at a given version of the consignment (the sequence
 * number of its last event). If the consignment has moved on since, the command is refused.
 */
public interface VersionedCommand extends ConsignmentCommand {
    long expectedVersion();
}
