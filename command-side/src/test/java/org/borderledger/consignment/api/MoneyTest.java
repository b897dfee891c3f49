package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final CurrencyCode USD = CurrencyCode.of("USD");

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "0.00", "0.01", "1", "1234.5", "1234.56", "1.500", "1E+3", "999999999999.99", "1000000000000", "1000000000000.00"})
    void accepts_non_negative_amounts_with_at_most_two_decimals_up_to_the_maximum(String amount) {
        Money money = usd(amount);
        assertThat(money.amount()).isEqualByComparingTo(amount);
        assertThat(money.currency()).isEqualTo(USD);
    }

    @Test
    void zero_is_a_valid_customs_value() {
        assertThat(usd("0").amount().signum()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-0.01", "-1", "-1000000000000"})
    void refuses_negative_amounts(String amount) {
        assertRejected(() -> usd(amount), "value")
                .hasMessageContaining("Customs value " + amount)
                .hasMessageContaining("is negative");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1000000000000.01", "1000000000001", "1E+13", "99999999999999999999"})
    void refuses_amounts_above_the_maximum(String amount) {
        assertRejected(() -> usd(amount), "value")
                .hasMessageContaining("is larger than 1000000000000");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.001", "1.234", "12.3456", "0.005", "1E-3"})
    void refuses_more_than_two_decimals(String amount) {
        assertRejected(() -> usd(amount), "value")
                .hasMessageContaining("Customs value " + new BigDecimal(amount).toPlainString())
                .hasMessageContaining("has more than two decimals");
    }

    @Test
    void amount_is_required() {
        assertRejected(() -> new Money(null, USD), "value").hasMessage("Customs value is required");
    }

    @Test
    void currency_is_required() {
        assertRejected(() -> new Money(BigDecimal.TEN, null), "currency").hasMessageContaining("required");
    }

    @Test
    void reads_as_amount_and_currency() {
        assertThat(usd("5400.00")).hasToString("5400.00 USD");
        assertThat(new Money(new BigDecimal("1E+3"), CurrencyCode.of("kzt"))).hasToString("1000 KZT");
    }
}
