package org.borderledger.consignment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test data: a valid, unremarkable declaration and ways to vary one part of it.
 *
 * <p>{@link #valid()} is an export of cotton T-shirts (HS 6109 10 00 00, not a controlled good) from
 * Kazakhstan to Turkey through the Kurmangazy road crossing, no countries of route, by road in one
 * container, declared by fictitious Kazakh traders with valid BINs and sold to a fictitious Turkish
 * consignee; no carrier is named. Screening it against the shipped lists is expected to find
 * nothing. Vary one part with the static shortcuts ({@link #withGoods}, {@link #toDestination},
 * {@link #via}, ...) or several with {@link #builder()}:
 *
 * <pre>{@code
 * Declaration d = Declarations.builder()
 *         .goods(Declarations.goodsLine(1, "8471300000"))
 *         .toDestination("KG")
 *         .via("RU")
 *         .build();
 * }</pre>
 *
 * Every builder setter accepts {@code null}, so a test can also check what {@link Declaration}
 * refuses.
 */
public final class Declarations {

    public static final String REFERENCE = "EX-2025-000123";
    public static final String BORDER_POST = "Kurmangazy";
    /** Valid Kazakh BIN (control digit from the first weight set). */
    public static final String DECLARANT_BIN = "040540000014";
    /** Valid Kazakh BIN whose control digit needs the second weight set. */
    public static final String EXPORTER_BIN = "040540000502";
    public static final String HS_CODE = "6109100000";
    public static final String CONTAINER = "MSKU9070323";
    /** The office of departure of {@link #transit}: the road crossing from China at Khorgos. */
    public static final String TRANSIT_DEPARTURE = "Nur Zholy (Khorgos)";
    /** The exit post of {@link #transit}, on the Kyrgyz border. */
    public static final String TRANSIT_EXIT = "Korday";
    public static final List<String> TRANSIT_SEALS = List.of("KZ-100234", "KZ-100235");

    private Declarations() {
    }

    /** A valid declaration that screens GREEN: see the class comment. */
    public static Declaration valid() {
        return builder().build();
    }

    /** A builder preset with {@link #valid()}'s particulars. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset with the particulars of {@code declaration}, for amendments. */
    public static Builder builder(Declaration declaration) {
        return new Builder(declaration);
    }

    public static Declaration withGoods(GoodsLine... lines) {
        return builder().goods(lines).build();
    }

    public static Declaration withGoods(List<GoodsLine> lines) {
        return builder().goods(lines).build();
    }

    /** The valid declaration with one goods line of the given HS code. */
    public static Declaration withHsCode(String hsCode) {
        return builder().goods(goodsLine(1, hsCode)).build();
    }

    public static Declaration toDestination(String country) {
        return builder().toDestination(country).build();
    }

    public static Declaration via(String... routeCountries) {
        return builder().via(routeCountries).build();
    }

    public static Declaration withReference(String reference) {
        return builder().reference(reference).build();
    }

    public static Declaration withDirection(Direction direction) {
        return builder().direction(direction).build();
    }

    public static Declaration withDeclarant(Party declarant) {
        return builder().declarant(declarant).build();
    }

    public static Declaration withExporter(Party exporter) {
        return builder().exporter(exporter).build();
    }

    public static Declaration withConsignee(Party consignee) {
        return builder().consignee(consignee).build();
    }

    public static Declaration withCarrier(Party carrier) {
        return builder().carrier(carrier).build();
    }

    public static Declaration withTransport(Transport transport) {
        return builder().transport(transport).build();
    }

    /**
     * A transit movement: the valid declaration's goods, dispatched from China and declared at
     * {@link #TRANSIT_DEPARTURE} for Kyrgyzstan through {@link #TRANSIT_EXIT}, sealed with
     * {@link #TRANSIT_SEALS}, due at exit by {@code timeLimit}. Vary it with {@code builder(transit(...))}.
     */
    public static Declaration transit(Instant timeLimit) {
        return builder().direction(Direction.TRANSIT).borderPost(TRANSIT_DEPARTURE).fromCountry("CN").toDestination("KG")
                .transit(transitDetails(TRANSIT_EXIT, timeLimit)).build();
    }

    /**
     * A transit movement from Russia to Russia across Kazakhstan, entering at Kurmangazy (the office of
     * departure, {@link #BORDER_POST}) and leaving at Syrym: the two posts of the console's demo officers.
     */
    public static Declaration transitToSyrym(Instant timeLimit) {
        return builder(transit(timeLimit)).borderPost(BORDER_POST).fromCountry("RU").toDestination("RU")
                .transit(transitDetails("Syrym", timeLimit)).build();
    }

    /** Transit details with {@link #TRANSIT_SEALS} and a guarantee of 12 000 USD. */
    public static TransitDetails transitDetails(String exitPost, Instant timeLimit) {
        return new TransitDetails(exitPost, TRANSIT_SEALS, new Money(new BigDecimal("12000.00"), CurrencyCode.of("USD")),
                timeLimit);
    }

    // ---- parts -------------------------------------------------------------------------------

    /** A goods line like the default one (made in Kazakhstan), with the given line number and HS code. */
    public static GoodsLine goodsLine(int lineNumber, String hsCode) {
        return goodsLine(lineNumber, hsCode, "KZ");
    }

    /** A goods line like the default one, with the given line number, HS code and country of origin. */
    public static GoodsLine goodsLine(int lineNumber, String hsCode, String countryOfOrigin) {
        return new GoodsLine(lineNumber, HsCode.of(hsCode), "Men's cotton T-shirts, knitted",
                new Quantity(new BigDecimal("1200"), "PCE"), Mass.kg("360.500"), Mass.kg("330"),
                new Money(new BigDecimal("5400.00"), CurrencyCode.of("USD")), CountryCode.of(countryOfOrigin));
    }

    /** The default goods line: line 1, cotton T-shirts. */
    public static GoodsLine goodsLine() {
        return goodsLine(1, HS_CODE);
    }

    /** Goods lines like the default one, numbered from 1, one per HS code in the given order. */
    public static List<GoodsLine> goodsLines(String... hsCodes) {
        List<GoodsLine> lines = new ArrayList<>();
        for (String hsCode : hsCodes) {
            lines.add(goodsLine(lines.size() + 1, hsCode));
        }
        return lines;
    }

    public static Party declarant() {
        return new Party("TOO Dala Logistics", CountryCode.of("KZ"),
                new BusinessIdentifier(CountryCode.of("KZ"), DECLARANT_BIN), "Almaty, 1 Example Avenue");
    }

    public static Party exporter() {
        return new Party("TOO Steppe Textile", CountryCode.of("KZ"),
                new BusinessIdentifier(CountryCode.of("KZ"), EXPORTER_BIN), "Shymkent, 2 Sample Street");
    }

    public static Party consignee() {
        return new Party("Anadolu Ornek Tekstil A.S.", CountryCode.of("TR"), null, "Istanbul, 3 Deneme Sokak");
    }

    /** A carrier for tests that want one; {@link #valid()} names none. */
    public static Party carrier() {
        return new Party("TOO Zhol Transit Example", CountryCode.of("KZ"), null, null);
    }

    public static Party party(String name, String country) {
        return Party.of(name, country);
    }

    /** A party with a business identifier issued by its own country; no address. */
    public static Party party(String name, String country, String identifier) {
        CountryCode code = CountryCode.of(country);
        return new Party(name, code, new BusinessIdentifier(code, identifier), null);
    }

    public static Transport roadTransport() {
        return new Transport(TransportMode.ROAD, "123 ABC 02", List.of(ContainerNumber.of(CONTAINER)));
    }

    /** Mutable, fluent; every setter accepts null. */
    public static final class Builder {
        private String reference = REFERENCE;
        private Direction direction = Direction.EXPORT;
        private String borderPost = BORDER_POST;
        private Party declarant = Declarations.declarant();
        private Party exporter = Declarations.exporter();
        private Party consignee = Declarations.consignee();
        private Party carrier;
        private CountryCode countryOfDispatch = CountryCode.of("KZ");
        private CountryCode countryOfDestination = CountryCode.of("TR");
        private List<CountryCode> routeCountries = new ArrayList<>();
        private Transport transport = roadTransport();
        private List<GoodsLine> goods = new ArrayList<>(List.of(goodsLine()));
        private TransitDetails transit;

        private Builder() {
        }

        private Builder(Declaration d) {
            reference = d.reference();
            direction = d.direction();
            borderPost = d.borderPost();
            declarant = d.declarant();
            exporter = d.exporter();
            consignee = d.consignee();
            carrier = d.carrier();
            countryOfDispatch = d.countryOfDispatch();
            countryOfDestination = d.countryOfDestination();
            routeCountries = new ArrayList<>(d.routeCountries());
            transport = d.transport();
            goods = new ArrayList<>(d.goods());
            transit = d.transit();
        }

        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        public Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        public Builder borderPost(String borderPost) {
            this.borderPost = borderPost;
            return this;
        }

        public Builder declarant(Party declarant) {
            this.declarant = declarant;
            return this;
        }

        public Builder exporter(Party exporter) {
            this.exporter = exporter;
            return this;
        }

        public Builder consignee(Party consignee) {
            this.consignee = consignee;
            return this;
        }

        public Builder carrier(Party carrier) {
            this.carrier = carrier;
            return this;
        }

        public Builder countryOfDispatch(CountryCode country) {
            this.countryOfDispatch = country;
            return this;
        }

        public Builder fromCountry(String country) {
            return countryOfDispatch(country == null ? null : CountryCode.of(country));
        }

        public Builder countryOfDestination(CountryCode country) {
            this.countryOfDestination = country;
            return this;
        }

        public Builder toDestination(String country) {
            return countryOfDestination(country == null ? null : CountryCode.of(country));
        }

        /** Replaces the countries of route. */
        public Builder routeCountries(List<CountryCode> routeCountries) {
            this.routeCountries = routeCountries == null ? null : new ArrayList<>(routeCountries);
            return this;
        }

        /** Replaces the countries of route. */
        public Builder via(String... countries) {
            return routeCountries(Arrays.stream(countries).map(CountryCode::of).toList());
        }

        public Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        /** Replaces the goods lines. */
        public Builder goods(List<GoodsLine> goods) {
            this.goods = goods == null ? null : new ArrayList<>(goods);
            return this;
        }

        /** Replaces the goods lines. */
        public Builder goods(GoodsLine... goods) {
            return goods(Arrays.asList(goods));
        }

        /** Adds a goods line to the ones already there. */
        public Builder addGoods(GoodsLine line) {
            if (goods == null) {
                goods = new ArrayList<>();
            }
            goods.add(line);
            return this;
        }

        /** The exit post, seals, guarantee and time limit of a TRANSIT declaration. */
        public Builder transit(TransitDetails transit) {
            this.transit = transit;
            return this;
        }

        public Declaration build() {
            return new Declaration(reference, direction, borderPost, declarant, exporter, consignee, carrier,
                    countryOfDispatch, countryOfDestination, routeCountries, transport, goods, transit);
        }
    }
}
