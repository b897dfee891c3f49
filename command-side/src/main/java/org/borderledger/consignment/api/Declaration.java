package org.borderledger.consignment.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a declarant states about one consignment crossing one border post in one direction.
 * Validated as a whole when built: a declaration that exists is a declaration that may be screened.
 * {@code transit} (optional, TRANSIT only) makes it a movement from this post to an exit post.
 */
public record Declaration(String reference, Direction direction, String borderPost,
                          Party declarant, Party exporter, Party consignee, Party carrier,
                          CountryCode countryOfDispatch, CountryCode countryOfDestination,
                          List<CountryCode> routeCountries, Transport transport, List<GoodsLine> goods,
                          TransitDetails transit) {

    public static final int MAX_GOODS_LINES = 999;
    public static final int MAX_ROUTE_COUNTRIES = 20;

    public Declaration {
        reference = FreeText.required("reference", "Declaration reference", reference, 35);
        if (!reference.matches("[A-Za-z0-9/._-]+")) {
            throw new InvalidValueException("reference", "referenceCharacters", Map.of("value", reference),
                    "Declaration reference '" + reference + "' may contain only letters, digits, '/', '.', '_' and '-'");
        }
        if (direction == null) {
            throw InvalidValueException.required("direction", "Direction (export, import or transit)");
        }
        borderPost = FreeText.required("borderPost", "Border post", borderPost, 80);
        requireParty("declarant", "Declarant", declarant);
        requireParty("exporter", "Exporter (consignor)", exporter);
        requireParty("consignee", "Consignee", consignee);
        if (countryOfDispatch == null) {
            throw InvalidValueException.required("countryOfDispatch", "Country of dispatch");
        }
        if (countryOfDestination == null) {
            throw InvalidValueException.required("countryOfDestination", "Country of final destination");
        }
        if (routeCountries != null && routeCountries.stream().anyMatch(Objects::isNull)) {
            throw InvalidValueException.required("routeCountries", "Country of route");
        }
        routeCountries = routeCountries == null ? List.of() : List.copyOf(routeCountries);
        if (routeCountries.size() > MAX_ROUTE_COUNTRIES) {
            throw new InvalidValueException("routeCountries", "tooManyRouteCountries", Map.of("max", String.valueOf(MAX_ROUTE_COUNTRIES)),
                    "At most " + MAX_ROUTE_COUNTRIES + " countries of route");
        }
        if (transport == null) {
            throw InvalidValueException.required("transport", "Transport");
        }
        if (goods == null || goods.isEmpty()) {
            throw new InvalidValueException("goods", "noGoodsLine", Map.of(), "A declaration needs at least one goods line");
        }
        if (goods.stream().anyMatch(Objects::isNull)) {
            throw InvalidValueException.required("goods", "Goods line");
        }
        goods = List.copyOf(goods);
        if (goods.size() > MAX_GOODS_LINES) {
            throw new InvalidValueException("goods", "tooManyGoodsLines", Map.of("max", String.valueOf(MAX_GOODS_LINES)),
                    "At most " + MAX_GOODS_LINES + " goods lines per declaration");
        }
        if (transit != null && direction != Direction.TRANSIT) {
            throw new InvalidValueException("transit", "transitDetailsNotTransit", Map.of("direction", direction.name()),
                    "Exit post, seals, guarantee and time limit belong to a transit declaration, not to an "
                            + direction.name().toLowerCase(java.util.Locale.ROOT));
        }
        Set<Integer> lineNumbers = new HashSet<>();
        for (GoodsLine line : goods) {
            if (!lineNumbers.add(line.lineNumber())) {
                throw new InvalidValueException("goods", "lineTwice", Map.of("line", String.valueOf(line.lineNumber())),
                        "Goods line number " + line.lineNumber() + " appears twice");
            }
        }
    }

    private static void requireParty(String field, String label, Party party) {
        if (party == null) {
            throw InvalidValueException.required(field, label);
        }
    }

    /** Every party named on the declaration with the role it plays; the carrier is optional. */
    public List<RoledParty> parties() {
        return carrier == null
                ? List.of(new RoledParty(PartyRole.DECLARANT, declarant),
                        new RoledParty(PartyRole.EXPORTER, exporter),
                        new RoledParty(PartyRole.CONSIGNEE, consignee))
                : List.of(new RoledParty(PartyRole.DECLARANT, declarant),
                        new RoledParty(PartyRole.EXPORTER, exporter),
                        new RoledParty(PartyRole.CONSIGNEE, consignee),
                        new RoledParty(PartyRole.CARRIER, carrier));
    }

    /** Key under which the declaration reference must be unique: the declarant's identifier or, failing that, name and country. */
    public String declarantKey() {
        return declarant.identifier() != null
                ? declarant.identifier().toString()
                : declarant.country() + ":" + declarant.name().toUpperCase(java.util.Locale.ROOT);
    }

    /** A party with the role it plays on this declaration. */
    public record RoledParty(PartyRole role, Party party) {
        public RoledParty {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(party, "party");
        }
    }
}
