package org.borderledger.consignment.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 alphabetic currency code, upper case. */
public record CurrencyCode(String value) {

    private static final Set<String> ISO_CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    public CurrencyCode {
        value = IsoCodes.require("currency", "Currency", value, ISO_CURRENCIES,
                "an ISO 4217 currency code (for example KZT, USD, EUR)");
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
