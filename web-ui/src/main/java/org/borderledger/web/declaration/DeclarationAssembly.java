package org.borderledger.web.declaration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.borderledger.consignment.api.BorderPosts;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.ContainerNumber;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.CurrencyCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.FreeText;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.HsCode;
import org.borderledger.consignment.api.InvalidValueException;
import org.borderledger.consignment.api.Mass;
import org.borderledger.consignment.api.Money;
import org.borderledger.consignment.api.Party;
import org.borderledger.consignment.api.Quantity;
import org.borderledger.consignment.api.TransitDetails;
import org.borderledger.consignment.api.Transport;
import org.borderledger.consignment.api.TransportMode;
import org.borderledger.web.declaration.DeclarationForm.GoodsLineFields;
import org.borderledger.web.declaration.DeclarationForm.PartyFields;
import org.borderledger.web.declaration.DeclarationForm.TransitFields;

/**
 * Builds a {@link Declaration} from the form with the domain's own value objects, one part at a time,
 * so that one submit reports every input the domain refuses, each under its own form path. The
 * declaration is null when anything was refused.
 */
public record DeclarationAssembly(Declaration declaration, FieldErrors errors) {

    public static DeclarationAssembly of(DeclarationForm form) {
        FieldErrors errors = new FieldErrors();
        Direction direction = errors.attempt("direction", () -> choice("direction", "Direction", Direction.class, form.direction()));
        errors.attempt("borderPost", () -> BorderPosts.require(form.borderPost()));
        Party declarant = party(errors, "declarant", form.declarant());
        Party exporter = party(errors, "exporter", form.exporter());
        Party consignee = party(errors, "consignee", form.consignee());
        // The carrier is optional: a carrier left blank is no carrier.
        Party carrier = form.carrier().blank() ? null : party(errors, "carrier", form.carrier());
        CountryCode dispatch = errors.attempt("countryOfDispatch", () -> CountryCode.of(form.countryOfDispatch()));
        CountryCode destination = errors.attempt("countryOfDestination", () -> CountryCode.of(form.countryOfDestination()));
        List<CountryCode> route = errors.attempt("routeCountries",
                () -> codes(form.routeCountries()).stream().map(CountryCode::of).toList());
        Transport transport = transport(errors, form.transport());
        List<GoodsLine> goods = new ArrayList<>();
        for (int i = 0; i < form.goods().size(); i++) {
            goods.add(goodsLine(errors, i, form.goods().get(i)));
        }
        TransitDetails transit = direction == Direction.TRANSIT ? transit(errors, form.borderPost(), form.transit()) : null;
        Declaration declaration = errors.attempt(field -> field, () -> new Declaration(form.reference(), direction,
                form.borderPost(), declarant, exporter, consignee, carrier, dispatch, destination, route, transport, goods,
                transit));
        return new DeclarationAssembly(errors.isEmpty() ? declaration : null, errors);
    }

    private static Party party(FieldErrors errors, String role, PartyFields fields) {
        String path = role + ".";
        errors.attempt(path + "name", () -> FreeText.required("name", "Party name", fields.name(), Party.MAX_NAME));
        CountryCode country = errors.attempt(path + "country", () -> CountryCode.of(fields.country()));
        BusinessIdentifier identifier = fields.identifier().isBlank() || country == null ? null
                : errors.attempt(path + "identifier", () -> new BusinessIdentifier(country, fields.identifier()));
        return errors.attempt(field -> path + field, () -> new Party(fields.name(), country, identifier, fields.address()));
    }

    private static Transport transport(FieldErrors errors, DeclarationForm.TransportFields fields) {
        TransportMode mode = errors.attempt("transport.mode", () -> choice("transportMode", "Mode of transport",
                TransportMode.class, fields.mode()));
        List<ContainerNumber> containers = errors.attempt("transport.containers",
                () -> codes(fields.containers()).stream().map(ContainerNumber::of).toList());
        return errors.attempt(field -> "transport." + (field.equals("transportMode") ? "mode" : field),
                () -> new Transport(mode, fields.vehicleRegistration(), containers));
    }

    /** The transit part of a TRANSIT declaration; null, with its inputs' messages, when anything was refused. */
    private static TransitDetails transit(FieldErrors errors, String departurePost, TransitFields fields) {
        Money guarantee = errors.attempt(field -> "transit.guarantee" + (field.equals("currency") ? "Currency" : "Amount"),
                () -> new Money(Amounts.parse("value", "Guarantee amount", fields.guaranteeAmount()),
                        CurrencyCode.of(fields.guaranteeCurrency())));
        Instant timeLimit = TransitTimeLimit.at(departurePost, fields.timeLimitDate(), fields.timeLimitTime(), errors);
        List<String> seals = codes(fields.seals());
        if (guarantee == null || timeLimit == null) {
            // The other inputs still say what is wrong with them.
            errors.attempt("transit.exitPost", () -> BorderPosts.require(fields.exitPost()));
            errors.attempt("transit.seals", () -> seals.stream().map(TransitDetails::sealNumber).toList());
            return null;
        }
        return errors.attempt(field -> "transit." + (field.equals("guarantee") ? "guaranteeAmount" : field),
                () -> new TransitDetails(fields.exitPost(), seals, guarantee, timeLimit));
    }

    private static GoodsLine goodsLine(FieldErrors errors, int index, GoodsLineFields fields) {
        String path = "goods[" + index + "].";
        HsCode hsCode = errors.attempt(path + "hsCode", () -> HsCode.of(fields.hsCode()));
        errors.attempt(path + "description",
                () -> FreeText.required("description", "Goods description", fields.description(), GoodsLine.MAX_DESCRIPTION));
        Quantity quantity = errors.attempt(field -> path + field,
                () -> new Quantity(Amounts.parse("quantity", "Quantity", fields.quantity()), fields.unit()));
        Mass gross = errors.attempt(path + "grossMass", () -> Mass.kg(Amounts.parse("grossMass", "Gross mass", fields.grossMass())));
        Mass net = errors.attempt(path + "netMass", () -> Mass.kg(Amounts.parse("netMass", "Net mass", fields.netMass())));
        Money value = errors.attempt(field -> path + field, () -> new Money(Amounts.parse("value", "Customs value", fields.value()),
                CurrencyCode.of(fields.currency())));
        CountryCode origin = errors.attempt(path + "countryOfOrigin", () -> CountryCode.of(fields.countryOfOrigin()));
        boolean complete = Arrays.asList(hsCode, quantity, gross, net, value, origin).stream().allMatch(Objects::nonNull);
        return complete ? errors.attempt(field -> path + field,
                () -> new GoodsLine(index + 1, hsCode, fields.description(), quantity, gross, net, value, origin)) : null;
    }

    /** Codes typed in one input, separated by commas or spaces. */
    public static List<String> codes(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(code -> !code.isEmpty()).toList();
    }

    private static <E extends Enum<E>> E choice(String field, String label, Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "notAChoice", Map.of("value", text.strip()), label + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
