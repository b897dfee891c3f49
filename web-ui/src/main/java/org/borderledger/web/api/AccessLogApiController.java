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
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.access.api.AccessAction;
import org.borderledger.access.api.AccessLogPage;
import org.borderledger.access.api.SearchAccessLogQuery;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.security.SignedInUser;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The access log for an auditor's tools: the same search as the console's page, newest first, as JSON. */
@RestController
@Tag(name = "Access log")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class AccessLogApiController {

    static final int PAGE_SIZE = 100;

    private final QueryGateway queries;
    private final AccessRecorder access;

    AccessLogApiController(QueryGateway queries, AccessRecorder access) {
        this.queries = queries;
        this.access = access;
    }

    /** The parameters as sent; instants in ISO-8601 with their offset, e.g. {@code 2026-11-23T08:00:00Z}. */
    record AccessLogSearch(@Parameter(description = "User id") String user,
                           @Parameter(description = "VIEW, SEARCH, EXPORT or THROTTLED") String action,
                           @Parameter(description = "Consignment id") String consignment,
                           @Parameter(description = "From this instant (inclusive), ISO-8601") String from,
                           @Parameter(description = "Until this instant (exclusive), ISO-8601") String to,
                           @Parameter(description = "Page number, from 0; " + PAGE_SIZE + " entries a page (empty: the first)",
                                   allowEmptyValue = true) Integer page) {

        SearchAccessLogQuery query() {
            int number = page == null ? 0 : page;
            if (number < 0 || number > Integer.MAX_VALUE / PAGE_SIZE) {
                throw new InvalidParameter("page", "must be between 0 and " + Integer.MAX_VALUE / PAGE_SIZE);
            }
            return new SearchAccessLogQuery(user, actionCode(), consignment, InvalidParameter.instant("from", from),
                    InvalidParameter.instant("to", to),
                    number * PAGE_SIZE, PAGE_SIZE);
        }

        private AccessAction actionCode() {
            try {
                return AccessAction.parse(action);
            } catch (IllegalArgumentException unknown) {
                throw new InvalidParameter("action", unknown.getMessage());
            }
        }
    }

    @GetMapping(path = "/api/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search the access log",
            description = "Who viewed which consignment, searched with which criteria, exported what: newest first. "
                    + "The search is recorded in the log itself.")
    @ApiResponse(responseCode = "200", description = "One page of entries; hasMore says whether another follows", content = @Content(
            schema = @Schema(implementation = AccessLogPage.class),
            examples = @ExampleObject(name = "page", ref = "#/components/examples/AccessLogPage")))
    @ApiResponse(responseCode = "400", description = "INVALID_VALUE: a parameter the search cannot use (named in errors)")
    ResponseEntity<?> search(@ParameterObject @ModelAttribute AccessLogSearch search, @AuthenticationPrincipal SignedInUser user) {
        AccessLogPage page;
        try {
            page = queries.query(search.query(), AccessLogPage.class).join();
        } catch (IllegalArgumentException invalid) {
            String field = InvalidParameter.of(invalid).parameter();
            ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE",
                    "The search has a value the system refuses.");
            problem.setProperty("errors", List.of(Map.of("field", field, "message", invalid.getMessage())));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        access.searched(user, search, page.entries().size());
        return ResponseEntity.ok(page);
    }
}
