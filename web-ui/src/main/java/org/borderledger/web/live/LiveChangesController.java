package org.borderledger.web.live;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.borderledger.live.api.ProjectionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for the console's live updates: an {@code event: changed} with the processing
 * group and consignment id whenever a projection commits a change. Each stream holds one
 * subscription query, closed as soon as the browser goes away or the stream times out (the browser's
 * EventSource then reconnects on its own).
 */
@RestController
class LiveChangesController {

    private static final Logger log = LoggerFactory.getLogger(LiveChangesController.class);

    /** A stream lives this long; the reconnect that follows re-checks the session. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    /** A comment this often keeps proxies from closing an idle stream, and finds a gone browser. */
    static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private final QueryGateway queries;
    private final TaskScheduler heartbeats;

    LiveChangesController(QueryGateway queries, @Qualifier(LiveChangesConfiguration.HEARTBEATS) TaskScheduler heartbeats) {
        this.queries = queries;
        this.heartbeats = heartbeats;
    }

    @GetMapping(path = "/live/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter changes() throws IOException {
        SseEmitter stream = new SseEmitter(STREAM_LIFETIME.toMillis());
        SubscriptionQueryResult<Instant, ProjectionChanged> subscription = queries.subscriptionQuery(
                new WatchAllChangesQuery(), ResponseTypes.instanceOf(Instant.class),
                ResponseTypes.instanceOf(ProjectionChanged.class));
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> send(stream, SseEmitter.event().comment("heartbeat")),
                Instant.now().plus(HEARTBEAT), HEARTBEAT);
        Runnable close = () -> {
            heartbeat.cancel(false);
            subscription.close();
        };
        stream.onCompletion(close);
        stream.onTimeout(stream::complete);
        stream.onError(failure -> close.run());
        subscription.updates().subscribe(
                change -> send(stream, SseEmitter.event().name("changed").data(change, MediaType.APPLICATION_JSON)),
                failure -> stream.complete());
        // The first bytes commit the response, so the browser knows the stream is open.
        stream.send(SseEmitter.event().comment("watching"));
        return stream;
    }

    private static void send(SseEmitter stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.send(event);
        } catch (IOException | IllegalStateException gone) {
            // The browser went away; completing with the error runs the onError callback, which closes the subscription.
            log.debug("Live stream closed: {}", gone.getMessage());
            stream.completeWithError(gone);
        }
    }
}
