package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    private static String required(String value, int maxLength) {
        return FreeText.required("description", "Goods description", value, maxLength);
    }

    private static String optional(String value, int maxLength) {
        return FreeText.optional("address", "Address", value, maxLength);
    }

    // ---- required and optional ---------------------------------------------------------------

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\n", " \r\n ", "\u2028", "\u3000"})
    void required_text_refuses_nothing_or_whitespace(String value) {
        assertRejected(() -> required(value, 10), "description").hasMessage("Goods description is required");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00A0", "2007", "202F", "00A0 00A0", "2002 00A0 2009"})
    void required_text_refuses_text_made_only_of_non_breaking_or_other_spaces(String codePoints) {
        StringBuilder value = new StringBuilder();
        for (String cp : codePoints.split(" ")) {
            value.appendCodePoint(Integer.parseInt(cp, 16));
        }
        assertRejected(() -> required(value.toString(), 10), "description").hasMessage("Goods description is required");
    }

    @Test
    void optional_text_is_empty_when_there_is_none() {
        assertThat(optional(null, 10)).isEmpty();
        assertThat(optional("", 10)).isEmpty();
        assertThat(optional("   ", 10)).isEmpty();
        assertThat(optional("\n\t", 10)).isEmpty();
    }

    @Test
    void strips_surrounding_whitespace() {
        assertThat(required("  Steel pipes \n", 20)).isEqualTo("Steel pipes");
        assertThat(optional("\t Almaty ", 20)).isEqualTo("Almaty");
    }

    // ---- what is kept ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "TOO \u00ABSteppe Textile\u00BB",
            "\u0422\u041e\u041e \u00AB\u049a\u0430\u0437\u0430\u049b \u044d\u043a\u0441\u043f\u043e\u0440\u0442\u00BB",  // ТОО «Қазақ экспорт»
            "\u041e\u041e\u041e \u0420\u043e\u043c\u0430\u0448\u043a\u0430",  // ООО Ромашка
            "M\u00FCller & S\u00F6hne GmbH",
            "\u4E0A\u6D77\u8D38\u6613\u6709\u9650\u516C\u53F8",  // Chinese
            "Caf\u00E9 \"Le Nord\" 50% off; <tags> are just text",
            "Boxes \uD83D\uDCE6 and a flag \uD83C\uDDF0\uD83C\uDDFF",  // emoji are printable
    })
    void keeps_printable_text_in_any_script(String value) {
        assertThat(required(value, 100)).isEqualTo(value);
    }

    @Test
    void allows_newlines_and_tabs_inside_the_text() {
        assertThat(required("Line one\nLine two\n\tindented", 100)).isEqualTo("Line one\nLine two\n\tindented");
    }

    // ---- normalisation -----------------------------------------------------------------------

    @Test
    void normalises_to_nfc() {
        String decomposed = "Cafe\u0301 Z\u00FCrich";   // e + combining acute
        String composed = "Caf\u00E9 Z\u00FCrich";
        assertThat(required(decomposed, 20)).isEqualTo(composed).hasSize(11);
        assertThat(required("\u049A\u0430\u0437\u0430\u049B", 20)).isEqualTo("\u049A\u0430\u0437\u0430\u049B");
        assertThat(required("A\u030A", 20)).isEqualTo("\u00C5");   // A + ring above is Å
        assertThat(required("\u212B", 20)).isEqualTo("\u00C5");    // ANGSTROM SIGN is Å in NFC
    }

    @Test
    void measures_the_length_after_normalisation() {
        String fiveDecomposed = "e\u0301".repeat(5);   // 10 code points, 5 once composed
        assertThat(required(fiveDecomposed, 5)).isEqualTo("\u00E9".repeat(5));
    }

    // ---- length ------------------------------------------------------------------------------

    @Test
    void allows_exactly_the_maximum_length() {
        assertThat(required("x".repeat(500), 500)).hasSize(500);
    }

    @ParameterizedTest(name = "max {1}")
    @CsvSource({"1, 0", "11, 10", "501, 500"})
    void refuses_text_longer_than_the_maximum(int length, int max) {
        assertRejected(() -> required("x".repeat(length), max), "description")
                .hasMessage("Goods description is longer than " + max + " characters");
        assertRejected(() -> optional("x".repeat(length), max), "address")
                .hasMessage("Address is longer than " + max + " characters");
    }

    @Test
    void counts_the_length_in_code_points_so_an_emoji_is_one_character() {
        String fiveEmoji = "\uD83D\uDCE6".repeat(5);   // 📦 x 5: 10 UTF-16 units
        assertThat(fiveEmoji).hasSize(10);
        assertThat(required(fiveEmoji, 5)).isEqualTo(fiveEmoji);
        assertRejected(() -> required(fiveEmoji + "\uD83D\uDCE6", 5), "description")
                .hasMessageContaining("longer than 5 characters");
    }

    @Test
    void does_not_count_surrounding_whitespace() {
        assertThat(required("   abcde   ", 5)).isEqualTo("abcde");
    }

    // ---- invisible and control characters ----------------------------------------------------

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {
            "0000", "0001", "0007", "0008", "000B", "000C", "000D", "001B", "007F",  // C0 controls and DEL (CR too)
            "0080", "0085", "009B", "009F",                                          // C1 controls
    })
    void refuses_control_characters(String hex) {
        assertRefusedInside(hex);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {
            "200B",  // zero width space
            "200C",  // zero width non-joiner
            "200D",  // zero width joiner
            "2060",  // word joiner
            "FEFF",  // byte order mark / zero width no-break space
            "00AD",  // soft hyphen
            "200E",  // left-to-right mark
            "200F",  // right-to-left mark
            "202A",  // left-to-right embedding
            "202D",  // left-to-right override
            "202E",  // right-to-left override
            "2066",  // left-to-right isolate
            "2069",  // pop directional isolate
            "061C",  // Arabic letter mark
            "E0041", // tag latin capital letter A
    })
    void refuses_zero_width_and_bidirectional_format_characters(String hex) {
        assertRefusedInside(hex);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"E000", "F8FF", "F0000", "10FFFD"})
    void refuses_private_use_characters(String hex) {
        assertRefusedInside(hex);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0378", "FFFF", "FDD0", "EFFFF"})
    void refuses_unassigned_code_points(String hex) {
        assertRefusedInside(hex);
    }

    @Test
    void refuses_a_lone_surrogate() {
        assertRejected(() -> required("ab\uD800cd", 10), "description")
                .hasMessageContaining("(U+D800) at position 3");
        assertRejected(() -> required("ab\uDC00", 10), "description")
                .hasMessageContaining("(U+DC00) at position 3");
    }

    /** Puts the character between "ab" and "cd" and expects it refused at position 3. */
    private static void assertRefusedInside(String hex) {
        String character = new String(Character.toChars(Integer.parseInt(hex, 16)));
        assertRejected(() -> required("ab" + character + "cd", 10), "description")
                .hasMessage("Goods description contains an invisible or control character (U+" + hex + ") at position 3")
                // what the console says in the reader's language: the key and the facts it names
                .satisfies(e -> assertThat(((InvalidValueException) e).messageKey()).isEqualTo("invalid.controlCharacter"))
                .satisfies(e -> assertThat(((InvalidValueException) e).facts())
                        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("character", "U+" + hex, "position", "3")));
        assertRejected(() -> optional("ab" + character + "cd", 10), "address")
                .hasMessageContaining("Address contains an invisible or control character (U+" + hex + ")");
    }

    @Test
    void counts_the_position_in_code_points() {
        assertRejected(() -> required("\uD83D\uDCE6\uD83D\uDCE6\u202Eab", 10), "description")
                .hasMessageContaining("(U+202E) at position 3");
    }

    @Test
    void refuses_a_bidi_override_that_would_disguise_a_name() {
        // "Ltd Trade" with a right-to-left override shows as something else on screen
        assertRejected(() -> required("Acme \u202Edtl\u202C", 50), "description")
                .hasMessageContaining("U+202E")
                .hasMessageContaining("position 6");
    }

    @Test
    void refuses_a_control_character_only_surrounded_by_whitespace() {
        assertRejected(() -> required(" \u0000 ", 10), "description").hasMessageContaining("U+0000");
    }
}
