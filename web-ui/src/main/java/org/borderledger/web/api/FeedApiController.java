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
import java.time.Duration;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The event feed for other agencies' systems (role FEED) and auditors: every change, in store order, after a cursor. */
@RestController
@Tag(name = "Feed")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class FeedApiController {

    static final int DEFAULT_LIMIT = 100;
    static final int LONGEST_WAIT_SECONDS = 30;

    private final EventFeed feed;
    private final ObjectMapper json;

    FeedApiController(EventFeed feed, ApiJson json) {
        this.feed = feed;
        this.json = json.mapper();
    }

    /** One answer of the feed: the events, and the cursor to ask after next time. */
    record FeedPage(@Schema(description = "Events after the cursor, in store order") List<ApiEvent> events,
                    @Schema(description = "The cursor for the next request (the last event's global index; the cursor "
                            + "asked with when there is none)", example = "1042") long next,
                    @Schema(description = "Whether more events follow already: ask again at once") boolean more) {
    }

    @GetMapping(path = "/api/feed", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Follow every change: the events after a cursor",
            description = "Events in store order after the cursor `after` (the `next` of the previous answer; 0 or absent "
                    + "from the first event). With `wait`, an up-to-date consumer's request is held until an event is "
                    + "stored or `wait` seconds pass, then answered with no events and the same cursor (long polling). "
                    + "An event whose global index follows a gap is held back until the gap is "
                    + EventFeed.SETTLE_SECONDS + " s old, so that an event committed late is never skipped "
                    + "(docs/api.md, \"Feed\").")
    @ApiResponse(responseCode = "200", description = "The events after the cursor, possibly none", content = @Content(
            schema = @Schema(implementation = FeedPage.class),
            examples = @ExampleObject(name = "a hold placed", ref = "#/components/examples/FeedPage")))
    FeedPage after(@Parameter(description = "The cursor: the global index of the last event received", example = "0",
                           schema = @Schema(type = "integer", format = "int64", minimum = "0"))
                   @RequestParam(required = false) String after,
                   @Parameter(description = "Most events to answer with (1 to " + EventFeed.MAX_LIMIT + ", default "
                           + DEFAULT_LIMIT + ")", schema = @Schema(type = "integer", minimum = "1", maximum = "500"))
                   @RequestParam(required = false) String limit,
                   @Parameter(description = "Seconds to wait for an event when there is none yet (0 to "
                           + LONGEST_WAIT_SECONDS + ", default 0)", schema = @Schema(type = "integer", minimum = "0", maximum = "30"))
                   @RequestParam(required = false) String wait) throws InterruptedException {
        long cursor = InvalidParameter.number("after", after, 0, Long.MAX_VALUE, 0);
        int size = (int) InvalidParameter.number("limit", limit, 1, EventFeed.MAX_LIMIT, DEFAULT_LIMIT);
        long seconds = InvalidParameter.number("wait", wait, 0, LONGEST_WAIT_SECONDS, 0);
        EventFeed.Slice slice = feed.after(cursor, size, Duration.ofSeconds(seconds));
        long next = slice.events().isEmpty() ? cursor : slice.events().get(slice.events().size() - 1).globalIndex();
        return new FeedPage(slice.events().stream().map(event -> ApiEvent.of(event, json)).toList(), next, slice.more());
    }
}
