package org.borderledger.consignment.api;

import java.math.BigDecimal;
import java.util.Map;

/** A customs value: non-negative, at most two decimals, in an ISO 4217 currency. */
public record Money(BigDecimal amount, CurrencyCode currency) {

    /** Larger than any plausible single consignment line; guards against typos and overflow. */
    static final BigDecimal MAX = new BigDecimal("1000000000000");

    public Money {
        if (amount == null) {
            throw InvalidValueException.required("value", "Customs value");
        }
        if (currency == null) {
            throw InvalidValueException.required("currency", "Currency");
        }
        if (amount.signum() < 0) {
            throw new InvalidValueException("value", "negative", Map.of("value", amount.toPlainString()),
                    "Customs value " + amount.toPlainString() + " is negative");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidValueException("value", "tooLarge", Map.of("value", amount.toPlainString(), "max", MAX.toPlainString()),
                    "Customs value " + amount.toPlainString() + " is larger than " + MAX.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("value", "tooManyDecimals", Map.of("value", amount.toPlainString(), "max", "2"),
                    "Customs value " + amount.toPlainString() + " has more than two decimals");
        }
        DecimalDigits.check("value", "Customs value", amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
