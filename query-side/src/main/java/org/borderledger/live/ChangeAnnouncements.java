package org.borderledger.live;

import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Announces changed consignments to every instance's subscribers with {@code pg_notify}, in the
 * caller's transaction: PostgreSQL delivers the notice once it commits, and never if it rolls back.
 * For projections {@link ChangedConsignments} does this per batch; work done outside an event
 * processor (the re-screening tasks) calls it directly.
 */
public final class ChangeAnnouncements {

    private ChangeAnnouncements() {
    }

    public static void announce(JdbcTemplate jdbc, String processingGroup, Collection<String> consignmentIds) {
        for (String payload : ChangeNotice.payloads(processingGroup, consignmentIds)) {
            jdbc.queryForList("SELECT pg_notify(?, ?)", ChangeNotice.CHANNEL, payload);
        }
    }
}
