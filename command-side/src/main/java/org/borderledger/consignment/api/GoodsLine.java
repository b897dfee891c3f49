package org.borderledger.consignment.api;

/** One line of goods on a declaration. Line numbers start at 1 and follow the declaration's order. */
public record GoodsLine(int lineNumber, HsCode hsCode, String description, Quantity quantity,
                        Mass grossMass, Mass netMass, Money value, CountryCode countryOfOrigin) {

    public static final int MAX_DESCRIPTION = 500;

    public GoodsLine {
        if (lineNumber < 1) {
            throw new InvalidValueException("lineNumber", "lineNumber", java.util.Map.of(), "Line number must be 1 or more");
        }
        if (hsCode == null) {
            throw InvalidValueException.required("hsCode", "HS code");
        }
        description = FreeText.required("description", "Goods description", description, MAX_DESCRIPTION);
        if (quantity == null) {
            throw InvalidValueException.required("quantity", "Quantity");
        }
        if (grossMass == null) {
            throw InvalidValueException.required("grossMass", "Gross mass");
        }
        if (netMass == null) {
            throw InvalidValueException.required("netMass", "Net mass");
        }
        if (netMass.kilograms().compareTo(grossMass.kilograms()) > 0) {
            throw new InvalidValueException("netMass", "netMoreThanGross", java.util.Map.of("net", netMass.kilograms().toPlainString(),
                    "gross", grossMass.kilograms().toPlainString()), "Net mass " + netMass + " is more than gross mass " + grossMass);
        }
        if (value == null) {
            throw InvalidValueException.required("value", "Customs value");
        }
        if (countryOfOrigin == null) {
            throw InvalidValueException.required("countryOfOrigin", "Country of origin");
        }
    }
}
