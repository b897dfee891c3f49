package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Trailing zeros pass the range and decimals checks; without a bound on digits they would be stored
 * as a number longer than the 1,000 digits Jackson reads back.
 */
class DecimalDigitsTest {

    private static final BigDecimal ONE_WITH_FIFTEEN_HUNDRED_ZEROS = new BigDecimal("1." + "0".repeat(1_500));

    @Test
    void amountsWithThousandsOfTrailingZerosAreRefusedWithoutQuotingThem() {
        assertRejected(() -> new Money(ONE_WITH_FIFTEEN_HUNDRED_ZEROS, CurrencyCode.of("USD")), "value")
                .hasMessage("Customs value has more than 30 digits (trailing zeros included)");
        assertRejected(() -> Mass.kg(ONE_WITH_FIFTEEN_HUNDRED_ZEROS), "mass")
                .hasMessage("Mass has more than 30 digits (trailing zeros included)");
        assertRejected(() -> new Quantity(ONE_WITH_FIFTEEN_HUNDRED_ZEROS, "PCE"), "quantity")
                .hasMessage("Quantity has more than 30 digits (trailing zeros included)");
    }

    @Test
    void theLargestAmountsWithTheirDecimalsFit() {
        assertThat(new Money(new BigDecimal("999999999999.99"), CurrencyCode.of("USD")).amount().precision()).isEqualTo(14);
        assertThat(new Quantity(new BigDecimal("999999999999.999"), "PCE").amount().precision()).isEqualTo(15);
    }
}
