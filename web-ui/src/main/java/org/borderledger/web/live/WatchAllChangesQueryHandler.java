package org.borderledger.web.live;

import java.time.Instant;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the initial result a subscription query needs. A browser re-fetches its page on every
 * change, so there is nothing to send first but the moment the watch began.
 */
@Component
class WatchAllChangesQueryHandler {

    @QueryHandler
    Instant watchingSince(WatchAllChangesQuery query) {
        return Instant.now();
    }
}
