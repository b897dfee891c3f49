package org.borderledger.consignment.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 alphabetic currency code, upper case. */
public record CurrencyCode(String value) {

    private static final Set<String> ISO_CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    public CurrencyCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("currency", "Currency is required");
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!ISO_CURRENCIES.contains(code)) {
            throw new InvalidValueException("currency",
                    "'" + value + "' is not an ISO 4217 currency code (for example KZT, USD, EUR)");
        }
        value = code;
    }

    @JsonCreator
    public static CurrencyCode of(String value) {
        return new CurrencyCode(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
