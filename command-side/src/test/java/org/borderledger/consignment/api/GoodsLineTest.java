package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GoodsLineTest {

    private static final HsCode HS = HsCode.of("6109100000");
    private static final String DESCRIPTION = "Men's cotton T-shirts, knitted";
    private static final Quantity QUANTITY = new Quantity(new BigDecimal("1200"), "PCE");
    private static final Mass GROSS = Mass.kg("360.5");
    private static final Mass NET = Mass.kg("330");
    private static final Money VALUE = new Money(new BigDecimal("5400.00"), CurrencyCode.of("USD"));
    private static final CountryCode ORIGIN = CountryCode.of("KZ");

    private static GoodsLine line(Mass gross, Mass net) {
        return new GoodsLine(1, HS, DESCRIPTION, QUANTITY, gross, net, VALUE, ORIGIN);
    }

    @Test
    void keeps_every_particular() {
        GoodsLine line = new GoodsLine(3, HS, "  " + DESCRIPTION + " ", QUANTITY, GROSS, NET, VALUE, ORIGIN);
        assertThat(line.lineNumber()).isEqualTo(3);
        assertThat(line.hsCode()).isEqualTo(HS);
        assertThat(line.description()).isEqualTo(DESCRIPTION);
        assertThat(line.quantity()).isEqualTo(QUANTITY);
        assertThat(line.grossMass()).isEqualTo(GROSS);
        assertThat(line.netMass()).isEqualTo(NET);
        assertThat(line.value()).isEqualTo(VALUE);
        assertThat(line.countryOfOrigin()).isEqualTo(ORIGIN);
        assertThat(Declarations.goodsLine()).isNotNull();
    }

    @ParameterizedTest(name = "line {0}")
    @ValueSource(ints = {1, 2, 999, Integer.MAX_VALUE})
    void line_numbers_start_at_1(int lineNumber) {
        assertThat(new GoodsLine(lineNumber, HS, DESCRIPTION, QUANTITY, GROSS, NET, VALUE, ORIGIN).lineNumber())
                .isEqualTo(lineNumber);
    }

    @ParameterizedTest(name = "line {0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void refuses_line_numbers_below_1(int lineNumber) {
        assertRejected(() -> new GoodsLine(lineNumber, HS, DESCRIPTION, QUANTITY, GROSS, NET, VALUE, ORIGIN), "lineNumber")
                .hasMessage("Line number must be 1 or more");
    }

    @Test
    void hs_code_is_required() {
        assertRejected(() -> new GoodsLine(1, null, DESCRIPTION, QUANTITY, GROSS, NET, VALUE, ORIGIN), "hsCode")
                .hasMessage("HS code is required");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n"})
    void description_is_required(String description) {
        assertRejected(() -> new GoodsLine(1, HS, description, QUANTITY, GROSS, NET, VALUE, ORIGIN), "description")
                .hasMessage("Goods description is required");
    }

    @Test
    void description_is_at_most_500_characters() {
        assertThat(new GoodsLine(1, HS, "d".repeat(500), QUANTITY, GROSS, NET, VALUE, ORIGIN).description()).hasSize(500);
        assertRejected(() -> new GoodsLine(1, HS, "d".repeat(501), QUANTITY, GROSS, NET, VALUE, ORIGIN), "description")
                .hasMessage("Goods description is longer than 500 characters");
    }

    @Test
    void description_may_span_lines_but_not_hide_characters() {
        assertThat(new GoodsLine(1, HS, "T-shirts\nsize M", QUANTITY, GROSS, NET, VALUE, ORIGIN).description())
                .isEqualTo("T-shirts\nsize M");
        assertRejected(() -> new GoodsLine(1, HS, "T-shirts\u202E", QUANTITY, GROSS, NET, VALUE, ORIGIN), "description")
                .hasMessageContaining("(U+202E)");
    }

    @Test
    void quantity_is_required() {
        assertRejected(() -> new GoodsLine(1, HS, DESCRIPTION, null, GROSS, NET, VALUE, ORIGIN), "quantity")
                .hasMessage("Quantity is required");
    }

    @Test
    void gross_mass_is_required() {
        assertRejected(() -> new GoodsLine(1, HS, DESCRIPTION, QUANTITY, null, NET, VALUE, ORIGIN), "grossMass")
                .hasMessage("Gross mass is required");
    }

    @Test
    void net_mass_is_required() {
        assertRejected(() -> new GoodsLine(1, HS, DESCRIPTION, QUANTITY, GROSS, null, VALUE, ORIGIN), "netMass")
                .hasMessage("Net mass is required");
    }

    @ParameterizedTest(name = "gross {0} kg, net {1} kg")
    @CsvSource({
            "360.5, 330",
            "360.5, 360.5",
            "360.5, 360.500",   // equal despite the scale
            "10, 10.000",
            "0.002, 0.001",
    })
    void net_mass_may_be_up_to_the_gross_mass(String gross, String net) {
        assertThat(line(Mass.kg(gross), Mass.kg(net)).netMass()).isEqualTo(Mass.kg(net));
    }

    @ParameterizedTest(name = "gross {0} kg, net {1} kg")
    @CsvSource({
            "330, 360.5",
            "360.5, 360.501",
            "10.000, 10.001",
            "9, 10",       // compared as numbers, not as text
            "0.001, 0.002",
    })
    void refuses_a_net_mass_above_the_gross_mass(String gross, String net) {
        assertRejected(() -> line(Mass.kg(gross), Mass.kg(net)), "netMass")
                .hasMessage("Net mass " + net + " kg is more than gross mass " + gross + " kg");
    }

    @Test
    void value_is_required() {
        assertRejected(() -> new GoodsLine(1, HS, DESCRIPTION, QUANTITY, GROSS, NET, null, ORIGIN), "value")
                .hasMessage("Customs value is required");
    }

    @Test
    void a_customs_value_of_zero_is_allowed() {
        Money free = new Money(BigDecimal.ZERO, CurrencyCode.of("EUR"));
        assertThat(new GoodsLine(1, HS, "Free samples", QUANTITY, GROSS, NET, free, ORIGIN).value()).isEqualTo(free);
    }

    @Test
    void country_of_origin_is_required() {
        assertRejected(() -> new GoodsLine(1, HS, DESCRIPTION, QUANTITY, GROSS, NET, VALUE, null), "countryOfOrigin")
                .hasMessageContaining("required");
    }
}
