package org.borderledger.web.declaration;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.borderledger.consignment.api.ContainerNumber;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Party;
import org.borderledger.consignment.api.TransitDetails;
import org.springframework.util.MultiValueMap;

/**
 * What the officer typed on the new-declaration form, kept as text so that a refused submit shows it
 * again exactly. Input names are the paths of these records ({@code declarant.name},
 * {@code goods[0].hsCode}); the countries of route and the container numbers are one text each.
 */
public record DeclarationForm(String reference, String direction, String borderPost,
                              PartyFields declarant, PartyFields exporter, PartyFields consignee, PartyFields carrier,
                              String countryOfDispatch, String countryOfDestination, String routeCountries,
                              TransportFields transport, List<GoodsLineFields> goods, TransitFields transit) {

    private static final Pattern REQUIRED = Pattern.compile("reference|direction|borderPost|(declarant|exporter|consignee)\\.(name|country)"
            + "|countryOfDispatch|countryOfDestination|transport\\.mode"
            + "|goods\\[\\d+]\\.(hsCode|description|countryOfOrigin|quantity|unit|grossMass|netMass|value|currency)");

    private static final Pattern GOODS_INDEX = Pattern.compile("goods\\[(\\d{1,3})]\\..*");

    /** The inputs of the transit part, in the order the form shows them. */
    public static final List<String> TRANSIT_INPUTS = List.of("exitPost", "seals", "guaranteeAmount", "guaranteeCurrency",
            "timeLimitDate", "timeLimitTime");

    /** The parties of a declaration, each with the same inputs; the identifier is issued by the party's country. */
    public static final List<String> PARTIES = List.of("declarant", "exporter", "consignee", "carrier");

    public record PartyFields(String name, String country, String identifier, String address) {

        boolean blank() {
            return Stream.of(name, country, identifier, address).allMatch(String::isBlank);
        }
    }

    public record TransportFields(String mode, String vehicleRegistration, String containers) {
    }

    /**
     * The transit part, read only for a TRANSIT declaration: the exit post, the seal numbers in one text,
     * the guarantee, and the time limit as a date and a time of day at the office of departure.
     */
    public record TransitFields(String exitPost, String seals, String guaranteeAmount, String guaranteeCurrency,
                                String timeLimitDate, String timeLimitTime) {

        static final TransitFields EMPTY = new TransitFields("", "", "", "KZT", "", "");

        static TransitFields of(TransitDetails transit, String departurePost) {
            if (transit == null) {
                return EMPTY;
            }
            ZonedDateTime limit = transit.timeLimit().atZone(TransitTimeLimit.zoneOf(departurePost));
            return new TransitFields(transit.exitPost(), String.join(" ", transit.seals()),
                    transit.guarantee().amount().toPlainString(), transit.guarantee().currency().value(),
                    limit.toLocalDate().toString(), limit.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
        }
    }

    public record GoodsLineFields(String hsCode, String description, String quantity, String unit, String grossMass,
                                  String netMass, String value, String currency, String countryOfOrigin) {

        static final GoodsLineFields EMPTY = new GoodsLineFields("", "", "", "PCE", "", "", "", "KZT", "");
    }

    /** A blank form for an officer at {@code borderPost}: one goods line, exported from Kazakhstan by road. */
    public static DeclarationForm blank(String borderPost) {
        PartyFields none = new PartyFields("", "", "", "");
        return new DeclarationForm("", "EXPORT", borderPost, none, none, none, none, "KZ", "", "",
                new TransportFields("ROAD", "", ""), List.of(GoodsLineFields.EMPTY), TransitFields.EMPTY);
    }

    /** The form filled with a stored declaration, as an amendment starts from it. */
    public static DeclarationForm of(Declaration declaration) {
        return new DeclarationForm(declaration.reference(), declaration.direction().name(), declaration.borderPost(),
                fields(declaration.declarant()), fields(declaration.exporter()), fields(declaration.consignee()),
                fields(declaration.carrier()), declaration.countryOfDispatch().value(), declaration.countryOfDestination().value(),
                String.join(" ", declaration.routeCountries().stream().map(CountryCode::value).toList()),
                new TransportFields(declaration.transport().mode().name(), text(declaration.transport().vehicleRegistration()),
                        String.join(" ", declaration.transport().containers().stream().map(ContainerNumber::value).toList())),
                declaration.goods().stream().map(line -> new GoodsLineFields(line.hsCode().value(), line.description(),
                        line.quantity().amount().toPlainString(), line.quantity().unit(),
                        line.grossMass().kilograms().toPlainString(), line.netMass().kilograms().toPlainString(),
                        line.value().amount().toPlainString(), line.value().currency().value(),
                        line.countryOfOrigin().value())).toList(),
                TransitFields.of(declaration.transit(), declaration.borderPost()));
    }

    private static PartyFields fields(Party party) {
        return party == null ? new PartyFields("", "", "", "") : new PartyFields(party.name(), party.country().value(),
                party.identifier() == null ? "" : party.identifier().value(), text(party.address()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Reads the submitted inputs; goods lines keep their order and are renumbered from 1. */
    public static DeclarationForm read(MultiValueMap<String, String> input) {
        Input in = new Input(input);
        TreeSet<Integer> lineIndexes = new TreeSet<>();
        for (String name : input.keySet()) {
            Matcher goods = GOODS_INDEX.matcher(name);
            if (goods.matches()) {
                lineIndexes.add(Integer.valueOf(goods.group(1)));
            }
        }
        // Every line typed is kept: the declaration refuses more than it allows, rather than a line going missing.
        List<GoodsLineFields> goods = lineIndexes.stream().map(i -> {
            String line = "goods[" + i + "].";
            return new GoodsLineFields(in.text(line + "hsCode"), in.text(line + "description"), in.text(line + "quantity"),
                    in.text(line + "unit"), in.text(line + "grossMass"), in.text(line + "netMass"),
                    in.text(line + "value"), in.text(line + "currency"), in.text(line + "countryOfOrigin"));
        }).toList();
        return new DeclarationForm(in.text("reference"), in.text("direction"), in.text("borderPost"),
                in.party("declarant"), in.party("exporter"), in.party("consignee"), in.party("carrier"),
                in.text("countryOfDispatch"), in.text("countryOfDestination"), in.text("routeCountries"),
                new TransportFields(in.text("transport.mode"), in.text("transport.vehicleRegistration"),
                        in.text("transport.containers")),
                goods, new TransitFields(in.text("transit.exitPost"), in.text("transit.seals"),
                        in.text("transit.guaranteeAmount"), in.text("transit.guaranteeCurrency"),
                        in.text("transit.timeLimitDate"), in.text("transit.timeLimitTime")));
    }

    /**
     * Whether the declaration is refused without the input named {@code path}; the form marks it.
     * Inputs required only sometimes (a Kazakh party's BIN, the carrier, the transit part) are not marked.
     */
    public boolean required(String path) {
        return REQUIRED.matcher(path).matches();
    }

    /** The HTML id of the input named {@code path}: {@code goods[2].hsCode} becomes {@code goods-2-hsCode}. */
    public String inputId(String path) {
        return path.replace("]", "").replace('[', '-').replace('.', '-');
    }

    public PartyFields party(String role) {
        return switch (role) {
            case "declarant" -> declarant;
            case "exporter" -> exporter;
            case "consignee" -> consignee;
            case "carrier" -> carrier;
            default -> throw new IllegalArgumentException("No party " + role);
        };
    }

    public DeclarationForm withLineAdded() {
        if (goods.size() >= Declaration.MAX_GOODS_LINES) {
            return this;
        }
        List<GoodsLineFields> more = new ArrayList<>(goods);
        more.add(GoodsLineFields.EMPTY);
        return withGoods(more);
    }

    /**
     * Removes line {@code lineNumber} (from 1, as the button posts it); the last line stays, since a
     * declaration needs one, and a number that names no line removes none.
     */
    public DeclarationForm withLineRemoved(String lineNumber) {
        if (lineNumber == null || !lineNumber.matches("\\d{1,3}")) {
            return this;
        }
        int line = Integer.parseInt(lineNumber);
        if (goods.size() <= 1 || line < 1 || line > goods.size()) {
            return this;
        }
        List<GoodsLineFields> fewer = new ArrayList<>(goods);
        fewer.remove(line - 1);
        return withGoods(fewer);
    }

    private DeclarationForm withGoods(List<GoodsLineFields> lines) {
        return new DeclarationForm(reference, direction, borderPost, declarant, exporter, consignee, carrier,
                countryOfDispatch, countryOfDestination, routeCountries, transport, List.copyOf(lines), transit);
    }

    private record Input(MultiValueMap<String, String> values) {

        String text(String name) {
            String value = values.getFirst(name);
            return value == null ? "" : value;
        }

        PartyFields party(String role) {
            return new PartyFields(text(role + ".name"), text(role + ".country"), text(role + ".identifier"),
                    text(role + ".address"));
        }
    }
}
