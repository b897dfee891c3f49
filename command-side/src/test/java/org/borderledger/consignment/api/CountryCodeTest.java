package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KZ", "RU", "BY", "CN", "KG", "UZ", "DE", "US", "TR", "AQ", "AX", "SS"})
    void accepts_iso_3166_alpha_2_codes(String code) {
        assertThat(CountryCode.of(code).value()).isEqualTo(code);
        assertThat(new CountryCode(code)).hasToString(code);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
            "kz, KZ",
            "Ru, RU",
            "' cn ', CN",
            "'\tby\t', BY",
    })
    void strips_and_upper_cases(String input, String expected) {
        assertThat(CountryCode.of(input).value()).isEqualTo(expected);
    }

    @Test
    void codes_written_differently_are_equal() {
        assertThat(CountryCode.of("kz")).isEqualTo(CountryCode.of(" KZ "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void is_required(String input) {
        assertRejected(() -> new CountryCode(input), "country").hasMessage("Country is required");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "XX", "ZZ", "UK", "EU", "SU", "YU", "XK",  // unassigned, user-assigned, reserved or withdrawn
            "KAZ", "RUS",                               // alpha-3
            "K", "1Z", "K Z", "K-Z", "398",             // not two letters
            "\u041AZ",                                  // Cyrillic К followed by Latin Z
            "\uFF2B\uFF3A"                              // full-width KZ
    })
    void refuses_anything_but_an_iso_3166_alpha_2_code(String input) {
        assertRejected(() -> new CountryCode(input), "country")
                .hasMessageContaining("'" + input + "'")
                .hasMessageContaining("is not an ISO 3166-1 alpha-2 country code");
    }
}
