package org.borderledger.web.api;

import java.net.URI;
import java.util.Optional;
import java.util.function.LongFunction;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.VersionedCommand;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.DetailCatchUp;
import org.borderledger.web.StoredConsignments;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Sends one change of a consignment for the API, at the version its {@code If-Match} names, through the
 * console's command bus (the same roles, rules and refusals), and answers with the consignment's new
 * status, version and {@code ETag}. The version is the event store's, never a projection's.
 */
@Component
class ConsignmentChanges {

    private final ConsoleCommands commands;
    private final StoredConsignments stored;
    private final DetailCatchUp catchUp;

    ConsignmentChanges(ConsoleCommands commands, StoredConsignments stored, DetailCatchUp catchUp) {
        this.commands = commands;
        this.stored = stored;
        this.catchUp = catchUp;
    }

    /**
     * The answer to a change: the consignment's version after it (its new ETag) and its status then;
     * {@code status} is null if the detail projection has not shown that version within a moment.
     */
    record Changed(String id, ConsignmentStatus status, long version) {
    }

    /** The version {@code If-Match} names, of a consignment that exists (404 otherwise, 428 without If-Match). */
    long expectedVersion(String consignmentId, String ifMatch) {
        if (!stored.exists(consignmentId)) {
            throw new ConsignmentNotFoundException(consignmentId);
        }
        return VersionTags.expectedVersion(ifMatch);
    }

    /** Sends the command made for the version {@code If-Match} names; 200 with the consignment as it stands. */
    ResponseEntity<?> change(String consignmentId, String ifMatch, SignedInUser user, LongFunction<VersionedCommand> command) {
        return send(command.apply(expectedVersion(consignmentId, ifMatch)), user, null);
    }

    /** Sends a command made at a version already read; 201 with {@code created} as Location when not null. */
    ResponseEntity<?> send(VersionedCommand command, SignedInUser user, URI created) {
        String consignmentId = command.consignmentId();
        CommandOutcome outcome = commands.send(command, user);
        if (!outcome.accepted()) {
            return ApiProblems.refused(outcome);
        }
        long version = stored.lastVersion(consignmentId);
        ConsignmentStatus status = catchUp.awaitBeyond(consignmentId, version - 1)
                .filter(detail -> detail.version() == version).map(ConsignmentDetail::status).orElse(null);
        ResponseEntity.BodyBuilder answer = created == null ? ResponseEntity.status(HttpStatus.OK) : ResponseEntity.created(created);
        return answer.eTag(VersionTags.of(version)).body(new Changed(consignmentId, status, version));
    }

    /**
     * The detail at exactly {@code version} when that is the stored version, for a check of the path that
     * the command cannot make itself; empty otherwise, and the command then refuses the stale version.
     */
    Optional<ConsignmentDetail> detailAt(String consignmentId, long version) {
        if (stored.lastVersion(consignmentId) != version) {
            return Optional.empty();
        }
        return catchUp.awaitBeyond(consignmentId, version - 1).filter(detail -> detail.version() == version);
    }

    static URI address(String consignmentId, String... below) {
        return URI.create("/api/consignments/" + consignmentId + (below.length == 0 ? "" : "/" + String.join("/", below)));
    }
}
