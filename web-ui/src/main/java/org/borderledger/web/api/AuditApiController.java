package org.borderledger.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.audit.api.ChainVerification;
import org.borderledger.audit.api.ConsignmentHistory;
import org.borderledger.audit.api.FetchConsignmentHistoryQuery;
import org.borderledger.audit.api.VerifyEventChainQuery;
import org.borderledger.detail.api.ConsignmentAsOf;
import org.borderledger.detail.api.FetchConsignmentAsOfQuery;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One consignment as the auditor's pages show it, for an auditor's tools: its raw event history with
 * metadata, its state as of an instant, and whether its hash chain is intact; and the chain of the
 * whole store. The checkpoints are {@link CheckpointApiController}'s.
 */
@RestController
@Tag(name = "Audit trail")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class AuditApiController {

    private final QueryGateway queries;
    private final AccessRecorder access;
    private final ObjectMapper json;

    AuditApiController(QueryGateway queries, AccessRecorder access, ApiJson json) {
        this.queries = queries;
        this.access = access;
        this.json = json.mapper();
    }

    /** A consignment's whole stored history, from sequence 0. */
    record History(String consignmentId, List<ApiEvent> events) {
    }

    @GetMapping(path = "/api/audit/consignments/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A consignment's raw event history",
            description = "Every stored event of the consignment from sequence 0, exactly as stored: payload, metadata "
                    + "(actor, correlation, hash chain) and position. The view is recorded in the access log.")
    @ApiResponse(responseCode = "200", description = "The history, oldest first", content = @Content(
            schema = @Schema(implementation = History.class),
            examples = @ExampleObject(name = "declared and screened", ref = "#/components/examples/ConsignmentHistory")))
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such consignment")
    History history(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        ConsignmentHistory history = queries.query(new FetchConsignmentHistoryQuery(id), ConsignmentHistory.class).join();
        if (history.events().isEmpty()) {
            throw new ConsignmentNotFoundException(id);
        }
        access.viewed(user, id);
        return new History(id, history.events().stream().map(event -> ApiEvent.of(event, json)).toList());
    }

    @GetMapping(path = "/api/audit/consignments/{id}/as-of", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A consignment's state as of an instant",
            description = "The consignment and its timeline as they stood at the instant, counting every event stored at "
                    + "or before it. 404 when it did not exist yet then.")
    @ApiResponse(responseCode = "200", description = "The state at the instant", content = @Content(
            schema = @Schema(implementation = ConsignmentAsOf.class),
            examples = @ExampleObject(name = "declared and screened", ref = "#/components/examples/ConsignmentAsOf")))
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such consignment, or none yet at the instant")
    ConsignmentAsOf asOf(@PathVariable String id,
                         @Parameter(description = "The instant, ISO-8601 with its offset", required = true,
                                 schema = @Schema(type = "string", format = "date-time", example = "2026-11-23T08:00:00Z"))
                         @RequestParam(required = false) String at,
                         @AuthenticationPrincipal SignedInUser user) {
        Instant instant = InvalidParameter.instant("at", at);
        if (instant == null) {
            throw new InvalidParameter("at", "is required: the instant, e.g. 2026-11-23T08:00:00Z");
        }
        ConsignmentAsOf state = queries.query(new FetchConsignmentAsOfQuery(id, instant),
                ResponseTypes.optionalInstanceOf(ConsignmentAsOf.class)).join()
                .orElseThrow(() -> new ConsignmentNotFoundException(id + " as of " + instant));
        access.viewed(user, id);
        return state;
    }

    @GetMapping(path = "/api/audit/consignments/{id}/chain-verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify a consignment's hash chain",
            description = "Recomputes the hash of each of the consignment's events and its link to the one before; "
                    + "the first broken link is named. Changes nothing.")
    @ApiResponse(responseCode = "200", description = "Intact, or the first break", content = @Content(
            schema = @Schema(implementation = ChainVerification.class),
            examples = @ExampleObject(name = "intact", ref = "#/components/examples/ConsignmentChainIntact")))
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such consignment")
    ChainVerification verifyConsignment(@PathVariable String id) {
        ChainVerification verification = queries.query(new VerifyEventChainQuery(id), ChainVerification.class).join();
        if (verification.eventsChecked() == 0) {
            throw new ConsignmentNotFoundException(id);
        }
        return verification;
    }

    @PostMapping(path = "/api/audit/chain-verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify every consignment's hash chain",
            description = "Walks every stored event (a POST, as in the console: it reads the whole store, so no "
                    + "prefetch or crawler should start it). To verify against a signed checkpoint, "
                    + "POST /api/audit/verification.")
    @ApiResponse(responseCode = "200", description = "Intact, or the first break", content = @Content(
            schema = @Schema(implementation = ChainVerification.class), examples = {
            @ExampleObject(name = "intact", ref = "#/components/examples/ChainIntact"),
            @ExampleObject(name = "broken", ref = "#/components/examples/ChainBroken")}))
    ChainVerification verifyStore() {
        return queries.query(VerifyEventChainQuery.wholeStore(), ChainVerification.class).join();
    }
}
