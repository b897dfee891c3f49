package org.borderledger.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.borderledger.checkpoint.api.Checkpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The signed checkpoints kept in {@code ledger_checkpoint}. */
@Component
class CheckpointStore {

    private final JdbcTemplate jdbc;

    CheckpointStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Checkpoint checkpoint) {
        jdbc.update("""
                INSERT INTO ledger_checkpoint (global_position, event_count, ledger_hash, made_at, made_by, public_key, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", checkpoint.position(), checkpoint.eventCount(), checkpoint.ledgerHash(),
                Timestamp.from(checkpoint.madeAt()), checkpoint.madeBy(), checkpoint.publicKey(), checkpoint.signature());
    }

    List<Checkpoint> newest(int limit) {
        return jdbc.query("SELECT * FROM ledger_checkpoint ORDER BY global_position DESC LIMIT ?", CheckpointStore::checkpoint, limit);
    }

    Optional<Checkpoint> newest() {
        return newest(1).stream().findFirst();
    }

    Optional<Checkpoint> at(long position) {
        return jdbc.query("SELECT * FROM ledger_checkpoint WHERE global_position = ?", CheckpointStore::checkpoint, position)
                .stream().findFirst();
    }

    /** Every checkpoint up to a position, oldest first. */
    List<Checkpoint> upTo(long position) {
        return jdbc.query("SELECT * FROM ledger_checkpoint WHERE global_position <= ? ORDER BY global_position",
                CheckpointStore::checkpoint, position);
    }

    private static Checkpoint checkpoint(ResultSet row, int number) throws SQLException {
        return new Checkpoint(Checkpoint.FORMAT, row.getLong("global_position"), row.getLong("event_count"),
                row.getString("ledger_hash"), row.getTimestamp("made_at").toInstant(), row.getString("made_by"),
                row.getString("public_key"), row.getString("signature"));
    }
}
