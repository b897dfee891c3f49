package org.borderledger.screening.api;

import java.util.ArrayList;
import java.util.List;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.CountryCode;

/**
 * One entry of a denied-party list (the fields the SDN and EU files have in common): its names,
 * the country it is tied to if any, its identifiers (BIN, INN, OGRN, ...) and the sanctions programme.
 */
public record DeniedParty(String entryId, String listName, String name, List<String> aliases,
                          CountryCode country, List<BusinessIdentifier> identifiers, String programme) {

    public DeniedParty {
        entryId = required("entry id", entryId);
        listName = required("list", listName);
        name = required("name", name);
        aliases = aliases == null ? List.of() : aliases.stream().map(a -> required("alias", a)).toList();
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        programme = required("programme", programme);
    }

    /** The primary name first, then the aliases in listed order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(1 + aliases.size());
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    private static String required(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Denied-party " + what + " is required");
        }
        return value.strip();
    }
}
