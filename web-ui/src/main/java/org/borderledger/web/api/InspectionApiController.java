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
import java.util.Optional;
import java.util.function.LongFunction;
import org.borderledger.consignment.api.CompleteInspectionCommand;
import org.borderledger.consignment.api.InspectionOutcome;
import org.borderledger.consignment.api.RecordFindingCommand;
import org.borderledger.consignment.api.StartInspectionCommand;
import org.borderledger.consignment.api.VersionedCommand;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
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
 * A physical inspection through the API: start it under an id the caller chooses, record what it
 * finds, complete it with its outcome. Findings and the completion address the consignment's current
 * inspection, which the path names.
 */
@RestController
@RequestMapping(path = "/api/consignments/{id}/inspections", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consignments")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class InspectionApiController {

    private final ConsignmentChanges changes;

    InspectionApiController(ConsignmentChanges changes) {
        this.changes = changes;
    }

    /** {@code inspectionId}: letters, digits, '_' and '-', up to 64, such as INSP-1. */
    record InspectionRequest(String inspectionId, String note) {
    }

    /** {@code lineNumber} is the goods line found on, or null for the whole consignment. */
    record FindingRequest(Integer lineNumber, boolean discrepancy, String description) {
    }

    record CompletionRequest(InspectionOutcome outcome, String note) {
    }

    @PostMapping
    @Operation(summary = "Start a physical inspection",
            description = "The consignment goes UNDER_INSPECTION (RED), from AWAITING_INSPECTION, AWAITING_DOCUMENT_CHECK,"
                    + " CLEARED or DISCREPANCY_FOUND. Location names the inspection, the address of its findings and completion.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = InspectionRequest.class),
                    examples = @ExampleObject(name = "inspection", ref = "#/components/examples/InspectionRequest"))))
    @ApiResponse(responseCode = "201", description = "Started", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    ResponseEntity<?> start(@PathVariable String id, @RequestBody InspectionRequest body,
                            @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                            @AuthenticationPrincipal SignedInUser user) {
        long version = changes.expectedVersion(id, ifMatch);
        StartInspectionCommand command = new StartInspectionCommand(id, version, body.inspectionId(), body.note());
        return changes.send(command, user,
                ConsignmentChanges.address(id, "inspections", command.inspectionId()));
    }

    @PostMapping("/{inspectionId}/findings")
    @Operation(summary = "Record a finding of the inspection",
            description = "For one goods line or the whole consignment; a discrepancy bars completing it with NO_DISCREPANCY."
                    + " 404 NOT_FOUND when the path names another than the consignment's current inspection.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = FindingRequest.class),
                    examples = @ExampleObject(name = "finding", ref = "#/components/examples/FindingRequest"))))
    @ApiResponse(responseCode = "200", description = "Recorded", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    ResponseEntity<?> finding(@PathVariable String id, @PathVariable String inspectionId, @RequestBody FindingRequest body,
                              @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                              @AuthenticationPrincipal SignedInUser user) {
        return ofCurrentInspection(id, inspectionId, ifMatch, user,
                version -> new RecordFindingCommand(id, version, body.lineNumber(), body.discrepancy(), body.description()));
    }

    @PostMapping("/{inspectionId}/completion")
    @Operation(summary = "Complete the inspection",
            description = "NO_DISCREPANCY clears the consignment (refused with 409 DISCREPANCY_RECORDED after a discrepancy"
                    + " was found); DISCREPANCY leaves it DISCREPANCY_FOUND.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = CompletionRequest.class),
                    examples = @ExampleObject(name = "completion", ref = "#/components/examples/CompletionRequest"))))
    @ApiResponse(responseCode = "200", description = "Completed", content = @Content(
            schema = @Schema(implementation = ConsignmentChanges.Changed.class),
            examples = @ExampleObject(name = "changed", ref = "#/components/examples/Changed")))
    ResponseEntity<?> complete(@PathVariable String id, @PathVariable String inspectionId, @RequestBody CompletionRequest body,
                               @Parameter(description = OpenApiConfiguration.IF_MATCH) @RequestHeader(name = VersionTags.IF_MATCH, required = false) String ifMatch,
                               @AuthenticationPrincipal SignedInUser user) {
        return ofCurrentInspection(id, inspectionId, ifMatch, user,
                version -> new CompleteInspectionCommand(id, version, body.outcome(), body.note()));
    }

    /**
     * The commands address the consignment's current inspection, not one by id: the path's must be it
     * at the version decided on. At a version since gone the command refuses it as stale.
     */
    private ResponseEntity<?> ofCurrentInspection(String id, String inspectionId, String ifMatch, SignedInUser user,
                                                  LongFunction<VersionedCommand> command) {
        long version = changes.expectedVersion(id, ifMatch);
        Optional<String> current = changes.detailAt(id, version).map(InspectionApiController::currentId);
        if (current.isPresent() && !current.get().equals(inspectionId)) {
            return ApiProblems.answer(ApiProblems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Inspection " + inspectionId
                    + " is not the current inspection of consignment " + id
                    + (current.get().isEmpty() ? "; none was started." : "; that is " + current.get() + ".")));
        }
        return changes.send(command.apply(version), user, null);
    }

    /** The latest inspection's id, empty when none was started. */
    private static String currentId(ConsignmentDetail detail) {
        List<ConsignmentDetail.Inspection> inspections = detail.inspections();
        return inspections.isEmpty() ? "" : inspections.get(inspections.size() - 1).inspectionId();
    }
}
