package org.borderledger.consignment;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Declaration references backed by a PostgreSQL unique key. ON CONFLICT DO NOTHING waits for a
 * concurrent claim of the same key to commit or roll back, and never aborts the transaction, so
 * the holder can still be read and named in the refusal.
 */
@Component
class JdbcDeclarationReferences implements DeclarationReferences {

    private final JdbcTemplate jdbc;

    JdbcDeclarationReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> claim(String declarantKey, String reference, String consignmentId) {
        int inserted = jdbc.update("""
                INSERT INTO declaration_reference (declarant_key, reference, consignment_id)
                VALUES (?, ?, ?) ON CONFLICT DO NOTHING""", declarantKey, reference, consignmentId);
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject(
                "SELECT consignment_id FROM declaration_reference WHERE declarant_key = ? AND reference = ?",
                String.class, declarantKey, reference));
    }
}
