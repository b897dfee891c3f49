package org.borderledger.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderledger.checkpoint.api.LedgerHash;
import org.borderledger.messaging.api.StoredEventContent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals stored events into {@code ledger_entry}, in the global order, once no event can still come
 * before them.
 * <p>
 * Why a table lock: the global index comes from a sequence when a row is inserted, so a transaction
 * that took a lower index may commit after one that took a higher index. Sealing past such a gap would
 * either miss the late event for good or seal it out of order. Taking the event table in SHARE mode waits
 * for every inserting transaction to end and lets no new one start, for as long as it takes to read the
 * highest index: below that horizon every gap is final (a rolled-back insert), and sealing can follow at
 * leisure without holding the lock. Appends wait a few milliseconds once per seal interval.
 * <p>
 * One instance seals at a time (a transaction-level advisory lock); the others find the work done.
 */
@Component
class Ledger {

    /** Advisory lock key of sealing and checkpointing: "BLLEDGER" in ASCII. */
    static final long LOCK = 0x424C4C4544474552L;
    private static final int PAGE_SIZE = 1000;
    private static final String EVENTS = """
            SELECT globalindex, %s FROM domainevententry
            WHERE globalindex > ? AND globalindex <= ? ORDER BY globalindex LIMIT ?""".formatted(StoredEventContent.COLUMNS);
    private static final String ENTRIES = """
            SELECT * FROM ledger_entry WHERE global_index > ? AND global_index <= ? ORDER BY global_index LIMIT ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    Ledger(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A stored event and its position in the global order. */
    record StoredRow(long globalIndex, StoredEventContent event) {
    }

    /**
     * Seals every event stored before this call. Everything up to the last sealed index is final (it was
     * sealed below a horizon), so when no event lies beyond it, nothing is to be sealed and appends are
     * not held up by the lock: an idle store costs one indexed read per seal interval.
     */
    void seal() {
        long sealedUpTo = last().map(LedgerEntry::globalIndex).orElse(0L);
        if (!hasEventsAfter(sealedUpTo)) {
            return;
        }
        long horizon = horizon();
        Integer sealed;
        do {
            sealed = transactions.execute(status -> sealPage(horizon));
        } while (sealed != null && sealed == PAGE_SIZE);
    }

    private boolean hasEventsAfter(long globalIndex) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domainevententry WHERE globalindex > ?)", Boolean.class, globalIndex));
    }

    /** The highest global index below which no event can still be inserted. */
    private long horizon() {
        return transactions.execute(status -> {
            jdbc.execute("SET LOCAL lock_timeout = '5s'");
            jdbc.execute("LOCK TABLE domainevententry IN SHARE MODE");
            return jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
        });
    }

    /** Seals the next page of events up to the horizon; answers how many. */
    private int sealPage(long horizon) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, LOCK);
        Optional<LedgerEntry> last = last();
        long after = last.map(LedgerEntry::globalIndex).orElse(0L);
        List<StoredRow> rows = events(after, horizon, PAGE_SIZE);
        if (rows.isEmpty()) {
            return 0;
        }
        List<LedgerEntry> entries = new ArrayList<>(rows.size());
        String running = last.map(LedgerEntry::ledgerHash).orElse(LedgerHash.START);
        long number = last.map(LedgerEntry::entryNumber).orElse(0L);
        for (StoredRow row : rows) {
            String eventHash = LedgerHash.ofEvent(row.event());
            running = LedgerHash.next(running, row.globalIndex(), row.event().aggregateIdentifier(),
                    row.event().sequenceNumber(), eventHash);
            entries.add(new LedgerEntry(row.globalIndex(), ++number, row.event().aggregateIdentifier(),
                    row.event().sequenceNumber(), eventHash, running));
        }
        jdbc.batchUpdate("""
                INSERT INTO ledger_entry (global_index, entry_number, aggregate_identifier, sequence_number, event_hash, ledger_hash)
                VALUES (?, ?, ?, ?, ?, ?)""", entries, entries.size(), (statement, entry) -> {
            statement.setLong(1, entry.globalIndex());
            statement.setLong(2, entry.entryNumber());
            statement.setString(3, entry.aggregateIdentifier());
            statement.setLong(4, entry.sequenceNumber());
            statement.setString(5, entry.eventHash());
            statement.setString(6, entry.ledgerHash());
        });
        return entries.size();
    }

    Optional<LedgerEntry> last() {
        return jdbc.query("SELECT * FROM ledger_entry ORDER BY global_index DESC LIMIT 1", Ledger::entry).stream().findFirst();
    }

    List<StoredRow> events(long after, long upTo, int limit) {
        return jdbc.query(EVENTS, (row, number) -> new StoredRow(row.getLong("globalindex"), StoredEventContent.from(row)),
                after, upTo, limit);
    }

    List<LedgerEntry> entries(long after, long upTo, int limit) {
        return jdbc.query(ENTRIES, Ledger::entry, after, upTo, limit);
    }

    /** How many events of a consignment were sealed up to a position, and the highest sequence number among them. */
    SealedStream sealedStream(String aggregateIdentifier, long upTo) {
        return jdbc.queryForObject("""
                SELECT count(*) AS events, coalesce(max(sequence_number), -1) AS last
                FROM ledger_entry WHERE aggregate_identifier = ? AND global_index <= ?""",
                (row, number) -> new SealedStream(row.getLong("events"), row.getLong("last")), aggregateIdentifier, upTo);
    }

    record SealedStream(long events, long lastSequenceNumber) {
    }

    /** Events stored after a position: how many, the first and the last index. */
    Appended appendedAfter(long position) {
        return jdbc.queryForObject("SELECT count(*) AS n, min(globalindex) AS first, max(globalindex) AS last FROM domainevententry WHERE globalindex > ?",
                (row, number) -> new Appended(row.getLong("n"), (Long) row.getObject("first"), (Long) row.getObject("last")), position);
    }

    record Appended(long count, Long first, Long last) {
    }

    private static LedgerEntry entry(ResultSet row, int number) throws SQLException {
        return new LedgerEntry(row.getLong("global_index"), row.getLong("entry_number"), row.getString("aggregate_identifier"),
                row.getLong("sequence_number"), row.getString("event_hash"), row.getString("ledger_hash"));
    }
}
