package org.borderledger.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.CurrencyCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Money;
import org.borderledger.consignment.api.Quantity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The import ledger in table {@code import_ledger}, one row per goods line, written through the
 * command's connection (so in its transaction).
 */
@Component
class JdbcImportLedger implements ImportLedger {

    private final JdbcTemplate jdbc;

    JdbcImportLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String consignmentId, Declaration declaration, Instant declaredAt) {
        withdraw(consignmentId);
        jdbc.batchUpdate("""
                INSERT INTO import_ledger (consignment_id, line_number, reference, declared_at, border_post, hs6, hs_code,
                    country_of_origin, quantity, unit, value, currency, importer_identifier, importer_address, importer_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                LedgerImport.of(consignmentId, declaration, declaredAt).stream().map(line -> new Object[] {
                        line.consignmentId(), line.lineNumber(), line.reference(), Timestamp.from(line.declaredAt()),
                        line.borderPost(), line.hs6(), line.hsCode(), line.origin().value(), line.quantity().amount(),
                        line.quantity().unit(), line.value().amount(), line.value().currency().value(),
                        line.importer().identifier(), line.importer().address(), line.importer().name()}).toList());
    }

    @Override
    public void withdraw(String consignmentId) {
        jdbc.update("DELETE FROM import_ledger WHERE consignment_id = ?", consignmentId);
    }

    @Override
    public List<LedgerImport> candidates(Collection<String> hs6, Collection<String> partyKeys, Instant from, Instant until) {
        String[] keys = partyKeys.toArray(String[]::new);
        return jdbc.query("""
                SELECT * FROM import_ledger
                WHERE hs6 = ANY (?) AND declared_at >= ? AND declared_at < ?
                  AND (importer_identifier = ANY (?) OR importer_address = ANY (?) OR importer_name = ANY (?))
                ORDER BY declared_at, consignment_id, line_number""", (row, n) -> new LedgerImport(
                row.getString("consignment_id"), row.getString("reference"), row.getTimestamp("declared_at").toInstant(),
                row.getString("border_post"), new PartyKeys(row.getString("importer_identifier"),
                        row.getString("importer_address"), row.getString("importer_name")),
                row.getInt("line_number"), row.getString("hs_code"), CountryCode.of(row.getString("country_of_origin")),
                new Quantity(row.getBigDecimal("quantity"), row.getString("unit")),
                new Money(row.getBigDecimal("value"), CurrencyCode.of(row.getString("currency")))),
                hs6.toArray(String[]::new), Timestamp.from(from), Timestamp.from(until), keys, keys, keys);
    }
}
