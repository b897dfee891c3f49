package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MassTest {

    @ParameterizedTest(name = "{0} kg")
    @ValueSource(strings = {"0.001", "1", "12.345", "1.2340", "360.500", "1E+3", "99999999.999", "100000000"})
    void accepts_positive_masses_with_at_most_three_decimals_up_to_100000_tonnes(String kilograms) {
        assertThat(Mass.kg(kilograms).kilograms()).isEqualByComparingTo(kilograms);
        assertThat(Mass.kg(new BigDecimal(kilograms))).isEqualTo(new Mass(new BigDecimal(kilograms)));
    }

    @ParameterizedTest(name = "{0} kg")
    @ValueSource(strings = {"0", "0.000", "-0.001", "-1"})
    void refuses_zero_and_negative_masses(String kilograms) {
        assertRejected(() -> Mass.kg(kilograms), "mass")
                .hasMessageContaining("Mass " + kilograms + " kg")
                .hasMessageContaining("must be positive");
    }

    @ParameterizedTest(name = "{0} kg")
    @ValueSource(strings = {"100000000.001", "100000001", "1E+9"})
    void refuses_masses_above_100000_tonnes(String kilograms) {
        assertRejected(() -> Mass.kg(kilograms), "mass")
                .hasMessageContaining("is larger than 100000000 kg");
    }

    @ParameterizedTest(name = "{0} kg")
    @ValueSource(strings = {"0.0001", "1.2345", "12.34567"})
    void refuses_more_than_three_decimals(String kilograms) {
        assertRejected(() -> Mass.kg(kilograms), "mass")
                .hasMessageContaining("Mass " + kilograms + " kg")
                .hasMessageContaining("has more than three decimals");
    }

    @Test
    void is_required() {
        assertRejected(() -> new Mass(null), "mass").hasMessage("Mass is required");
        assertRejected(() -> Mass.kg((BigDecimal) null), "mass").hasMessage("Mass is required");
        assertRejected(() -> Mass.kg((String) null), "mass").hasMessage("Mass is required");
        assertRejected(() -> Mass.kg(""), "mass").hasMessage("Mass is required");
        assertRejected(() -> Mass.kg("  "), "mass").hasMessage("Mass is required");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"abc", "12,5", "12 kg", "1.2.3", "NaN", "0x10"})
    void refuses_text_that_is_not_a_number(String kilograms) {
        assertRejected(() -> Mass.kg(kilograms), "mass")
                .hasMessageContaining("'" + kilograms + "'")
                .hasMessageContaining("not a number");
    }

    @Test
    void reads_in_kilograms() {
        assertThat(Mass.kg("12.5")).hasToString("12.5 kg");
        assertThat(Mass.kg("1E+3")).hasToString("1000 kg");
    }
}
