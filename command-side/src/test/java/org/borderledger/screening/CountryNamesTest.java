package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderledger.consignment.api.CountryCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Country names as OFAC writes them in add.csv and in remarks. */
class CountryNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia|RU", "Kazakhstan|KZ", "Belarus|BY", "Iran|IR", "Korea, North|KP", "Burma|MM", "Turkey|TR",
            "Congo, Democratic Republic of the|CD", "Cote d'Ivoire|CI", "Bosnia and Herzegovina|BA", "Hong Kong|HK",
            "Saint Kitts and Nevis|KN", "United Arab Emirates|AE", "  china  |CN"})
    void ofacSpellingsGiveTheIsoCode(String name, String code) {
        assertThat(CountryNames.code(name)).contains(CountryCode.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Undetermined", "Region: Crimea", "Narnia", ""})
    void namesThatAreNoCountryGiveNone(String name) {
        assertThat(CountryNames.code(name)).isEmpty();
    }
}
