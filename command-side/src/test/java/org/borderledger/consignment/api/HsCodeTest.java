package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HsCodeTest {

    @ParameterizedTest(name = "''{0}'' is kept as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            847130              | 847130
            8471.30             | 847130
            8471 30             | 847130
            8471.30.00          | 84713000
            8471 30 00 00       | 8471300000
            8471.30.0000        | 8471300000
            ' 8471 30 '         | 847130
            0101210000          | 0101210000
            9705000000          | 9705000000
            """)
    void accepts_6_8_or_10_digits_and_drops_dots_and_spaces(String input, String expected) {
        assertThat(HsCode.of(input).value()).isEqualTo(expected);
        assertThat(new HsCode(input)).hasToString(expected);
    }

    @ParameterizedTest(name = "chapter {0}")
    @ValueSource(strings = {"010000", "760000", "780000", "970000"})
    void accepts_the_first_and_last_chapters_and_those_beside_77(String code) {
        assertThat(HsCode.of(code).chapter()).isEqualTo(code.substring(0, 2));
    }

    @Test
    void codes_written_differently_are_equal() {
        assertThat(HsCode.of("8471.30.00")).isEqualTo(HsCode.of("84713000")).isEqualTo(new HsCode("8471 30 00"));
    }

    @Test
    void tells_its_chapter_and_whether_it_falls_under_a_prefix() {
        HsCode code = HsCode.of("8471.30.0000");
        assertThat(code.chapter()).isEqualTo("84");
        assertThat(code.startsWith("8471")).isTrue();
        assertThat(code.startsWith("847130")).isTrue();
        assertThat(code.startsWith("8472")).isFalse();
        assertThat(HsCode.of("0101210000").chapter()).isEqualTo("01");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t"})
    void is_required(String input) {
        assertRejected(() -> new HsCode(input), "hsCode").hasMessage("HS code is required");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "8471-30", "8471,30", "8471/30", "84713O", "HS847130", "+847130", "-847130",
            "8471\t30", "8471\u00A030", "8471_30",
            "\uFF18\uFF14\uFF17\uFF11\uFF13\uFF10",   // full-width digits
            "\u0668\u0664\u0667\u0661\u0663\u0660",   // Arabic-Indic digits
            "\u0968\u0966\u0966\u0966\u0966\u0966"    // Devanagari digits
    })
    void refuses_anything_but_ascii_digits_dots_and_spaces(String input) {
        assertRejected(() -> new HsCode(input), "hsCode")
                .hasMessageContaining("'" + input + "'")
                .hasMessageContaining("may contain only digits, dots and spaces");
    }

    @ParameterizedTest(name = "''{0}'' has {1} digits")
    @CsvSource({
            "8471, 4",
            "84713, 5",
            "8471300, 7",
            "847130000, 9",
            "84713000001, 11",
            "847130000012, 12",
            "8471.3, 5",
    })
    void refuses_lengths_other_than_6_8_or_10(String input, int digits) {
        assertRejected(() -> new HsCode(input), "hsCode")
                .hasMessageContaining("'" + input + "'")
                .hasMessageContaining("has " + digits + " digits; it needs 6, 8 or 10");
    }

    @ParameterizedTest(name = "''{0}'' is chapter {1}")
    @CsvSource({
            "000000, 00",
            "0012345678, 00",
            "980000, 98",
            "9903000000, 99",
    })
    void refuses_chapters_outside_01_to_97(String input, String chapter) {
        assertRejected(() -> new HsCode(input), "hsCode")
                .hasMessageContaining("has chapter " + chapter)
                .hasMessageContaining("chapters run from 01 to 97");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"770000", "77010000", "7701000000", "77.01.00"})
    void refuses_the_reserved_chapter_77(String input) {
        assertRejected(() -> new HsCode(input), "hsCode")
                .hasMessageContaining("'" + input + "'")
                .hasMessageContaining("chapter 77, which is reserved");
    }
}
