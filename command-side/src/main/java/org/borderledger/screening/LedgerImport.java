package org.borderledger.screening;

import java.time.Instant;
import java.util.List;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.Money;
import org.borderledger.consignment.api.Quantity;

/**
 * One goods line of a declared import as the import ledger keeps it: the consignment, its reference,
 * when and at which post it was declared, the importer's (consignee's) keys, and what the re-export
 * check and its hit need of the line.
 */
public record LedgerImport(String consignmentId, String reference, Instant declaredAt, String borderPost,
                           PartyKeys importer, int lineNumber, String hsCode, CountryCode origin, Quantity quantity,
                           Money value) {

    /** The ledger lines of a declaration declared at {@code declaredAt}: none unless it is an import. */
    public static List<LedgerImport> of(String consignmentId, Declaration declaration, Instant declaredAt) {
        if (declaration.direction() != Direction.IMPORT) {
            return List.of();
        }
        PartyKeys importer = PartyKeys.of(declaration.consignee());
        return declaration.goods().stream().map(line -> new LedgerImport(consignmentId, declaration.reference(), declaredAt,
                declaration.borderPost(), importer, line.lineNumber(), line.hsCode().value(), line.countryOfOrigin(),
                line.quantity(), line.value())).toList();
    }

    public String hs6() {
        return hsCode.substring(0, 6);
    }
}
