package org.borderledger.web.lists;

import org.borderledger.screening.RegisteredScreeningListVersions;
import org.borderledger.screening.ScreeningListsUnreadableException;
import org.borderledger.screening.UnreadableEvent;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether declarations can be screened: UP with the version in force, OUT_OF_SERVICE naming the
 * stored publication that cannot be read (screening refuses until it is repaired). Not part of
 * readiness, so that the console stays reachable for the administrator who repairs it. Beside the
 * list pages, the one place outside the aggregate that may read the screening's state.
 */
@Component("screeningLists")
class ScreeningListsHealthIndicator implements HealthIndicator {

    private final RegisteredScreeningListVersions versions;

    ScreeningListsHealthIndicator(RegisteredScreeningListVersions versions) {
        this.versions = versions;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("versionInForce", versions.inForce().version()).build();
        } catch (ScreeningListsUnreadableException stopped) {
            // refresh() records the event before inForce() refuses
            UnreadableEvent event = versions.unreadable().orElseThrow();
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
