package org.borderledger.projection;

import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The instances running on this database, known from a heartbeat table rather than from the token
 * owners: an instance that has just joined owns no segment yet, and it is the one the others must
 * make room for. Times are the database's, so the instances' clocks need not agree.
 */
@Component
class LiveInstances {

    /** Alive: heard from within the timeout (its milliseconds the parameter). */
    private static final String HEARD_FROM = "last_seen >= now() - ? * interval '1 millisecond'";

    /** Unique per start: a restarted instance is a new one, its predecessor's row ages out. */
    private final String instance = "instance-" + UUID.randomUUID();
    private final JdbcTemplate jdbc;
    private final Duration timeout;

    LiveInstances(JdbcTemplate jdbc, SegmentSharingProperties properties) {
        this.jdbc = jdbc;
        this.timeout = properties.timeout();
    }

    /** Says this instance is alive, forgets the long-dead ones, and answers how many are alive now, this one included. */
    int beat() {
        jdbc.update("INSERT INTO processing_instance (instance_id, last_seen) VALUES (?, now()) "
                + "ON CONFLICT (instance_id) DO UPDATE SET last_seen = now()", instance);
        jdbc.update("DELETE FROM processing_instance WHERE last_seen < now() - interval '1 day'");
        return jdbc.queryForObject("SELECT count(*) FROM processing_instance WHERE " + HEARD_FROM, Integer.class,
                timeout.toMillis());
    }

    /** How many other instances are alive now. */
    int others() {
        return jdbc.queryForObject("SELECT count(*) FROM processing_instance WHERE instance_id <> ? AND " + HEARD_FROM,
                Integer.class, instance, timeout.toMillis());
    }

    /** This instance stops: the others count it out at once instead of after the timeout. */
    void leave() {
        jdbc.update("DELETE FROM processing_instance WHERE instance_id = ?", instance);
    }
}
