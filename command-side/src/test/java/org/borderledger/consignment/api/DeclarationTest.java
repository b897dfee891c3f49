package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderledger.consignment.api.Declarations.goodsLine;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeclarationTest {

    private static List<GoodsLine> lines(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> goodsLine(n, "6109100000")).toList();
    }

    @Test
    void the_test_data_declaration_is_valid() {
        Declaration d = Declarations.valid();
        assertThat(d.reference()).isEqualTo(Declarations.REFERENCE);
        assertThat(d.direction()).isEqualTo(Direction.EXPORT);
        assertThat(d.borderPost()).isEqualTo("Kurmangazy");
        assertThat(d.countryOfDispatch()).isEqualTo(CountryCode.of("KZ"));
        assertThat(d.countryOfDestination()).isEqualTo(CountryCode.of("TR"));
        assertThat(d.routeCountries()).isEmpty();
        assertThat(d.carrier()).isNull();
        assertThat(d.goods()).singleElement().extracting(GoodsLine::lineNumber).isEqualTo(1);
        assertThat(Declarations.builder(d).build()).isEqualTo(d);
    }

    @Test
    void the_test_data_varies_one_part_at_a_time() {
        assertThat(Declarations.toDestination("RU").countryOfDestination()).isEqualTo(CountryCode.of("RU"));
        assertThat(Declarations.via("RU", "BY").routeCountries()).containsExactly(CountryCode.of("RU"), CountryCode.of("BY"));
        assertThat(Declarations.withHsCode("8471.30").goods()).singleElement()
                .extracting(GoodsLine::hsCode).isEqualTo(HsCode.of("847130"));
        assertThat(Declarations.withGoods(goodsLine(1, "8471300000"), goodsLine(2, "8542310000")).goods()).hasSize(2);
        assertThat(Declarations.withCarrier(Declarations.carrier()).carrier()).isEqualTo(Declarations.carrier());
        assertThat(Declarations.withReference("R-1").reference()).isEqualTo("R-1");
        assertThat(Declarations.withDirection(Direction.TRANSIT).direction()).isEqualTo(Direction.TRANSIT);
        Declaration d = Declarations.toDestination("CN");
        assertThat(d).usingRecursiveComparison().ignoringFields("countryOfDestination").isEqualTo(Declarations.valid());
    }

    // ---- reference ---------------------------------------------------------------------------

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"EX-2025-000123", "KZ/2025/0001", "a.b_c-d/1", "1", "RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR"})  // the last is 35 characters
    void reference_holds_letters_digits_and_separators(String reference) {
        assertThat(Declarations.withReference(reference).reference()).isEqualTo(reference);
    }

    @Test
    void reference_is_stripped() {
        assertThat(Declarations.withReference("  EX-1\n").reference()).isEqualTo("EX-1");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void reference_is_required(String reference) {
        assertRejected(() -> Declarations.withReference(reference), "reference").hasMessage("Declaration reference is required");
    }

    @Test
    void reference_is_at_most_35_characters() {
        assertRejected(() -> Declarations.withReference("R".repeat(36)), "reference")
                .hasMessage("Declaration reference is longer than 35 characters");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"EX 1", "EX#1", "EX:1", "EX\\1", "EX\n1", "EX\t1", "EX,1", "\u042D\u041A-1", "EX\u20131", "\uFF25\uFF38-1", "EX'1", "EX;1"})
    void reference_refuses_other_characters(String reference) {
        assertRejected(() -> Declarations.withReference(reference), "reference")
                .hasMessageContaining("may contain only letters, digits, '/', '.', '_' and '-'");
    }

    @Test
    void reference_may_not_hide_invisible_characters() {
        assertRejected(() -> Declarations.withReference("EX-1\u200B"), "reference").hasMessageContaining("(U+200B)");
    }

    // ---- direction, border post, countries, transport ----------------------------------------

    @ParameterizedTest
    @EnumSource(Direction.class)
    void takes_every_direction(Direction direction) {
        assertThat(Declarations.withDirection(direction).direction()).isEqualTo(direction);
    }

    @Test
    void direction_is_required() {
        assertRejected(() -> Declarations.withDirection(null), "direction")
                .hasMessage("Direction (export, import or transit) is required");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void border_post_is_required(String borderPost) {
        assertRejected(() -> Declarations.builder().borderPost(borderPost).build(), "borderPost")
                .hasMessage("Border post is required");
    }

    @Test
    void border_post_is_at_most_80_characters() {
        assertThat(Declarations.builder().borderPost("B".repeat(80)).build().borderPost()).hasSize(80);
        assertRejected(() -> Declarations.builder().borderPost("B".repeat(81)).build(), "borderPost")
                .hasMessage("Border post is longer than 80 characters");
    }

    @Test
    void country_of_dispatch_is_required() {
        assertRejected(() -> Declarations.builder().countryOfDispatch(null).build(), "countryOfDispatch")
                .hasMessage("Country of dispatch is required");
    }

    @Test
    void country_of_destination_is_required() {
        assertRejected(() -> Declarations.builder().countryOfDestination(null).build(), "countryOfDestination")
                .hasMessage("Country of final destination is required");
    }

    @Test
    void countries_of_route_are_optional_and_kept_in_order() {
        assertThat(Declarations.builder().routeCountries(null).build().routeCountries()).isEmpty();
        assertThat(Declarations.via("KG", "CN", "KG").routeCountries()).extracting(CountryCode::value)
                .containsExactly("KG", "CN", "KG");
    }

    @Test
    void takes_at_most_20_countries_of_route() {
        List<CountryCode> twenty = Collections.nCopies(20, CountryCode.of("RU"));
        assertThat(Declarations.builder().routeCountries(twenty).build().routeCountries()).hasSize(20);
        List<CountryCode> twentyOne = Collections.nCopies(21, CountryCode.of("RU"));
        assertRejected(() -> Declarations.builder().routeCountries(twentyOne).build(), "routeCountries")
                .hasMessage("At most 20 countries of route");
    }

    @Test
    void refuses_a_missing_country_of_route() {
        List<CountryCode> route = Arrays.asList(CountryCode.of("RU"), null);
        assertRejected(() -> Declarations.builder().routeCountries(route).build(), "routeCountries")
                .hasMessageContaining("required");
    }

    @Test
    void transport_is_required() {
        assertRejected(() -> Declarations.withTransport(null), "transport").hasMessage("Transport is required");
    }

    // ---- parties -----------------------------------------------------------------------------

    @Test
    void declarant_is_required() {
        assertRejected(() -> Declarations.withDeclarant(null), "declarant").hasMessage("Declarant is required");
    }

    @Test
    void exporter_is_required() {
        assertRejected(() -> Declarations.withExporter(null), "exporter").hasMessage("Exporter (consignor) is required");
    }

    @Test
    void consignee_is_required() {
        assertRejected(() -> Declarations.withConsignee(null), "consignee").hasMessage("Consignee is required");
    }

    @Test
    void carrier_is_optional() {
        assertThat(Declarations.withCarrier(null).carrier()).isNull();
    }

    @Test
    void parties_without_a_carrier_are_declarant_exporter_and_consignee() {
        Declaration d = Declarations.valid();
        assertThat(d.parties())
                .extracting(Declaration.RoledParty::role, Declaration.RoledParty::party)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PartyRole.DECLARANT, Declarations.declarant()),
                        org.assertj.core.groups.Tuple.tuple(PartyRole.EXPORTER, Declarations.exporter()),
                        org.assertj.core.groups.Tuple.tuple(PartyRole.CONSIGNEE, Declarations.consignee()));
    }

    @Test
    void parties_with_a_carrier_include_it_last() {
        Declaration d = Declarations.withCarrier(Declarations.carrier());
        assertThat(d.parties()).extracting(Declaration.RoledParty::role)
                .containsExactly(PartyRole.DECLARANT, PartyRole.EXPORTER, PartyRole.CONSIGNEE, PartyRole.CARRIER);
        assertThat(d.parties().get(3).party()).isEqualTo(Declarations.carrier());
    }

    @Test
    void parties_lists_the_same_trader_once_per_role() {
        Party same = Declarations.declarant();
        Declaration d = Declarations.builder().exporter(same).consignee(same).carrier(same).build();
        assertThat(d.parties()).hasSize(4).allSatisfy(p -> assertThat(p.party()).isEqualTo(same));
    }

    @Test
    void a_roled_party_needs_a_role_and_a_party() {
        assertThatThrownBy(() -> new Declaration.RoledParty(null, Declarations.declarant())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Declaration.RoledParty(PartyRole.CARRIER, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void declarant_key_is_the_identifier_when_there_is_one() {
        assertThat(Declarations.valid().declarantKey()).isEqualTo("KZ:" + Declarations.DECLARANT_BIN);
    }

    @Test
    void declarant_key_does_not_depend_on_the_name_when_there_is_an_identifier() {
        Party renamed = new Party("TOO Dala Logistics (renamed)", CountryCode.of("KZ"),
                new BusinessIdentifier(CountryCode.of("KZ"), Declarations.DECLARANT_BIN), null);
        assertThat(Declarations.withDeclarant(renamed).declarantKey()).isEqualTo(Declarations.valid().declarantKey());
    }

    @ParameterizedTest(name = "''{0}'' ({1})")
    @CsvSource({
            "Romashka LLC, RU, RU:ROMASHKA LLC",
            "romashka llc, RU, RU:ROMASHKA LLC",
            "'  Romashka LLC ', ru, RU:ROMASHKA LLC",
            "Romashka LLC, BY, BY:ROMASHKA LLC",
            "\u041e\u041e\u041e \u0420\u043e\u043c\u0430\u0448\u043a\u0430, RU, RU:\u041e\u041e\u041e \u0420\u041e\u041c\u0410\u0428\u041a\u0410",
    })
    void declarant_key_is_country_and_upper_cased_name_without_an_identifier(String name, String country, String key) {
        assertThat(Declarations.withDeclarant(Party.of(name, country)).declarantKey()).isEqualTo(key);
    }

    // ---- goods -------------------------------------------------------------------------------

    @Test
    void goods_are_required() {
        assertRejected(() -> Declarations.builder().goods((List<GoodsLine>) null).build(), "goods")
                .hasMessage("A declaration needs at least one goods line");
        assertRejected(() -> Declarations.withGoods(List.of()), "goods")
                .hasMessage("A declaration needs at least one goods line");
    }

    @Test
    void takes_up_to_999_goods_lines_in_the_order_given() {
        Declaration d = Declarations.withGoods(lines(999));
        assertThat(d.goods()).hasSize(999);
        assertThat(d.goods().get(998).lineNumber()).isEqualTo(999);
        assertRejected(() -> Declarations.withGoods(lines(1000)), "goods")
                .hasMessage("At most 999 goods lines per declaration");
    }

    @Test
    void refuses_the_same_line_number_twice() {
        assertRejected(() -> Declarations.withGoods(goodsLine(1, "6109100000"), goodsLine(2, "8471300000"),
                        goodsLine(2, "8542310000")), "goods")
                .hasMessage("Goods line number 2 appears twice");
        assertRejected(() -> Declarations.withGoods(goodsLine(1, "6109100000"), goodsLine(1, "6109100000")), "goods")
                .hasMessageContaining("Goods line number 1 appears twice");
    }

    @Test
    void refuses_a_missing_goods_line() {
        assertRejected(() -> Declarations.withGoods(Arrays.asList(goodsLine(), null)), "goods")
                .hasMessageContaining("required");
    }

    @Test
    void keeps_copies_of_its_lists_that_cannot_be_changed() {
        List<GoodsLine> goods = new ArrayList<>(List.of(goodsLine()));
        List<CountryCode> route = new ArrayList<>(List.of(CountryCode.of("RU")));
        Declaration d = new Declaration("R-1", Direction.EXPORT, "Kurmangazy", Declarations.declarant(),
                Declarations.exporter(), Declarations.consignee(), null, CountryCode.of("KZ"), CountryCode.of("TR"),
                route, Declarations.roadTransport(), goods, null);
        goods.add(goodsLine(2, "8471300000"));
        route.add(CountryCode.of("BY"));
        assertThat(d.goods()).hasSize(1);
        assertThat(d.routeCountries()).hasSize(1);
        assertThatThrownBy(() -> d.goods().add(goodsLine(3, "8471300000"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.routeCountries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
