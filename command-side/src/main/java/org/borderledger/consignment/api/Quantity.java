package org.borderledger.consignment.api;

import java.math.BigDecimal;
import java.util.Map;

/** A quantity in a unit of measure (UN/ECE Recommendation 20 code such as PCE, KGM, LTR, MTR, SET). */
public record Quantity(BigDecimal amount, String unit) {

    static final BigDecimal MAX = new BigDecimal("1000000000000");

    public Quantity {
        if (amount == null) {
            throw InvalidValueException.required("quantity", "Quantity");
        }
        if (amount.signum() <= 0) {
            throw new InvalidValueException("quantity", "notPositive", Map.of("value", amount.toPlainString()),
                    "Quantity " + amount.toPlainString() + " must be positive");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidValueException("quantity", "tooLarge", Map.of("value", amount.toPlainString(), "max", MAX.toPlainString()),
                    "Quantity " + amount.toPlainString() + " is larger than " + MAX.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 3) {
            throw new InvalidValueException("quantity", "tooManyDecimals", Map.of("value", amount.toPlainString(), "max", "3"),
                    "Quantity " + amount.toPlainString() + " has more than three decimals");
        }
        DecimalDigits.check("quantity", "Quantity", amount);
        if (unit == null || !unit.strip().matches("[A-Za-z0-9]{2,3}")) {
            throw new InvalidValueException("unit", "unit", Map.of("value", java.util.Objects.toString(unit, "")),
                    "Unit '" + unit + "' must be a UN/ECE Rec. 20 code of 2 or 3 letters or digits (for example PCE, KGM)");
        }
        unit = unit.strip().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}
