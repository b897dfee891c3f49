package org.borderledger.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.CurrencyCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.HsCode;
import org.borderledger.consignment.api.Mass;
import org.borderledger.consignment.api.Money;
import org.borderledger.consignment.api.Party;
import org.borderledger.consignment.api.Quantity;
import org.borderledger.consignment.api.Transport;
import org.borderledger.consignment.api.TransportMode;

/** Small builder for valid declarations: everything defaults to a harmless export KZ → KZ. */
final class TestDeclarations {

    private Party declarant = Party.of("Clean Customs Broker", "KZ");
    private Party exporter = Party.of("Steppe Furniture Works", "KZ");
    private Party consignee = Party.of("Volga Home Interiors", "RU");
    private Party carrier = null;
    private String destination = "KZ";
    private final List<String> route = new ArrayList<>();
    private final List<String> hsCodes = new ArrayList<>();

    static TestDeclarations declaration() {
        return new TestDeclarations();
    }

    static Party party(String name, String country) {
        return Party.of(name, country);
    }

    static Party party(String name, String country, String idCountry, String id) {
        return new Party(name, CountryCode.of(country), new BusinessIdentifier(CountryCode.of(idCountry), id), null);
    }

    TestDeclarations to(String country) {
        destination = country;
        return this;
    }

    TestDeclarations via(String... countries) {
        route.addAll(List.of(countries));
        return this;
    }

    TestDeclarations goods(String... codes) {
        hsCodes.addAll(List.of(codes));
        return this;
    }

    TestDeclarations declarant(Party party) {
        declarant = party;
        return this;
    }

    TestDeclarations exporter(Party party) {
        exporter = party;
        return this;
    }

    TestDeclarations consignee(Party party) {
        consignee = party;
        return this;
    }

    TestDeclarations carrier(Party party) {
        carrier = party;
        return this;
    }

    Declaration build() {
        List<String> codes = hsCodes.isEmpty() ? List.of("940360") : hsCodes; // wooden furniture
        List<GoodsLine> lines = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            lines.add(new GoodsLine(i + 1, HsCode.of(codes.get(i)), "Goods line " + (i + 1),
                    new Quantity(BigDecimal.TEN, "PCE"), Mass.kg("120.5"), Mass.kg("100"),
                    new Money(new BigDecimal("2500.00"), CurrencyCode.of("USD")), CountryCode.of("CN")));
        }
        return new Declaration("REF-2026-0001", Direction.EXPORT, "Zhaisan", declarant, exporter, consignee, carrier,
                CountryCode.of("KZ"), CountryCode.of(destination), route.stream().map(CountryCode::of).toList(),
                new Transport(TransportMode.ROAD, "123ABC02", List.of()), lines);
    }
}
