package org.borderledger.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.borderledger.consignment.api.DecideReexportCommand;
import org.borderledger.consignment.api.ReexportDecision;
import org.borderledger.web.Choices;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A supervisor decides a possible re-export through the API, naming it by its HS subheading as
 * {@code GET /api/consignments/{id}} shows it in {@code reexports[].hit.hs6}; If-Match names the version
 * the caller decided on, as for every change ({@link ConsignmentChanges}).
 */
@RestController
@Tag(name = "Consignments")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class ReexportApiController {

    private final ConsignmentChanges changes;

    ReexportApiController(ConsignmentChanges changes) {
        this.changes = changes;
    }

    /** The body of a decision: one of the decision codes and why. */
    record Decision(String decision, String reason) {
    }

    @PostMapping(path = "/api/consignments/{id}/reexports/{hs6}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide a possible re-export",
            description = "Closes the open possible re-export of the goods under HS subheading hs6 (six digits) with a"
                    + " decision (ORIGIN_PROVEN_LOCAL, END_USE_DOCUMENTED, GOODS_NOT_THE_SAME, PARTIES_NOT_RELATED,"
                    + " REFERRED_TO_FINANCIAL_MONITORING, REFERRED_TO_INVESTIGATION) and a reason (up to 1000"
                    + " characters). Supervisors only, and not the one who declared the consignment or whose command's"
                    + " screening found it (four eyes). Release waits for this decision; a later screening that links"
                    + " the same imports to the same quantities keeps it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = Decision.class),
                    examples = @ExampleObject(name = "decision", ref = "#/components/examples/ReexportDecisionRequest"))))
    @ApiResponse(responseCode = "200", description = "Decided; the consignment's new status and version", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    @ApiResponse(responseCode = "409", description = "REEXPORT_NOT_OPEN, FOUR_EYES or TERMINAL_STATE")
    @ApiResponse(responseCode = "503", description = "UNAVAILABLE: the event store cannot be read now")
    ResponseEntity<?> decide(@PathVariable String id, @PathVariable String hs6, @RequestBody Decision body,
                             @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                             @AuthenticationPrincipal SignedInUser user) {
        return changes.change(id, ifMatch, user,
                version -> new DecideReexportCommand(id, version, hs6, decision(body.decision()), body.reason()));
    }

    private static ReexportDecision decision(String decision) {
        return Choices.of(ReexportDecision.class, "decision", decision,
                "'" + decision + "' is not one of the decisions on a possible re-export");
    }
}
