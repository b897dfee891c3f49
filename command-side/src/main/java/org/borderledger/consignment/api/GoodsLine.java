package org.borderledger.consignment.api;

/** One line of goods on a declaration. Line numbers start at 1 and follow the declaration's order. */
public record GoodsLine(int lineNumber, HsCode hsCode, String description, Quantity quantity,
                        Mass grossMass, Mass netMass, Money value, CountryCode countryOfOrigin) {

    public static final int MAX_DESCRIPTION = 500;

    public GoodsLine {
        if (lineNumber < 1) {
            throw new InvalidValueException("lineNumber", "Line number must be 1 or more");
        }
        if (hsCode == null) {
            throw new InvalidValueException("hsCode", "HS code is required");
        }
        description = FreeText.required("description", "Goods description", description, MAX_DESCRIPTION);
        if (quantity == null) {
            throw new InvalidValueException("quantity", "Quantity is required");
        }
        if (grossMass == null) {
            throw new InvalidValueException("grossMass", "Gross mass is required");
        }
        if (netMass == null) {
            throw new InvalidValueException("netMass", "Net mass is required");
        }
        if (netMass.kilograms().compareTo(grossMass.kilograms()) > 0) {
            throw new InvalidValueException("netMass", "Net mass " + netMass + " is more than gross mass " + grossMass);
        }
        if (value == null) {
            throw new InvalidValueException("value", "Customs value is required");
        }
        if (countryOfOrigin == null) {
            throw new InvalidValueException("countryOfOrigin", "Country of origin is required");
        }
    }
}
