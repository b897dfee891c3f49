package org.borderledger.web.lists;

import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.screening.api.FetchScreeningListStatusQuery;
import org.borderledger.screening.api.ScreeningListStatus;
import org.borderledger.screening.api.UnreadableEvent;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Whether declarations can be screened: UP with the version in force, OUT_OF_SERVICE naming the
 * stored publication that cannot be read (screening refuses until it is repaired). Not part of
 * readiness, so that the console stays reachable for the administrator who repairs it.
 */
@Component("screeningLists")
class ScreeningListsHealthIndicator extends AbstractHealthIndicator {

    private final QueryGateway queries;

    ScreeningListsHealthIndicator(QueryGateway queries) {
        super("The screening lists' health could not be checked");
        this.queries = queries;
    }

    /** A failure of the query itself is DOWN, with its cause, as AbstractHealthIndicator reports it. */
    @Override
    protected void doHealthCheck(Health.Builder health) {
        ScreeningListStatus status = queries.query(new FetchScreeningListStatusQuery(), ScreeningListStatus.class).join();
        if (!status.stopped()) {
            health.up().withDetail("versionInForce", status.versionInForce());
            return;
        }
        UnreadableEvent event = status.unreadable();
        health.outOfService()
                .withDetail("problem", "screening is stopped: a stored screening-list publication cannot be read")
                .withDetail("unreadableEvent", event.describe())
                .withDetail("globalIndex", event.globalIndex())
                .withDetail("aggregateIdentifier", event.aggregateIdentifier())
                .withDetail("sequenceNumber", event.sequenceNumber())
                .withDetail("payloadType", event.payloadType())
                .withDetail("recovery", "docs/recovery.md");
    }
}
