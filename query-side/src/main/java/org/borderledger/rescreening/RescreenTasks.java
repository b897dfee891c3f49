package org.borderledger.rescreening;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.borderledger.projection.ProjectionWriter;
import org.borderledger.projection.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The re-screening tasks as rows: seeded, caught up and closed by the process in the transaction of
 * its batch (queued with the batch's writes, in event order), claimed by the workers of every
 * instance with {@code FOR UPDATE SKIP LOCKED} and a lease, so that two workers never hold one task
 * and a task whose worker died is taken again once its lease is over.
 */
@Component
class RescreenTasks {

    /** A task as a worker holds it: which consignment, against which version, the how-many-th attempt. */
    record Claimed(String listVersion, String consignmentId, int attempts) {
    }

    /** How a task ended: done, closed (the consignment was closed), superseded (a newer version), failed; or back to pending. */
    enum State { PENDING, DONE, FAILED, SUPERSEDED, CLOSED }

    private final JdbcTemplate jdbc;
    private final ProjectionWriter process;

    RescreenTasks(JdbcTemplate jdbc, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.process = writes.writer(RescreeningProcess.PROCESSING_GROUP);
    }

    /**
     * One task per open consignment not screened against the version yet; the pending tasks of older
     * versions are superseded, since the new version has a task of its own for each of them. Queued
     * with the process's batch as statements that run after every write queued before them, so the
     * consignments read are exactly those open as of the publication's position in the store.
     */
    void seed(String listVersion) {
        process.executeAfterEarlierWrites("""
                UPDATE rescreen_task SET state = 'SUPERSEDED', finished_at = now(), claimed_by = NULL, claimed_until = NULL
                WHERE state = 'PENDING' AND list_version <> ?""", listVersion);
        process.executeAfterEarlierWrites("""
                INSERT INTO rescreen_task (list_version, consignment_id, state)
                SELECT ?, consignment_id, 'PENDING' FROM rescreen_consignment
                WHERE open AND list_version IS DISTINCT FROM ?
                ON CONFLICT (list_version, consignment_id) DO NOTHING""", listVersion, listVersion);
    }

    /**
     * A consignment screened against an older version than the last one published (on an instance
     * that had not loaded it yet, or amended since its re-screening) is screened again against the
     * last. Queued with the process's batch, like {@link #close}.
     */
    void catchUp(String consignmentId, String latestVersion) {
        process.execute("""
                INSERT INTO rescreen_task (list_version, consignment_id, state) VALUES (?, ?, 'PENDING')
                ON CONFLICT (list_version, consignment_id) DO UPDATE SET state = 'PENDING', attempts = 0, last_error = NULL,
                    not_before = now(), claimed_by = NULL, claimed_until = NULL, finished_at = NULL""",
                latestVersion, consignmentId);
    }

    /** A closed consignment is left alone: its pending tasks end as CLOSED. */
    void close(String consignmentId) {
        process.execute("""
                UPDATE rescreen_task SET state = 'CLOSED', finished_at = now(), claimed_by = NULL, claimed_until = NULL
                WHERE consignment_id = ? AND state = 'PENDING'""", consignmentId);
    }

    Optional<String> latestVersion() {
        return jdbc.queryForList("SELECT list_version FROM rescreen_publication ORDER BY sequence DESC LIMIT 1", String.class)
                .stream().findFirst();
    }

    /** Up to {@code limit} pending tasks whose time has come and that no live worker holds, for this worker. */
    List<Claimed> claim(String worker, int limit, Duration lease) {
        return jdbc.query("""
                UPDATE rescreen_task t SET claimed_by = ?, claimed_until = now() + make_interval(secs => ?), attempts = attempts + 1
                FROM (SELECT list_version, consignment_id FROM rescreen_task
                      WHERE state = 'PENDING' AND not_before <= now() AND (claimed_until IS NULL OR claimed_until < now())
                      ORDER BY not_before, list_version, consignment_id LIMIT ? FOR UPDATE SKIP LOCKED) free
                WHERE t.list_version = free.list_version AND t.consignment_id = free.consignment_id
                RETURNING t.list_version, t.consignment_id, t.attempts""",
                (row, n) -> new Claimed(row.getString(1), row.getString(2), row.getInt(3)),
                worker, lease.toSeconds(), limit);
    }

    /**
     * Ends the worker's hold on a task. Only if the worker still holds it: the process may have closed
     * or superseded it, or a newer screening asked for it again, meanwhile.
     */
    void finish(String worker, Claimed task, State state, String error, Duration retryAfter) {
        jdbc.update("""
                UPDATE rescreen_task SET state = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL,
                    not_before = now() + make_interval(secs => ?),
                    finished_at = CASE WHEN ? = 'PENDING' THEN NULL ELSE now() END
                WHERE list_version = ? AND consignment_id = ? AND claimed_by = ?""",
                state.name(), StringUtils.abbreviate(error, 2000), retryAfter.toMillis() / 1000.0, state.name(),
                task.listVersion(), task.consignmentId(), worker);
    }
}
