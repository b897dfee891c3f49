package org.borderledger.consignment.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One goods line of an earlier import that a possible re-export links to: the import's consignment,
 * reference, when and where it was declared, the line with its origin, quantity and value, the date
 * on which its origin was found to be a coalition country ({@code coalitionOn}, the import's date at
 * its post), and how the export's party ({@code exportRole}, EXPORTER or DECLARANT) is linked to the
 * importer.
 */
public record LinkedImport(String consignmentId, String reference, Instant declaredAt, String borderPost,
                           int lineNumber, String hsCode, String countryOfOrigin, LocalDate coalitionOn,
                           Quantity quantity, Money value, PartyRole exportRole, PartyLink link) {
}
