package org.borderledger.consignment.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(String value) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        value = IsoCodes.require("country", "Country", value, ISO_COUNTRIES,
                "an ISO 3166-1 alpha-2 country code (for example KZ, RU, CN)");
    }

    @JsonCreator
    public static CountryCode of(String value) {
        return new CountryCode(value);
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
