package org.borderledger.web.lists;

import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.screening.api.FetchScreeningListStatusQuery;
import org.borderledger.screening.api.ScreeningListStatus;
import org.borderledger.screening.api.UnreadableEvent;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether declarations can be screened: UP with the version in force, OUT_OF_SERVICE naming the
 * stored publication that cannot be read (screening refuses until it is repaired). Not part of
 * readiness, so that the console stays reachable for the administrator who repairs it.
 */
@Component("screeningLists")
class ScreeningListsHealthIndicator implements HealthIndicator {

    private final QueryGateway queries;

    ScreeningListsHealthIndicator(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Health health() {
        try {
            ScreeningListStatus status = queries.query(new FetchScreeningListStatusQuery(), ScreeningListStatus.class).join();
            if (!status.stopped()) {
                return Health.up().withDetail("versionInForce", status.versionInForce()).build();
            }
            UnreadableEvent event = status.unreadable();
            return Health.outOfService()
                    .withDetail("problem", "screening is stopped: a stored screening-list publication cannot be read")
                    .withDetail("unreadableEvent", event.describe())
                    .withDetail("globalIndex", event.globalIndex())
                    .withDetail("aggregateIdentifier", event.aggregateIdentifier())
                    .withDetail("sequenceNumber", event.sequenceNumber())
                    .withDetail("payloadType", event.payloadType())
                    .withDetail("recovery", "docs/recovery.md")
                    .build();
        } catch (RuntimeException failure) {
            return Health.down(failure).build();
        }
    }
}
