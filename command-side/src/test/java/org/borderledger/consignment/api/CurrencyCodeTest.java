package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyCodeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KZT", "RUB", "BYN", "CNY", "KGS", "USD", "EUR", "CHF", "JPY"})
    void accepts_iso_4217_codes(String code) {
        assertThat(CurrencyCode.of(code).value()).isEqualTo(code);
        assertThat(new CurrencyCode(code)).hasToString(code);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
            "kzt, KZT",
            "Usd, USD",
            "' eur ', EUR",
    })
    void strips_and_upper_cases(String input, String expected) {
        assertThat(CurrencyCode.of(input).value()).isEqualTo(expected);
    }

    @Test
    void codes_written_differently_are_equal() {
        assertThat(CurrencyCode.of("kzt")).isEqualTo(CurrencyCode.of("KZT"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void is_required(String input) {
        assertRejected(() -> new CurrencyCode(input), "currency").hasMessage("Currency is required");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "ABC", "XYZ", "RUBL", "USDT", "BTC",   // not ISO 4217
            "US", "KZ", "E",                       // too short
            "U SD", "398", "$", "\u20B8",          // numeric code, symbols
            "\u0420\u0423\u0411"                   // Cyrillic РУБ
    })
    void refuses_anything_but_an_iso_4217_code(String input) {
        assertRejected(() -> new CurrencyCode(input), "currency")
                .hasMessageContaining("'" + input + "'")
                .hasMessageContaining("is not an ISO 4217 currency code");
    }
}
