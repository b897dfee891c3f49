package org.borderledger.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.checkpoint.api.Checkpoint;
import org.borderledger.checkpoint.api.CheckpointVerification;
import org.borderledger.checkpoint.api.Checkpoints;
import org.borderledger.checkpoint.api.FetchCheckpointQuery;
import org.borderledger.checkpoint.api.FetchCheckpointsQuery;
import org.borderledger.checkpoint.api.MakeCheckpointCommand;
import org.borderledger.checkpoint.api.VerifyCheckpointQuery;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signed checkpoints for an auditor's tools: list them, make one, fetch one as the file to keep, and
 * verify the store against the newest or against a checkpoint file sent in the body.
 */
@RestController
@Tag(name = "Audit trail")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class CheckpointApiController {

    private static final int LISTED = 100;

    private final QueryGateway queries;
    private final ConsoleCommands commands;

    CheckpointApiController(QueryGateway queries, ConsoleCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/api/audit/checkpoints")
    @Operation(summary = "The newest signed checkpoints",
            description = "At most 100, newest first, with the signing key's fingerprint and the position sealed so far.")
    @ApiResponse(responseCode = "200", description = "The checkpoints", content = @Content(
            schema = @Schema(implementation = Checkpoints.class),
            examples = @ExampleObject(name = "checkpoints", ref = "#/components/examples/Checkpoints")))
    Checkpoints list() {
        return queries.query(new FetchCheckpointsQuery(LISTED), Checkpoints.class).join();
    }

    @PostMapping("/api/audit/checkpoints")
    @Operation(summary = "Sign a checkpoint now",
            description = "Seals every stored event and signs a checkpoint of them; answers the newest one when nothing was stored since.")
    @ApiResponse(responseCode = "200", description = "The checkpoint, as the file to keep", content = @Content(
            schema = @Schema(implementation = Checkpoint.class),
            examples = @ExampleObject(name = "checkpoint", ref = "#/components/examples/Checkpoint")))
    @ApiResponse(responseCode = "409", description = "NOTHING_STORED: no event is stored yet")
    @ApiResponse(responseCode = "503", description = "UNAVAILABLE: the event store cannot be read now")
    ResponseEntity<?> make(@AuthenticationPrincipal SignedInUser user) {
        CommandOutcome outcome = commands.send(new MakeCheckpointCommand(), user);
        if (!outcome.accepted()) {
            return ApiProblems.refused(outcome);
        }
        if (outcome.result() == null) {
            return ApiProblems.answer(ApiProblems.problem(HttpStatus.CONFLICT, "NOTHING_STORED",
                    "No event is stored yet: there is nothing to sign."));
        }
        return ResponseEntity.ok(outcome.result());
    }

    @GetMapping("/api/audit/checkpoints/{position}")
    @Operation(summary = "One checkpoint", description = "The checkpoint that covers a global position, as the file to keep.")
    @ApiResponse(responseCode = "200", description = "The checkpoint", content = @Content(
            schema = @Schema(implementation = Checkpoint.class),
            examples = @ExampleObject(name = "checkpoint", ref = "#/components/examples/Checkpoint")))
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no checkpoint at that position")
    ResponseEntity<?> one(@Parameter(description = "Global position the checkpoint covers") @PathVariable long position) {
        Checkpoint checkpoint = queries.query(new FetchCheckpointQuery(position), Checkpoint.class).join();
        return checkpoint == null
                ? ApiProblems.answer(ApiProblems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "There is no checkpoint at position " + position + "."))
                : ResponseEntity.ok(checkpoint);
    }

    @PostMapping("/api/audit/verification")
    @Operation(summary = "Verify the store against a checkpoint",
            description = "Against a checkpoint file sent as the body, or against the newest stored checkpoint when the body is empty;"
                    + " every finding is named with its consignment, sequence number and position.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    schema = @Schema(implementation = Checkpoint.class),
                    examples = @ExampleObject(name = "kept", ref = "#/components/examples/Checkpoint"))))
    @ApiResponse(responseCode = "200", description = "What the verification found", content = @Content(
            schema = @Schema(implementation = CheckpointVerification.class),
            examples = @ExampleObject(name = "intact", ref = "#/components/examples/CheckpointVerification")))
    CheckpointVerification verify(@RequestBody(required = false) Checkpoint kept) {
        return queries.query(new VerifyCheckpointQuery(kept), CheckpointVerification.class).join();
    }
}
