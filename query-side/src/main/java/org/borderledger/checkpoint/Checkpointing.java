package org.borderledger.checkpoint;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.actor.api.Actor;
import org.borderledger.checkpoint.api.Checkpoint;
import org.borderledger.checkpoint.api.Checkpoints;
import org.borderledger.checkpoint.api.FetchCheckpointQuery;
import org.borderledger.checkpoint.api.FetchCheckpointsQuery;
import org.borderledger.checkpoint.api.MakeCheckpointCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals new events every few seconds and signs a checkpoint of the ledger periodically (only when
 * something was sealed since the last one) and on demand. With several instances, the advisory lock
 * lets one of them sign; the others find the checkpoint made.
 */
@Component
class Checkpointing {

    private static final Logger log = LoggerFactory.getLogger(Checkpointing.class);
    static final String SYSTEM = "system";

    private final Ledger ledger;
    private final CheckpointStore checkpoints;
    private final SigningKey key;
    private final CheckpointProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Checkpointing(Ledger ledger, CheckpointStore checkpoints, SigningKey key, CheckpointProperties properties,
                  JdbcTemplate jdbc, TransactionTemplate transactions, ObjectProvider<Clock> clock) {
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.key = key;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Run every seal interval by {@link CheckpointConfiguration}, when checkpoints are periodic. */
    void periodically() {
        try {
            ledger.seal();
            Optional<Checkpoint> newest = checkpoints.newest();
            if (newest.isEmpty() || !newest.get().madeAt().plus(properties.interval()).isAfter(clock.instant())) {
                make(SYSTEM);
            }
        } catch (DataAccessException e) {
            log.warn("Sealing the ledger failed; it is tried again in {}: {}", properties.sealInterval(), e.getMessage());
        }
    }

    @CommandHandler
    Checkpoint handle(MakeCheckpointCommand command, Actor actor) {
        ledger.seal();
        return make(actor.userId()).orElse(null);
    }

    @QueryHandler
    Checkpoints handle(FetchCheckpointsQuery query) {
        return new Checkpoints(checkpoints.newest(query.limit()), key.fingerprint(),
                ledger.last().map(LedgerEntry::globalIndex).orElse(0L));
    }

    @QueryHandler
    Checkpoint handle(FetchCheckpointQuery query) {
        return checkpoints.at(query.position()).orElse(null);
    }

    /** Signs the ledger's last entry, unless the newest checkpoint already covers it; empty while nothing is sealed. */
    private Optional<Checkpoint> make(String madeBy) {
        return transactions.execute(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, Ledger.LOCK);
            Optional<LedgerEntry> last = ledger.last();
            Optional<Checkpoint> newest = checkpoints.newest();
            if (last.isEmpty() || newest.filter(made -> made.position() == last.get().globalIndex()).isPresent()) {
                return newest;
            }
            LedgerEntry entry = last.get();
            Checkpoint unsigned = new Checkpoint(Checkpoint.FORMAT, entry.globalIndex(), entry.entryNumber(), entry.ledgerHash(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), madeBy, key.publicKey(), null);
            Checkpoint signed = unsigned.withSignature(key.sign(unsigned.signedText()));
            checkpoints.add(signed);
            log.info("Checkpoint signed at position {} ({} events, ledger hash {})", signed.position(), signed.eventCount(),
                    signed.ledgerHash());
            return Optional.of(signed);
        });
    }
}
