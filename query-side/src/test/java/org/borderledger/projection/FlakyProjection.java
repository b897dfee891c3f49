package org.borderledger.projection;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;

/**
 * A projection whose handling fails for the consignments a test names, as one depending on an
 * unavailable resource would, until the test says the cause is fixed.
 */
@ProcessingGroup(FlakyProjection.PROCESSING_GROUP)
class FlakyProjection {

    static final String PROCESSING_GROUP = "test-flaky";

    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final Set<String> handled = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(ConsignmentDeclaredEvent event) {
        if (failing.contains(event.consignmentId())) {
            throw new IllegalStateException("Registry unavailable for " + event.consignmentId());
        }
        handled.add(event.consignmentId());
    }
}
