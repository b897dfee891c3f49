package org.borderledger.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.borderledger.consignment.api.AmendDeclarationCommand;
import org.borderledger.consignment.api.CancelDeclarationCommand;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.DocumentCheckOutcome;
import org.borderledger.consignment.api.RecordDocumentCheckCommand;
import org.borderledger.consignment.api.RecordTransitArrivalCommand;
import org.borderledger.consignment.api.ReleaseConsignmentCommand;
import org.borderledger.consignment.api.SealCheck;
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
 * An officer's changes of a whole consignment through the API: the document check, the release, an
 * amendment of the declaration, its cancellation and the arrival at exit of a transit movement. Each names in {@code If-Match} the version it was
 * decided on and answers with the new one ({@link ConsignmentChanges}).
 */
@RestController
@RequestMapping(path = "/api/consignments/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consignments")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class ConsignmentCommandApiController {

    private final ConsignmentChanges changes;

    ConsignmentCommandApiController(ConsignmentChanges changes) {
        this.changes = changes;
    }

    /** {@code note} is required when the documents are NOT_IN_ORDER. */
    record DocumentCheckRequest(DocumentCheckOutcome outcome, String note) {
    }

    record ReleaseRequest(String note) {
    }

    /** The whole declaration as it now stands (the shape of a declaration), and why it changed. */
    record AmendmentRequest(Declaration declaration, String reason) {
    }

    record CancellationRequest(String reason) {
    }

    /**
     * The goods of a movement in transit as presented at {@code arrivalPost}: every seal put on at departure
     * with its condition, the numbers of seals found that were not declared, the vehicle presented.
     */
    record TransitArrivalRequest(String arrivalPost, List<SealCheck> seals, List<String> otherSeals,
                                 String vehicleRegistration, String note) {
    }

    @PostMapping("/document-checks")
    @Operation(summary = "Record the document check",
            description = "Of a consignment AWAITING_DOCUMENT_CHECK (YELLOW): IN_ORDER clears it, NOT_IN_ORDER (with a note"
                    + " saying what) sends it to inspection. 409 ILLEGAL_TRANSITION in any other status.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = DocumentCheckRequest.class),
                    examples = @ExampleObject(name = "documentCheck", ref = "#/components/examples/DocumentCheckRequest"))))
    @ApiResponse(responseCode = "200", description = "Recorded", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    ResponseEntity<?> documentCheck(@PathVariable String id, @RequestBody DocumentCheckRequest body,
                                    @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                                    @AuthenticationPrincipal SignedInUser user) {
        return changes.change(id, ifMatch, user, version -> new RecordDocumentCheckCommand(id, version, body.outcome(), body.note()));
    }

    @PostMapping("/release")
    @Operation(summary = "Release the goods",
            description = "Of a CLEARED consignment with no hold and no possible match open; terminal. A transit declaration"
                    + " (with transit details) is released into transit instead: IN_TRANSIT until its arrival at exit, overdue"
                    + " if not arrived by its time limit. 409 NOT_CLEARED, HOLD_OPEN, POSSIBLE_MATCH_OPEN or TERMINAL_STATE"
                    + " when refused, TRANSIT_TIME_LIMIT for a transit whose time limit has passed; the body may be {}.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = ReleaseRequest.class),
                    examples = @ExampleObject(name = "release", ref = "#/components/examples/ReleaseRequest"))))
    @ApiResponse(responseCode = "200", description = "Released", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    ResponseEntity<?> release(@PathVariable String id, @RequestBody ReleaseRequest body,
                              @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                              @AuthenticationPrincipal SignedInUser user) {
        return changes.change(id, ifMatch, user, version -> new ReleaseConsignmentCommand(id, version, body.note()));
    }

    @PostMapping("/transit-arrival")
    @Operation(summary = "Record the arrival of a transit movement",
            description = "Of a consignment IN_TRANSIT, by an officer of arrivalPost (one of their posts, which is then in"
                    + " charge of the movement). Every seal put on at departure must be said once (INTACT, BROKEN or"
                    + " MISSING; 400 INVALID_INPUT otherwise). As declared, the movement is DISCHARGED; a broken or missing"
                    + " seal, another seal number, another vehicle, or a post toward another country than the destination"
                    + " and the exit post's (a diversion) holds it automatically (HELD, reason TRANSIT_DISCREPANCY or"
                    + " DIVERSION) for another supervisor of that post to decide. 409 ILLEGAL_TRANSITION in any other status,"
                    + " FOUR_EYES for whoever released the movement.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = TransitArrivalRequest.class),
                    examples = @ExampleObject(name = "transitArrival", ref = "#/components/examples/TransitArrivalRequest"))))
    @ApiResponse(responseCode = "200", description = "Recorded: DISCHARGED, or HELD with what was found", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    ResponseEntity<?> transitArrival(@PathVariable String id, @RequestBody TransitArrivalRequest body,
                                     @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                                     @AuthenticationPrincipal SignedInUser user) {
        return changes.change(id, ifMatch, user, version -> new RecordTransitArrivalCommand(id, version,
                body.arrivalPost(), body.seals(), body.otherSeals(), body.vehicleRegistration(), body.note()));
    }

    @PostMapping("/amendments")
    @Operation(summary = "Amend the declaration",
            description = "Replaces the declared particulars before release (not under inspection); the consignment is"
                    + " screened again. The reference and the declarant cannot change (409 DECLARATION_IDENTITY_CHANGED).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = AmendmentRequest.class),
                    examples = @ExampleObject(name = "amendment", ref = "#/components/examples/AmendmentRequest"))))
    @ApiResponse(responseCode = "200", description = "Amended and screened again", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    ResponseEntity<?> amend(@PathVariable String id, @RequestBody AmendmentRequest body,
                            @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                            @AuthenticationPrincipal SignedInUser user) {
        return changes.change(id, ifMatch, user, version -> new AmendDeclarationCommand(id, version, body.declaration(), body.reason()));
    }

    @PostMapping("/cancellation")
    @Operation(summary = "Cancel the declaration",
            description = "Withdraws it before any inspection has started, with a reason; terminal.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = CancellationRequest.class),
                    examples = @ExampleObject(name = "cancellation", ref = "#/components/examples/CancellationRequest"))))
    @ApiResponse(responseCode = "200", description = "Cancelled", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    ResponseEntity<?> cancel(@PathVariable String id, @RequestBody CancellationRequest body,
                             @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                             @AuthenticationPrincipal SignedInUser user) {
        return changes.change(id, ifMatch, user, version -> new CancelDeclarationCommand(id, version, body.reason()));
    }
}
