package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kazakh BIN/IIN control digit: first 11 digits weighted 1..11, sum mod 11; if 10, weighted
 * 3..11,1,2; if 10 again, invalid. The numbers below were computed with a script and the ones
 * marked "by hand" checked on paper.
 */
class BusinessIdentifierTest {

    private static final CountryCode KZ = CountryCode.of("KZ");

    private static BusinessIdentifier kz(String value) {
        return new BusinessIdentifier(KZ, value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "040540000014",  // by hand: 0+8+0+20+20+0+0+0+0+0+11 = 59 = 5*11 + 4
            "850615400016",  // an IIN-shaped number; by hand: 116 = 10*11 + 6
            "770708389307",
    })
    void accepts_kazakh_numbers_whose_control_digit_comes_from_the_first_weights(String number) {
        assertThat(kz(number).value()).isEqualTo(number);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "040540000502",  // by hand: first sum 98 = 8*11 + 10; second 0+16+0+30+28+0+0+0+0+5+0 = 79 = 7*11 + 2
            "123456789013",  // by hand: first sum 296 = 26*11 + 10; second 377 = 34*11 + 3
            "990340000504",
            "850615400705",
    })
    void accepts_kazakh_numbers_whose_first_weights_give_10_and_second_weights_give_the_control_digit(String number) {
        assertThat(kz(number).value()).isEqualTo(number);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "040540000540",  // by hand: first sum 142 = 12*11 + 10; second 87 = 7*11 + 10
            "040540000544",
            "040540000549",
            "850615400780",
            "990340000533",
    })
    void refuses_kazakh_numbers_whose_both_weight_sets_give_10(String number) {
        assertRejected(() -> kz(number), "identifier")
                .hasMessageContaining("'" + number + "'")
                .hasMessageContaining("cannot be valid: its control digit computes to 10 twice");
    }

    @ParameterizedTest(name = "{0} should end in {1}")
    @CsvSource({
            "040540000015, 4",
            "040540000010, 4",
            "850615400061, 6",  // last two digits swapped
            "040540000500, 2",  // first weights give 10: must not be taken as 0
            "040540000501, 2",
            "123456789010, 3",
            "123456789012, 3",
    })
    void refuses_kazakh_numbers_with_a_wrong_control_digit(String number, int expected) {
        assertRejected(() -> kz(number), "identifier")
                .hasMessageContaining("'" + number + "'")
                .hasMessageContaining("has control digit " + number.charAt(11) + " but its first 11 digits give " + expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "04054000001",      // 11 digits
            "0405400000140",    // 13 digits
            "0405 4000 0014",   // spaces inside
            "040540-000014",
            "04054000001A",
            "KZ040540000014",
            "\uFF10\uFF14\uFF10\uFF15\uFF14\uFF10\uFF10\uFF10\uFF10\uFF10\uFF11\uFF14"  // full-width digits
    })
    void refuses_kazakh_numbers_that_are_not_12_ascii_digits(String number) {
        assertRejected(() -> kz(number), "identifier")
                .hasMessageContaining("'" + number + "'")
                .hasMessageContaining("must be exactly 12 digits");
    }

    @Test
    void checks_every_kazakh_number_of_a_range_against_an_independent_computation() {
        for (long prefix = 4054000000L; prefix < 4054000400L; prefix++) {
            String first11 = String.format("%011d", prefix);
            Integer control = controlDigit(first11);
            for (int last = 0; last <= 9; last++) {
                String number = first11 + last;
                if (control != null && control == last) {
                    assertThatCode(() -> kz(number)).as(number).doesNotThrowAnyException();
                } else {
                    assertRejected(() -> kz(number), "identifier").as(number);
                }
            }
        }
    }

    /** The rule written out again, differently from the production code; null when no digit is valid. */
    private static Integer controlDigit(String first11) {
        int a = 0;
        int b = 0;
        for (int i = 0; i < 11; i++) {
            int digit = first11.charAt(i) - '0';
            a += digit * (i + 1);
            b += digit * ((i + 2) % 11 + 1);
        }
        if (a % 11 != 10) {
            return a % 11;
        }
        return b % 11 == 10 ? null : b % 11;
    }

    @Test
    void strips_surrounding_whitespace() {
        assertThat(kz("  040540000014\t").value()).isEqualTo("040540000014");
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource({
            "RU, 7707083893",           // INN of a company
            "RU, 500100732259",         // INN of a person: 12 digits, not checked with the Kazakh rule
            "RU, 123456789010",         // would be refused in Kazakhstan
            "DE, DE123456789012345",    // EORI
            "US, 12-3456789",           // EIN
            "BY, 190/000/000",
            "CN, 91310000MA1FL0TQ3X",   // unified social credit code
            "KG, '\u0418\u041d\u041d 01234567890123'",  // Cyrillic letters are letters
    })
    void keeps_other_countries_identifiers_as_free_text(String country, String value) {
        BusinessIdentifier identifier = new BusinessIdentifier(CountryCode.of(country), value);
        assertThat(identifier.value()).isEqualTo(value);
        assertThat(identifier.country()).isEqualTo(CountryCode.of(country));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"12#34", "DE.123", "123_456", "a\tb", "a\nb", "x\u200By", "12\u202E34", "x;DROP", "<b>1</b>", "1+2"})
    void refuses_other_identifiers_with_characters_other_than_letters_digits_spaces_dash_and_slash(String value) {
        assertRejected(() -> new BusinessIdentifier(CountryCode.of("RU"), value), "identifier")
                .hasMessageContaining("may contain only letters, digits, spaces, '-' and '/'");
    }

    @Test
    void bounds_the_length_of_other_identifiers() {
        String longest = "A".repeat(BusinessIdentifier.MAX_LENGTH);
        assertThat(new BusinessIdentifier(CountryCode.of("DE"), longest).value()).hasSize(64);
        assertRejected(() -> new BusinessIdentifier(CountryCode.of("DE"), longest + "B"), "identifier")
                .hasMessageContaining("longer than 64 characters");
        assertThat(new BusinessIdentifier(CountryCode.of("DE"), "  " + longest + "  ").value()).isEqualTo(longest);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void value_is_required(String value) {
        assertRejected(() -> kz(value), "identifier").hasMessage("Identifier is required");
        assertRejected(() -> new BusinessIdentifier(CountryCode.of("RU"), value), "identifier").hasMessage("Identifier is required");
    }

    @Test
    void country_is_required() {
        assertRejected(() -> new BusinessIdentifier(null, "040540000014"), "country")
                .hasMessageContaining("required");
    }

    @Test
    void reads_as_country_and_value() {
        assertThat(kz("040540000014")).hasToString("KZ:040540000014");
        assertThat(kz("040540000014")).isEqualTo(kz(" 040540000014 "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"7707083893", "RU7707083893", "ru 7707-083893", "RU/7707083893"})
    void keys_a_number_alike_with_or_without_its_countrys_code_in_front(String typed) {
        assertThat(new BusinessIdentifier(CountryCode.of("RU"), typed).key()).isEqualTo("RU:7707083893");
    }

    @Test
    void keeps_another_countrys_code_and_a_value_that_is_only_the_code() {
        assertThat(new BusinessIdentifier(CountryCode.of("KG"), "RU7707083893").key()).isEqualTo("KG:RU7707083893");
        assertThat(new BusinessIdentifier(CountryCode.of("RU"), "RU").key()).isEqualTo("RU:RU");
    }
}
