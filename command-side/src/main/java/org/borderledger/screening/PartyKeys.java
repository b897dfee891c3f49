package org.borderledger.screening;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;
import org.borderledger.consignment.api.Party;

/**
 * The keys under which two parties of different declarations are taken for one trader: the business
 * identifier ({@code KZ:190540001230}, however typed), the address with case, spaces and punctuation
 * folded away, and, only for a party without identifier, its name folded alike with its country.
 * Null where the party gives nothing to compare.
 */
public record PartyKeys(String identifier, String address, String name) {

    public static PartyKeys of(Party party) {
        String address = party.address() == null ? null : fold(party.address());
        return new PartyKeys(party.identifier() == null ? null : party.identifier().key(),
                address == null || address.isEmpty() ? null : address,
                party.identifier() == null ? party.country() + ":" + fold(party.name()) : null);
    }

    /** Letters and digits only, compatibility forms folded, upper case: "ул. Абая, 10" and "УЛ АБАЯ 10" meet. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    Stream<String> present() {
        return Stream.of(identifier, address, name).filter(java.util.Objects::nonNull);
    }
}
