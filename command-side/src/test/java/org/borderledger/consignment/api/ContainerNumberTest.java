package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ISO 6346. The valid numbers below were checked by hand with the table A=10, B=12 ... L=23 ...
 * V=34, W=35 ... Z=38, weights 2^0 .. 2^9, check digit (sum mod 11) mod 10; for example CSQU305438:
 * 13 + 30*2 + 28*4 + 32*8 + 3*16 + 0*32 + 5*64 + 4*128 + 3*256 + 8*512 = 6185 = 562*11 + 3.
 */
class ContainerNumberTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "CSQU3054383",  // the example in ISO 6346
            "MSKU9070323",
            "TOLU4734787",
            "LVWU1000008",  // L=23, V=34, W=35: the letters just after the skipped values 22 and 33
            "XYZZ9999992",  // category Z (trailer chassis), the highest letters
            "KLMJ0000010",  // category J; sum mod 11 is 10, so the check digit is 0
            "HLBU1000000",  // sum mod 11 is 10 as well
            "ABCU1234560"   // sum mod 11 is 0
    })
    void accepts_numbers_with_the_right_check_digit(String number) {
        assertThat(ContainerNumber.of(number).value()).isEqualTo(number);
        assertThat(new ContainerNumber(number)).hasToString(number);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"csqu3054383", "CSQU 305438 3", "CSQU-305438-3", "csqu 305438-3", " CSQU3054383 "})
    void drops_spaces_and_dashes_and_upper_cases(String input) {
        assertThat(ContainerNumber.of(input).value()).isEqualTo("CSQU3054383");
        assertThat(ContainerNumber.of(input)).isEqualTo(ContainerNumber.of("CSQU3054383"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void is_required(String input) {
        assertRejected(() -> new ContainerNumber(input), "containerNumber").hasMessage("Container number is required");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "CSQX3054383",   // category must be U, J or Z
            "CSQR3054383",
            "CSQ3054383",    // owner code too short
            "CSQUU3054383",  // four letters before the category
            "CSQU305438",    // no check digit
            "CSQU30543830",  // one digit too many
            "C5QU3054383",   // digit in the owner code
            "CSQU30S4383",   // letter in the serial
            "CSQU305438X",   // letter as check digit
            "CSQU.3054383",
            "CSQU/3054383",
            "3054383CSQU",
            "\u0421SQU3054383",  // Cyrillic С
            "CSQU305438\uFF13"   // full-width check digit
    })
    void refuses_anything_but_three_letters_a_category_and_seven_digits(String input) {
        assertRejected(() -> new ContainerNumber(input), "containerNumber")
                .hasMessageContaining("'" + input + "'")
                .hasMessageContaining("must be 3 letters, U, J or Z, then 7 digits");
    }

    static Stream<Integer> wrongCheckDigitsForCSQU305438() {
        return IntStream.rangeClosed(0, 9).filter(d -> d != 3).boxed();
    }

    @ParameterizedTest(name = "CSQU305438{0}")
    @MethodSource("wrongCheckDigitsForCSQU305438")
    void refuses_every_wrong_check_digit(int wrong) {
        String number = "CSQU305438" + wrong;
        assertRejected(() -> new ContainerNumber(number), "containerNumber")
                .hasMessageContaining("'" + number + "'")
                .hasMessageContaining("has check digit " + wrong + " but its owner code and serial give 3");
    }

    @ParameterizedTest(name = "{0} should end in {1}")
    @CsvSource({
            "CSQU3045383, 1",   // 5 and 4 swapped
            "CSQU3054833, 0",   // 3 and 8 swapped: sum mod 11 is 10, check digit 0
            "SCQU3054383, 8",   // C and S swapped
            "CSQJ3054383, 6",   // another category
            "KLMJ0000011, 0",   // a check digit of 10 is written 0, not 1
            "HLBU1000001, 0",
    })
    void catches_transpositions_and_typing_errors(String number, int expected) {
        assertRejected(() -> new ContainerNumber(number), "containerNumber")
                .hasMessageContaining("but its owner code and serial give " + expected);
    }

    @Test
    void a_check_digit_of_10_is_written_as_0() {
        assertThat(ContainerNumber.of("KLMJ0000010").value()).endsWith("0");
    }
}
