package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    private static Quantity quantity(String amount, String unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.001", "1", "2.5", "1200", "1.2340", "1000000000000"})
    void accepts_positive_amounts_with_at_most_three_decimals(String amount) {
        assertThat(quantity(amount, "PCE").amount()).isEqualByComparingTo(amount);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "0.000", "-1", "-0.001"})
    void refuses_zero_and_negative_amounts(String amount) {
        assertRejected(() -> quantity(amount, "PCE"), "quantity")
                .hasMessageContaining("Quantity " + amount)
                .hasMessageContaining("must be positive");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1000000000000.001", "1E+13"})
    void refuses_amounts_above_the_maximum(String amount) {
        assertRejected(() -> quantity(amount, "PCE"), "quantity")
                .hasMessageContaining("is larger than 1000000000000");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.0001", "2.5001"})
    void refuses_more_than_three_decimals(String amount) {
        assertRejected(() -> quantity(amount, "PCE"), "quantity")
                .hasMessageContaining("has more than three decimals");
    }

    @Test
    void amount_is_required() {
        assertRejected(() -> new Quantity(null, "PCE"), "quantity").hasMessage("Quantity is required");
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
            "PCE, PCE",
            "KGM, KGM",
            "LTR, LTR",
            "MTR, MTR",
            "SET, SET",
            "H87, H87",
            "C62, C62",
            "PR, PR",
            "kgm, KGM",
            "' pce ', PCE",
    })
    void accepts_un_ece_rec_20_codes_stripped_and_upper_cased(String unit, String expected) {
        assertThat(quantity("1", unit).unit()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "P", "PCES", "P-E", "P E", "KG.", "\u0448\u0442", "\uFF30\uFF23\uFF25", "pc\u200B"})
    void refuses_units_that_are_not_two_or_three_letters_or_digits(String unit) {
        assertRejected(() -> quantity("1", unit), "unit")
                .hasMessageContaining("Unit '" + unit + "'")
                .hasMessageContaining("UN/ECE Rec. 20 code");
    }

    @Test
    void reads_as_amount_and_unit() {
        assertThat(quantity("2.5", "kgm")).hasToString("2.5 KGM");
        assertThat(quantity("2.5", "KGM")).isEqualTo(quantity("2.5", " kgm "));
    }
}
