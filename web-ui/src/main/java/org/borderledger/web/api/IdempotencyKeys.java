package org.borderledger.web.api;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The API's idempotency keys in PostgreSQL ({@code api_idempotency_key}), per user: who claims a key,
 * and the answer kept for it. Every instance reads the same rows, and the database's clock alone
 * tells their age, so that instances whose clocks differ agree.
 */
@Component
class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    /**
     * A claim unanswered for this long was left by an instance that stopped mid-request (an answer takes
     * seconds): a retry takes it over. Should the first request have been stored after all, the command
     * it sends again is refused (the version it names is gone, the reference is declared), not applied twice.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final double retentionSeconds;

    IdempotencyKeys(JdbcTemplate jdbc, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.retentionSeconds = properties.idempotencyRetention().toSeconds();
    }

    /** An answer as kept: what a retry is given again. */
    record Answer(int status, String contentType, String location, String etag, byte[] body) {
    }

    /** What became of a claim: the caller's to answer, the kept answer, or refused (key in use or reused). */
    sealed interface Claim {
    }

    record Claimed() implements Claim {
    }

    record Answered(Answer answer) implements Claim {
    }

    /** Another request with the key is running. */
    record InUse() implements Claim {
    }

    /** The key was used for another request. */
    record Reused() implements Claim {
    }

    Claim claim(String user, String key, String fingerprint) {
        // An expired key counts as never used, whether or not the periodic deletion has come by.
        jdbc.update("DELETE FROM api_idempotency_key WHERE user_name = ? AND idempotency_key = ?"
                + " AND created_at < now() - make_interval(secs => ?)", user, key, retentionSeconds);
        int inserted = jdbc.update("INSERT INTO api_idempotency_key (user_name, idempotency_key, fingerprint, created_at, claimed_at)"
                + " VALUES (?, ?, ?, now(), now()) ON CONFLICT DO NOTHING", user, key, fingerprint);
        if (inserted == 1) {
            return new Claimed();
        }
        List<Claim> kept = jdbc.query("SELECT fingerprint, status, content_type, location, etag, body FROM api_idempotency_key"
                + " WHERE user_name = ? AND idempotency_key = ?", (row, n) -> {
                    if (!row.getString("fingerprint").equals(fingerprint)) {
                        return new Reused();
                    }
                    int status = row.getInt("status");
                    return row.wasNull() ? new InUse() : new Answered(new Answer(status, row.getString("content_type"),
                            row.getString("location"), row.getString("etag"), row.getBytes("body")));
                }, user, key);
        // Gone since the insert (its request failed and released it): in use a moment ago, so the client retries.
        Claim claim = kept.isEmpty() ? new InUse() : kept.get(0);
        if (claim instanceof InUse && takeOverAbandoned(user, key)) {
            return new Claimed();
        }
        return claim;
    }

    private boolean takeOverAbandoned(String user, String key) {
        return jdbc.update("UPDATE api_idempotency_key SET claimed_at = now() WHERE user_name = ? AND idempotency_key = ?"
                + " AND status IS NULL AND claimed_at < now() - make_interval(secs => ?)",
                user, key, (double) ABANDONED_AFTER.toSeconds()) == 1;
    }

    void answered(String user, String key, Answer answer) {
        jdbc.update("UPDATE api_idempotency_key SET status = ?, content_type = ?, location = ?, etag = ?, body = ?"
                        + " WHERE user_name = ? AND idempotency_key = ?", answer.status(), answer.contentType(),
                answer.location(), answer.etag(), answer.body(), user, key);
    }

    /** A claim whose request kept no answer (a server error, say): the key is free for a retry. */
    void release(String user, String key) {
        jdbc.update("DELETE FROM api_idempotency_key WHERE user_name = ? AND idempotency_key = ? AND status IS NULL", user, key);
    }

    /** Every instance deletes the expired keys; the deletions are the same whichever runs first. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void deleteExpired() {
        int deleted = jdbc.update("DELETE FROM api_idempotency_key WHERE created_at < now() - make_interval(secs => ?)",
                retentionSeconds);
        log.debug("{} expired idempotency keys deleted", deleted);
    }
}
