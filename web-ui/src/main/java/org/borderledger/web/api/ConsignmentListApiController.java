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
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.summary.api.ConsignmentSummary;
import org.borderledger.summary.api.FetchConsignmentSummariesAfterQuery;
import org.borderledger.summary.api.FetchConsignmentSummariesQuery;
import org.borderledger.summary.api.SummaryPosition;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.consignments.ConsignmentFilter;
import org.borderledger.web.security.SignedInUser;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The consignment list of the console for other systems: the same filters and sort (the console's
 * {@link ConsignmentFilter}, so both search alike), paged with a cursor that continues after the last
 * row rather than at an offset, so that a walk through the list meets each row once however the list
 * changes meanwhile.
 */
@RestController
@Tag(name = "Consignments")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class ConsignmentListApiController {

    static final int DEFAULT_LIMIT = 25;

    private final QueryGateway queries;
    private final AccessRecorder access;
    private final MessageSource messages;
    private final ObjectMapper json;

    ConsignmentListApiController(QueryGateway queries, AccessRecorder access, MessageSource messages, ApiJson json) {
        this.queries = queries;
        this.access = access;
        this.messages = messages;
        this.json = json.mapper();
    }

    /** The console list's parameters by the same names, plus the cursor and the page size. */
    record ListSearch(@Parameter(description = "Start of the declaration reference") String reference,
                      @Parameter(description = "Part of any party's name (declarant, exporter, consignee, carrier), any case") String party,
                      @Parameter(description = "Start of an HS code on any goods line (digits; dots and spaces ignored)") String hs,
                      @Parameter(description = "Status", schema = @Schema(implementation = org.borderledger.consignment.api.ConsignmentStatus.class)) String status,
                      @Parameter(description = "Channel", schema = @Schema(implementation = org.borderledger.consignment.api.Channel.class)) String channel,
                      @Parameter(description = "Border post; absent: the caller's own post (as in the console), empty: every post") String post,
                      @Parameter(description = "Declared on or after this day (server's time zone), e.g. 2026-03-01") String from,
                      @Parameter(description = "Declared on or before this day, e.g. 2026-03-31") String to,
                      @Parameter(description = "Sort column; default DECLARED_AT, newest first",
                              schema = @Schema(implementation = org.borderledger.summary.api.SummarySort.class)) String sort,
                      @Parameter(description = "asc or desc; default asc when a sort is given",
                              schema = @Schema(allowableValues = {"asc", "desc"})) String dir,
                      @Parameter(description = "The nextCursor of the previous page; absent for the first") String cursor,
                      @Parameter(description = "Rows per page, 1 to " + FetchConsignmentSummariesQuery.MAX_LIMIT + " (default "
                              + DEFAULT_LIMIT + ")", schema = @Schema(type = "integer", minimum = "1", maximum = "200")) String limit) {

        ConsignmentFilter filter() {
            return new ConsignmentFilter(reference, party, hs, status, channel, post, from, to, sort, dir, null);
        }
    }

    /** One page: its rows, and the cursor and address of the next page (null at the end). */
    record ConsignmentListPage(List<ConsignmentSummary> items,
                               @Schema(description = "Pass as cursor for the next page; null when this is the last") String nextCursor,
                               @Schema(description = "The address of the next page, with the same filters; null when this is the last",
                                       example = "/api/consignments?status=HELD&cursor=eyJzb3J0Ijoi…") String next) {
    }

    @GetMapping(path = "/api/consignments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search the consignment list",
            description = "The console's list: filters, sort and direction by the same names. Pages follow one another "
                    + "by cursor: each continues after the last row of the one before, so no row repeats or is skipped "
                    + "while consignments are declared or change elsewhere in the order. A bad filter or cursor is "
                    + "400 INVALID_VALUE naming it. The search is recorded in the access log.")
    @ApiResponse(responseCode = "200", description = "One page of consignments", content = @Content(
            schema = @Schema(implementation = ConsignmentListPage.class),
            examples = @ExampleObject(name = "held at the caller's post", ref = "#/components/examples/ConsignmentListPage")))
    ConsignmentListPage list(@ParameterObject @ModelAttribute ListSearch search, @AuthenticationPrincipal SignedInUser user,
                             HttpServletRequest request) {
        ConsignmentFilter filter = search.filter().withDefaultPost(user.getBorderPost());
        Map<String, String> problems = filter.check();
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new InvalidParameter(first.getKey(), messages.getMessage(first.getValue(), null, Locale.ENGLISH));
        }
        int size = (int) InvalidParameter.number("limit", search.limit(), 1, FetchConsignmentSummariesQuery.MAX_LIMIT, DEFAULT_LIMIT);
        FetchConsignmentSummariesQuery filters = filter.query(0, size);
        SummaryPosition after = ListCursor.decode(search.cursor(), filters.sort(), filters.descending(), json);
        FetchConsignmentSummariesAfterQuery.Slice slice = queries.query(new FetchConsignmentSummariesAfterQuery(filters, after),
                FetchConsignmentSummariesAfterQuery.Slice.class).join();
        access.searched(user, filter, slice.items().size());
        if (!slice.more()) {
            return new ConsignmentListPage(slice.items(), null, null);
        }
        String nextCursor = ListCursor.encode(SummaryPosition.of(filters.sort(), slice.items().get(slice.items().size() - 1)),
                filters.descending(), json);
        UriComponentsBuilder next = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> next.queryParam(name, (Object[]) values));
        return new ConsignmentListPage(slice.items(), nextCursor,
                next.replaceQueryParam("cursor", nextCursor).encode().build().toUriString());
    }
}
