package org.borderledger.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Function;
import org.borderledger.consignment.api.ConfirmPossibleMatchCommand;
import org.borderledger.consignment.api.DismissPossibleMatchCommand;
import org.borderledger.consignment.api.PartyRole;
import org.borderledger.web.Choices;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An officer resolves a possible denied-party match through the API: confirm it (the goods are held
 * for a supervisor) or dismiss it as a different party with a reason. The match is named by the
 * party's role and the list entry's id, as {@code GET /api/consignments/{id}} shows them; If-Match
 * names the version the caller decided on, as for every change ({@link ConsignmentChanges}).
 */
@RestController
@RequestMapping(path = "/api/consignments/{id}/possible-matches/{role}/{entryId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consignments")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class PossibleMatchApiController {

    private final ConsignmentChanges changes;

    PossibleMatchApiController(ConsignmentChanges changes) {
        this.changes = changes;
    }

    /** The body of a confirmation: nothing to say beyond the path ({@code {}}). */
    record Confirmation() {
    }

    /** The body of a dismissal: why the party is another one. */
    record Dismissal(String reason) {
    }

    @PostMapping("/confirmation")
    @Operation(summary = "Confirm a possible match",
            description = "The declared party is the listed one: a SANCTIONS_MATCH hold is placed for another supervisor"
                    + " to decide. 409 with code UNKNOWN_POSSIBLE_MATCH, POSSIBLE_MATCH_ALREADY_RESOLVED or TERMINAL_STATE"
                    + " when refused.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = Confirmation.class),
                    examples = @ExampleObject(name = "confirmation", ref = "#/components/examples/Confirmation"))))
    @ApiResponse(responseCode = "200", description = "Confirmed; the consignment's new status and version", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    @ApiResponse(responseCode = "409", description = "UNKNOWN_POSSIBLE_MATCH, POSSIBLE_MATCH_ALREADY_RESOLVED or TERMINAL_STATE")
    @ApiResponse(responseCode = "503", description = "UNAVAILABLE: the event store cannot be read now")
    ResponseEntity<?> confirm(@PathVariable String id, @PathVariable String role, @PathVariable String entryId,
                              @RequestBody Confirmation body,
                              @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                              @AuthenticationPrincipal SignedInUser user) {
        return changes.change(id, ifMatch, user, version -> new ConfirmPossibleMatchCommand(id, version, role(role), entryId));
    }

    @PostMapping("/dismissal")
    @Operation(summary = "Dismiss a possible match as a different party",
            description = "Requires a reason (up to 1000 characters). The decision is remembered: later screenings do"
                    + " not raise the same hit unless the list entry or the declared party changes.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = Dismissal.class),
                    examples = @ExampleObject(name = "dismissal", ref = "#/components/examples/Dismissal"))))
    @ApiResponse(responseCode = "200", description = "Dismissed; the consignment's new status and version", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    @ApiResponse(responseCode = "409", description = "UNKNOWN_POSSIBLE_MATCH, POSSIBLE_MATCH_ALREADY_RESOLVED or TERMINAL_STATE")
    @ApiResponse(responseCode = "503", description = "UNAVAILABLE: the event store cannot be read now")
    ResponseEntity<?> dismiss(@PathVariable String id, @PathVariable String role, @PathVariable String entryId,
                              @RequestBody Dismissal body,
                              @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                              @AuthenticationPrincipal SignedInUser user) {
        return changes.change(id, ifMatch, user,
                version -> new DismissPossibleMatchCommand(id, version, role(role), entryId, body.reason()));
    }

    private static PartyRole role(String role) {
        return Choices.of(PartyRole.class, "role", role,
                "'" + role + "' is not a party role (declarant, exporter, consignee or carrier)");
    }
}
