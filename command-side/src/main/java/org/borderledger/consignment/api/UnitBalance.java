package org.borderledger.consignment.api;

import java.math.BigDecimal;

/**
 * In one unit of quantity, what the linked imports brought in against what the export takes out;
 * {@code beyondImported} is the part of the export no linked import accounts for (zero when the
 * imports cover it), shown as such.
 */
public record UnitBalance(String unit, BigDecimal imported, BigDecimal exported, BigDecimal beyondImported) {

    public static UnitBalance of(String unit, BigDecimal imported, BigDecimal exported) {
        return new UnitBalance(unit, imported, exported, exported.subtract(imported).max(BigDecimal.ZERO));
    }
}
