package org.borderledger.screening;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.borderledger.consignment.api.CountryCode;

/**
 * Country names as OFAC writes them ("Russia", "Korea, North", "Burma") to ISO 3166-1 alpha-2.
 * The JDK's English country names cover most; OFAC's own spellings that differ are listed. Names
 * are compared without accents, case, punctuation or "&"/"and" and "St."/"Saint" differences.
 */
final class CountryNames {

    /** OFAC spellings the JDK's English names do not give. */
    private static final Map<String, String> OFAC_SPELLINGS = Map.ofEntries(
            Map.entry("Burma", "MM"),
            Map.entry("Korea, North", "KP"),
            Map.entry("Korea, South", "KR"),
            Map.entry("Congo, Democratic Republic of the", "CD"),
            Map.entry("Congo, Republic of the", "CG"),
            Map.entry("Czech Republic", "CZ"),
            Map.entry("Turkey", "TR"),
            Map.entry("Turkiye", "TR"),
            Map.entry("Macau", "MO"),
            Map.entry("Hong Kong", "HK"),
            Map.entry("Micronesia, Federated States of", "FM"),
            Map.entry("Bahamas, The", "BS"),
            Map.entry("Gambia, The", "GM"),
            Map.entry("Virgin Islands, British", "VG"),
            Map.entry("Palestinian", "PS"),
            Map.entry("West Bank", "PS"),
            Map.entry("Gaza", "PS"),
            Map.entry("Swaziland", "SZ"),
            Map.entry("Cabo Verde", "CV"),
            Map.entry("United States", "US"),
            Map.entry("United Kingdom", "GB"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SAINT = Pattern.compile("\\bst\\.");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> CODES = codes();

    private CountryNames() {
    }

    /** The country of this name, or empty for a name that is no country ("Undetermined", a region). */
    static Optional<CountryCode> code(String name) {
        return Optional.ofNullable(CODES.get(key(name))).map(CountryCode::of);
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            codes.put(key(name), iso);
            // "Myanmar (Burma)", "Hong Kong SAR China": the name before the qualifier is the one used
            codes.putIfAbsent(key(name.replaceAll("\\s*\\(.*\\)|\\s+SAR China", "")), iso);
        }
        OFAC_SPELLINGS.forEach((name, iso) -> codes.put(key(name), iso));
        return Map.copyOf(codes);
    }

    private static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        String spelled = SAINT.matcher(plain.replace("&", " and ")).replaceAll("saint ");
        return NOT_ALPHANUMERIC.matcher(spelled).replaceAll(" ").strip();
    }
}
