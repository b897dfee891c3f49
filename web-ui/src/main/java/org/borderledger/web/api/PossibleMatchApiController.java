package org.borderledger.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.function.Function;
import org.borderledger.consignment.api.ConfirmPossibleMatchCommand;
import org.borderledger.consignment.api.DismissPossibleMatchCommand;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.consignment.api.VersionedCommand;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.web.ConsoleCommands;
import org.borderledger.web.ConsoleCommands.CommandOutcome;
import org.borderledger.web.DetailCatchUp;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An officer resolves a possible denied-party match through the API: confirm it (the goods are held
 * for a supervisor) or dismiss it as a different party with a reason. The match is named by the
 * party's role and the list entry's id, as {@code GET /api/consignments/{id}} shows them; the body
 * carries the version the caller saw. Answers with the consignment as it stands afterwards.
 */
@RestController
@RequestMapping(path = "/api/consignments/{id}/possible-matches/{role}/{entryId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consignments")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class PossibleMatchApiController {

    private final ConsoleCommands commands;
    private final DetailCatchUp catchUp;

    PossibleMatchApiController(ConsoleCommands commands, DetailCatchUp catchUp) {
        this.commands = commands;
        this.catchUp = catchUp;
    }

    /** The body of a confirmation: the version of the consignment the caller decided on. */
    record Confirmation(Long expectedVersion) {
    }

    /** The body of a dismissal: the version the caller decided on and why the party is another one. */
    record Dismissal(Long expectedVersion, String reason) {
    }

    @PostMapping(path = "/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Confirm a possible match",
            description = "The declared party is the listed one: a SANCTIONS_MATCH hold is placed for another supervisor"
                    + " to decide. 409 with code UNKNOWN_POSSIBLE_MATCH, POSSIBLE_MATCH_ALREADY_RESOLVED, STALE_VERSION"
                    + " or TERMINAL_STATE when refused.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = Confirmation.class),
                    examples = @ExampleObject(name = "confirmation", ref = "#/components/examples/Confirmation"))))
    @ApiResponse(responseCode = "200", description = "Confirmed; the consignment as it stands", content = @Content(
            schema = @Schema(implementation = ConsignmentDetail.class),
            examples = @ExampleObject(name = "consignment", ref = "#/components/examples/ConsignmentDetail")))
    @ApiResponse(responseCode = "202", description = "Confirmed; the consignment's page has not caught up yet, read it again shortly", content = @Content)
    @ApiResponse(responseCode = "409", description = "UNKNOWN_POSSIBLE_MATCH, POSSIBLE_MATCH_ALREADY_RESOLVED, STALE_VERSION or TERMINAL_STATE")
    @ApiResponse(responseCode = "503", description = "UNAVAILABLE: the event store cannot be read now")
    ResponseEntity<?> confirm(@PathVariable String id, @PathVariable String role, @PathVariable String entryId,
                              @RequestBody Confirmation body, @AuthenticationPrincipal SignedInUser user) {
        return send(id, user, body.expectedVersion(),
                version -> new ConfirmPossibleMatchCommand(id, version, role(role), entryId));
    }

    @PostMapping(path = "/dismissal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Dismiss a possible match as a different party",
            description = "Requires a reason (up to 1000 characters). The decision is remembered: later screenings do"
                    + " not raise the same hit unless the list entry or the declared party changes.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = Dismissal.class),
                    examples = @ExampleObject(name = "dismissal", ref = "#/components/examples/Dismissal"))))
    @ApiResponse(responseCode = "200", description = "Dismissed; the consignment as it stands", content = @Content(
            schema = @Schema(implementation = ConsignmentDetail.class),
            examples = @ExampleObject(name = "consignment", ref = "#/components/examples/ConsignmentDetail")))
    @ApiResponse(responseCode = "202", description = "Dismissed; the consignment's page has not caught up yet, read it again shortly", content = @Content)
    @ApiResponse(responseCode = "409", description = "UNKNOWN_POSSIBLE_MATCH, POSSIBLE_MATCH_ALREADY_RESOLVED, STALE_VERSION or TERMINAL_STATE")
    @ApiResponse(responseCode = "503", description = "UNAVAILABLE: the event store cannot be read now")
    ResponseEntity<?> dismiss(@PathVariable String id, @PathVariable String role, @PathVariable String entryId,
                              @RequestBody Dismissal body, @AuthenticationPrincipal SignedInUser user) {
        return send(id, user, body.expectedVersion(),
                version -> new DismissPossibleMatchCommand(id, version, role(role), entryId, body.reason()));
    }

    private ResponseEntity<?> send(String id, SignedInUser user, Long expectedVersion,
                                   Function<Long, VersionedCommand> command) {
        if (expectedVersion == null) {
            return refused("expectedVersion", "The version of the consignment you saw is required");
        }
        VersionedCommand built;
        try {
            built = command.apply(expectedVersion);
        } catch (InvalidValueException invalid) {
            return refused(invalid.field(), invalid.getMessage());
        }
        CommandOutcome outcome = commands.send(built, user);
        if (!outcome.accepted()) {
            return ApiProblems.refused(outcome);
        }
        // A confirmation appends two events (the confirmation and its hold): answer once the detail shows both.
        return catchUp.awaitStored(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.accepted().build());
    }

    private static ResponseEntity<?> refused(String field, String message) {
        return ApiProblems.answer(ApiProblems.invalidValue("The decision on the possible match has a value the system refuses.",
                field, message));
    }

    private static PartyRole role(String role) {
        try {
            return PartyRole.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("role", "'" + role + "' is not a party role (declarant, exporter, consignee or carrier)");
        }
    }
}
