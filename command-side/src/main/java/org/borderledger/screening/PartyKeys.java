package org.borderledger.screening;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderledger.consignment.api.Party;

/**
 * The keys under which two parties of different declarations are taken for one trader: the business
 * identifier ({@code KZ:190540001230}, however typed), the address, and the name with the country
 * (which links two parties only when one of them has no identifier: {@link ReexportLinker}). Null
 * where the party gives nothing to compare.
 *
 * <p>Address and name are read as the sanctions matcher reads names ({@link PartyNameNormalizer}):
 * Kazakh letters folded, Cyrillic romanised, case and punctuation dropped, so a trader that writes
 * itself in Cyrillic on one declaration and in Latin on the next keeps its keys. The address is then
 * compared letter for letter: it is shared by unrelated firms of one business centre, so street types,
 * inflections and office numbers are not guessed away ("ул. Абая 10" and "Abay st. 10" do not meet).
 * The name also loses its legal forms and each word is reduced to its English sound
 * ({@link SpellingKeys#sounds}), in any order: "ТОО «Подшипник-Трейд»" and "Podshipnik Trade LLP"
 * are the same trader, as Russian writes "Trade" as it sounds. The sound drops vowels, so names
 * differing only in them meet too; the hit names the link, and a supervisor judges it.
 */
public record PartyKeys(String identifier, String address, String name) {

    public static PartyKeys of(Party party) {
        String address = party.address() == null ? null : String.join("", PartyNameNormalizer.rawTokens(party.address()));
        String name = soundOf(party.name());
        return new PartyKeys(party.identifier() == null ? null : party.identifier().key(),
                address == null || address.isEmpty() ? null : address,
                name.isEmpty() ? null : party.country() + ":" + name);
    }

    /** The sounds of the name's words, sorted; a word with a digit ("24", "Avto24") is kept as written. */
    private static String soundOf(String name) {
        return PartyNameNormalizer.normalize(name).tokens().stream()
                .map(PartyKeys::sound).sorted().collect(Collectors.joining(" "));
    }

    private static String sound(String token) {
        String sound = token.chars().anyMatch(Character::isDigit) ? "" : SpellingKeys.sounds(token)[0];
        return sound.isEmpty() ? token : sound;
    }

    Stream<String> present() {
        return Stream.of(identifier, address, name).filter(Objects::nonNull);
    }
}
