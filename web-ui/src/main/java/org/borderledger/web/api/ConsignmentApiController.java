package org.borderledger.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.ConsignmentTimeline;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.detail.api.FetchConsignmentTimelineQuery;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.DetailCatchUp;
import org.borderledger.web.StoredConsignments;
import org.borderledger.web.declaration.Declarations;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for traders' and other agencies' systems: declare a consignment, read it and its
 * timeline. The body of a declaration has the shape of {@link Declaration} as the events store it,
 * and passes the same value objects and the same command bus (with its role check) as the console.
 */
@RestController
@RequestMapping(path = "/api/consignments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consignments")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class ConsignmentApiController {

    private final Declarations declarations;
    private final QueryGateway queries;
    private final DetailCatchUp catchUp;
    private final StoredConsignments stored;
    private final AccessRecorder access;

    ConsignmentApiController(Declarations declarations, QueryGateway queries, DetailCatchUp catchUp,
                             StoredConsignments stored, AccessRecorder access) {
        this.access = access;
        this.declarations = declarations;
        this.queries = queries;
        this.catchUp = catchUp;
        this.stored = stored;
    }

    /** The answer to a declaration; {@code status} and {@code channel} are null if screening is not yet readable. */
    record DeclaredConsignment(String id, @Schema(nullable = true) ConsignmentStatus status,
                               @Schema(nullable = true) Channel channel) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Declare a consignment",
            description = "Screens the declaration as part of the declaration and answers with its status and channel."
                    + " The border post must be one of the list the console offers. A TRANSIT declaration may give transit"
                    + " details (exit post, seals, guarantee, time limit): the border post is then the office of departure;"
                    + " the exit post must lead to the destination or a country of route and the time limit be ahead by at"
                    + " most 30 days (409 TRANSIT_ROUTE, TRANSIT_TIME_LIMIT).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = Declaration.class),
                    examples = {@ExampleObject(name = "declaration", ref = "#/components/examples/Declaration"),
                            @ExampleObject(name = "transit", ref = "#/components/examples/TransitDeclaration")})))
    @ApiResponse(responseCode = "201", description = "Declared; Location names the consignment",
            headers = {@Header(name = "Location", description = "The consignment's address in the API", schema = @Schema(type = "string")),
                    @Header(name = HttpHeaders.ETAG, description = "The consignment's version, for the If-Match of a change",
                            schema = @Schema(type = "string"))},
            content = @Content(schema = @Schema(implementation = DeclaredConsignment.class),
                    examples = @ExampleObject(name = "declared", ref = "#/components/examples/DeclaredConsignment")))
    @ApiResponse(responseCode = "409", description = "DUPLICATE_REFERENCE (with the consignmentId that has it) or another rule of the domain")
    @ApiResponse(responseCode = "415", description = "UNSUPPORTED_MEDIA_TYPE: the body is not application/json")
    @ApiResponse(responseCode = "503", description = "UNAVAILABLE: the event store or the screening lists cannot be read now")
    ResponseEntity<?> declare(@RequestBody Declaration declaration, @AuthenticationPrincipal SignedInUser user) {
        Declarations.Declared declared;
        try {
            declared = declarations.declare(declaration, user);
        } catch (InvalidValueException refused) {
            // a value the declaration may hold but the command refuses: a border post not on the list
            return ApiProblems.answer(ApiProblems.invalidValue(refused.field(), refused.getMessage()));
        }
        if (!declared.outcome().accepted()) {
            return ApiProblems.refused(declared.outcome());
        }
        Optional<ConsignmentDetail> detail = catchUp.awaitBeyond(declared.consignmentId(), 0);
        return ResponseEntity.created(URI.create("/api/consignments/" + declared.consignmentId()))
                .eTag(VersionTags.of(stored.lastVersion(declared.consignmentId())))
                .body(new DeclaredConsignment(declared.consignmentId(), detail.map(ConsignmentDetail::status).orElse(null),
                        detail.map(ConsignmentDetail::channel).orElse(null)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a consignment", description = "The declaration as it stands, screenings, checks, inspections,"
            + " holds and release. ETag is its version, for the If-Match of a change; If-None-Match with it answers 304.")
    @ApiResponse(responseCode = "200", description = "The consignment",
            headers = @Header(name = HttpHeaders.ETAG, description = "The consignment's version, for the If-Match of a change",
                    schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = ConsignmentDetail.class),
                    examples = @ExampleObject(name = "consignment", ref = "#/components/examples/ConsignmentDetail")))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag of If-None-Match", content = @Content)
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such consignment")
    ResponseEntity<ConsignmentDetail> detail(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        ConsignmentDetail detail = current(id);
        access.viewed(user, id);
        return ResponseEntity.ok().eTag(VersionTags.of(detail.version())).body(detail);
    }

    @GetMapping("/{id}/holds/{holdId}")
    @Operation(summary = "Read a hold", description = "One hold of the consignment (the Location of a hold placed through the"
            + " API): its reason, who placed it and its reviews. ETag is the consignment's version, for the If-Match of a review.")
    @ApiResponse(responseCode = "200", description = "The hold", headers = @Header(name = HttpHeaders.ETAG,
            description = "The consignment's version, for the If-Match of a change", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = ConsignmentDetail.Hold.class),
                    examples = @ExampleObject(name = "hold", ref = "#/components/examples/Hold")))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag of If-None-Match", content = @Content)
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such consignment, or no such hold of it")
    ResponseEntity<ConsignmentDetail.Hold> hold(@PathVariable String id, @PathVariable String holdId,
                                                @AuthenticationPrincipal SignedInUser user) {
        return part(id, user, "a hold " + holdId, detail -> detail.holds().stream().filter(held -> held.holdId().equals(holdId)));
    }

    @GetMapping("/{id}/inspections/{inspectionId}")
    @Operation(summary = "Read an inspection", description = "One inspection of the consignment (the Location of an inspection"
            + " started through the API): who started it, its findings and its outcome once completed. ETag is the"
            + " consignment's version, for the If-Match of a finding or the completion.")
    @ApiResponse(responseCode = "200", description = "The inspection", headers = @Header(name = HttpHeaders.ETAG,
            description = "The consignment's version, for the If-Match of a change", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = ConsignmentDetail.Inspection.class),
                    examples = @ExampleObject(name = "inspection", ref = "#/components/examples/Inspection")))
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag of If-None-Match", content = @Content)
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such consignment, or no such inspection of it")
    ResponseEntity<ConsignmentDetail.Inspection> inspection(@PathVariable String id, @PathVariable String inspectionId,
                                                            @AuthenticationPrincipal SignedInUser user) {
        return part(id, user, "an inspection " + inspectionId,
                detail -> detail.inspections().stream().filter(started -> started.inspectionId().equals(inspectionId)));
    }

    /** One part of the consignment as it stands (a hold, an inspection), with the consignment's version as ETag. */
    private <T> ResponseEntity<T> part(String id, SignedInUser user, String what, Function<ConsignmentDetail, Stream<T>> parts) {
        ConsignmentDetail detail = current(id);
        T part = parts.apply(detail).findFirst().orElseThrow(() -> new ConsignmentNotFoundException(id + " with " + what));
        access.viewed(user, id);
        return ResponseEntity.ok().eTag(VersionTags.of(detail.version())).body(part);
    }

    /** The consignment at its stored version, the version a change is checked against. */
    private ConsignmentDetail current(String id) {
        long last = stored.lastVersion(id);
        Optional<ConsignmentDetail> projected = queries.query(new FetchConsignmentDetailQuery(id),
                ResponseTypes.optionalInstanceOf(ConsignmentDetail.class)).join();
        // Behind the store (just changed, or a rebuild running): wait a moment for its last event, so that the
        // ETag is the version a change is checked against; past the moment, the body as it is with its own version.
        return projected.filter(shown -> shown.version() >= last)
                .or(() -> last >= 0 ? catchUp.awaitBeyond(id, last - 1) : Optional.empty())
                .or(() -> projected)
                .orElseThrow(() -> new ConsignmentNotFoundException(id));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Read a consignment's timeline", description = "Every event in order: action, who, when, facts and why.")
    @ApiResponse(responseCode = "200", description = "The timeline", content = @Content(
            schema = @Schema(implementation = ConsignmentTimeline.class),
            examples = @ExampleObject(name = "timeline", ref = "#/components/examples/ConsignmentTimeline")))
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such consignment")
    ConsignmentTimeline timeline(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        ConsignmentTimeline timeline = queries.query(new FetchConsignmentTimelineQuery(id), ConsignmentTimeline.class).join();
        if (timeline.entries().isEmpty()) {
            // An empty timeline of a stored consignment is one the projection has not reached yet: wait a moment for it.
            if (!stored.exists(id)) {
                throw new ConsignmentNotFoundException(id);
            }
            timeline = catchUp.awaitTimelineThrough(id, 0).orElse(timeline);
        }
        access.viewed(user, id);
        return timeline;
    }
}
