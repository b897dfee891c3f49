package org.borderledger.projection;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.borderledger.consignment.api.ConsignmentDeclaredEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection whose handling fails for the consignments a test names, as one depending on an
 * unavailable resource would, until the test says the cause is fixed; or fails in PostgreSQL itself,
 * which aborts the transaction the statement ran in.
 */
@ProcessingGroup(FlakyProjection.PROCESSING_GROUP)
class FlakyProjection {

    static final String PROCESSING_GROUP = "test-flaky";

    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final Set<String> failingInDatabase = ConcurrentHashMap.newKeySet();
    final Set<String> handled = ConcurrentHashMap.newKeySet();

    private final JdbcTemplate jdbc;

    FlakyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConsignmentDeclaredEvent event) {
        if (failing.contains(event.consignmentId())) {
            throw new IllegalStateException("Registry unavailable for " + event.consignmentId());
        }
        // Every event goes to the database, as a projection's would; a poisoned one fails there.
        jdbc.queryForObject(failingInDatabase.contains(event.consignmentId()) ? "SELECT 1 / 0" : "SELECT 1", Integer.class);
        handled.add(event.consignmentId());
    }
}
