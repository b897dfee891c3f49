package org.borderledger.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
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
 * Holds through the API: an officer places one under an id they choose; a supervisor other than
 * whoever placed it (four eyes) reviews it, as on the held-goods queue.
 */
@RestController
@RequestMapping(path = "/api/consignments/{id}/holds", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consignments")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class HoldApiController {

    private final ConsignmentChanges changes;

    HoldApiController(ConsignmentChanges changes) {
        this.changes = changes;
    }

    /** {@code holdId}: letters, digits, '_' and '-', up to 64; AUTO- and MATCH- are screening's. */
    record HoldRequest(String holdId, HoldReason reason, String text) {
    }

    /** {@code referredAgency} is named for REFER alone. */
    record ReviewRequest(HoldDecision decision, DecisionReason reason, String text, String referredAgency) {
    }

    @PostMapping
    @Operation(summary = "Place a hold",
            description = "Holds the goods with a reason code and why; several holds may be open at once. Location names"
                    + " the hold, the address of its reviews. 409 DUPLICATE_HOLD for an id in use.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = HoldRequest.class),
                    examples = @ExampleObject(name = "hold", ref = "#/components/examples/HoldRequest"))))
    @ApiResponse(responseCode = "201", description = "Placed", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    ResponseEntity<?> place(@PathVariable String id, @RequestBody HoldRequest body,
                            @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                            @AuthenticationPrincipal SignedInUser user) {
        long version = changes.expectedVersion(id, ifMatch);
        PlaceHoldCommand command = new PlaceHoldCommand(id, version, body.holdId(), body.reason(), body.text());
        return changes.send(command, user, ConsignmentChanges.address(id, "holds", command.holdId()));
    }

    @PostMapping("/{holdId}/reviews")
    @Operation(summary = "Review a hold (SUPERVISOR)",
            description = "LIFT, SEIZE, REFUSE or REFER (naming the agency) with a reason code that fits the decision and"
                    + " written reasons. 409 FOUR_EYES when the reviewer placed the hold (or sent the screening that did),"
                    + " REASON_DOES_NOT_FIT_DECISION, UNKNOWN_HOLD or HOLD_ALREADY_DECIDED when refused.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = ReviewRequest.class),
                    examples = @ExampleObject(name = "review", ref = "#/components/examples/ReviewRequest"))))
    @ApiResponse(responseCode = "200", description = "Decided", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    ResponseEntity<?> review(@PathVariable String id, @PathVariable String holdId, @RequestBody ReviewRequest body,
                             @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                             @AuthenticationPrincipal SignedInUser user) {
        return changes.change(id, ifMatch, user, version -> new ReviewHoldCommand(id, version, holdId, body.decision(),
                body.reason(), body.text(), body.referredAgency()));
    }
}
