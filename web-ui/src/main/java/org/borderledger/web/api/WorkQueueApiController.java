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
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.holds.api.FetchHeldGoodsQuery;
import org.borderledger.holds.api.HeldGoods;
import org.borderledger.holds.api.HeldGoodsPage;
import org.borderledger.holds.api.HeldGoodsSort;
import org.borderledger.summary.api.FetchWorkListQuery;
import org.borderledger.summary.api.WorkList;
import org.borderledger.web.AccessRecorder;
import org.borderledger.web.holds.QueueFilter;
import org.borderledger.web.security.SignedInUser;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervisors' held-goods queue and a border post's work list, as the console shows them. */
@RestController
@Tag(name = "Work queues")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class WorkQueueApiController {

    static final int DEFAULT_LIMIT = 25;

    private final QueryGateway queries;
    private final AccessRecorder access;

    WorkQueueApiController(QueryGateway queries, AccessRecorder access) {
        this.queries = queries;
        this.access = access;
    }

    /** The queue's parameters by the console's names, plus the page size. */
    record HoldSearch(@Parameter(description = "Border post; absent or empty: every post") String borderPost,
                      @Parameter(description = "Reason", schema = @Schema(implementation = HoldReason.class)) String reason,
                      @Parameter(description = "true: only holds referred to another agency; false: only the others",
                              schema = @Schema(allowableValues = {"true", "false"})) String referred,
                      @Parameter(description = "Sort column; default PLACED_AT (the longest waiting first)",
                              schema = @Schema(implementation = HeldGoodsSort.class)) String sort,
                      @Parameter(description = "true for the other way round", schema = @Schema(allowableValues = {"true", "false"}))
                      String descending,
                      @Parameter(description = "Page number, from 0", schema = @Schema(type = "integer", minimum = "0")) String page,
                      @Parameter(description = "Holds per page, 1 to " + FetchHeldGoodsQuery.MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")",
                              schema = @Schema(type = "integer", minimum = "1", maximum = "200")) String limit) {

        QueueFilter filter() {
            QueueFilter filter = new QueueFilter(borderPost, reason, truth("referred", referred), sort,
                    Boolean.parseBoolean(truth("descending", descending)), null);
            if (filter.invalidField() != null) {
                throw new InvalidParameter(filter.invalidField(), "'" + (filter.invalidField().equals("sort") ? sort : reason)
                        + "' is not one of " + List.of(filter.invalidField().equals("sort") ? HeldGoodsSort.values() : HoldReason.values()));
            }
            return filter;
        }

        private static String truth(String name, String typed) {
            if (typed == null || typed.isBlank() || typed.strip().equals("true") || typed.strip().equals("false")) {
                return typed == null || typed.isBlank() ? null : typed.strip();
            }
            throw new InvalidParameter(name, "'" + typed + "' is not true or false");
        }
    }

    /** One page of the queue: {@code total} holds match, {@code mayDecide} of them the caller may decide (four eyes). */
    record HoldQueuePage(List<HeldGoods> items, long total, long mayDecide,
                         @Schema(description = "Whether a next page holds more") boolean hasMore) {
    }

    @GetMapping(path = "/api/holds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The held-goods queue",
            description = "Holds awaiting a supervisor's decision, with the console's filters and sort; each says whether "
                    + "the caller may decide it (not a hold they placed themselves). Paged by number: decided holds "
                    + "leave the queue, so a tool that works through it reads the first page again after each decision. "
                    + "A hold's `age` is how long it has waited, as an ISO-8601 duration (e.g. PT26H5M12S).")
    @ApiResponse(responseCode = "200", description = "One page of the queue", content = @Content(
            schema = @Schema(implementation = HoldQueuePage.class),
            examples = @ExampleObject(name = "two holds", ref = "#/components/examples/HoldQueuePage")))
    HoldQueuePage holds(@ParameterObject @ModelAttribute HoldSearch search, @AuthenticationPrincipal SignedInUser user) {
        QueueFilter filter = search.filter();
        int size = (int) InvalidParameter.number("limit", search.limit(), 1, FetchHeldGoodsQuery.MAX_LIMIT, DEFAULT_LIMIT);
        long number = InvalidParameter.number("page", search.page(), 0, Integer.MAX_VALUE / FetchHeldGoodsQuery.MAX_LIMIT, 0);
        HeldGoodsPage page = queries.query(filter.query(user.getUsername(), (int) number * size, size), HeldGoodsPage.class).join();
        access.searched(user, filter, page.items().size());
        return new HoldQueuePage(page.items(), page.total(), page.mayDecide(), (number + 1) * size < page.total());
    }

    @GetMapping(path = "/api/work-list", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A border post's work list",
            description = "Each stage of the work at the post (to screen, to check, to inspect, held, to release …) with its "
                    + "oldest declarations first and its count, as on the console's home page.")
    @ApiResponse(responseCode = "200", description = "The stages in their order", content = @Content(
            schema = @Schema(implementation = WorkList.class),
            examples = @ExampleObject(name = "Kurmangazy", ref = "#/components/examples/WorkList")))
    WorkList workList(@Parameter(description = "Border post; absent: every post of the caller's") @RequestParam(required = false) String post,
                      @Parameter(description = "Consignments shown per stage, 1 to " + FetchWorkListQuery.MAX_LIMIT + " (default "
                              + DEFAULT_LIMIT + ")", schema = @Schema(type = "integer", minimum = "1", maximum = "200"))
                      @RequestParam(required = false) String limit,
                      @AuthenticationPrincipal SignedInUser user) {
        int size = (int) InvalidParameter.number("limit", limit, 1, FetchWorkListQuery.MAX_LIMIT, DEFAULT_LIMIT);
        List<String> borderPosts = post == null || post.isBlank() ? user.getBorderPosts() : List.of(post.strip());
        return queries.query(new FetchWorkListQuery(borderPosts, 0, size), WorkList.class).join();
    }
}
