package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Party;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The keys that relate the exporter of a possible re-export to the importer, for parties written the
 * way traders at this border write themselves: in Cyrillic on one declaration and in Latin on the
 * next, with legal forms, quotes and hyphens, in either order.
 */
class PartyKeysTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "ТОО «Подшипник-Трейд»      | TOO Podshipnik Trade       | true",
            "ТОО «Подшипник-Трейд»      | Podshipnik Trade LLP       | true",
            "ТОО \"Подшипник Трейд\"     | Trade-Podshipnik TOO       | true",
            "ЖШС «Қазақ Подшипник»      | Kazak Podshipnik LLP       | true",
            "ООО «Альфа-Холдинг»        | Alfa Kholding OOO          | true",
            "ТОО «Инжиниринг Сервис 24» | Engineering Service 24 LLP | true",
            "ТОО «Подшипник-Трейд»      | TOO Podshipnik Trans       | false",
            "ТОО «Подшипник-Трейд»      | TOO Podshipnik             | false",
            "ТОО «Сервис 24»            | TOO Servis 25              | false",
    })
    void theSameTraderInAnotherScriptOrFormHasTheSameNameKeyAndAnotherTraderAnother(String written, String other, boolean same) {
        assertThat(PartyKeys.of(Party.of(other, "KZ")).name().equals(PartyKeys.of(Party.of(written, "KZ")).name()))
                .isEqualTo(same);
    }

    /** Street types, inflections and office numbers are not guessed away: one building holds many unrelated firms. */
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "Алматы, Абая 10, офис 5          | ALMATY ABAYA 10 OFIS 5           | true",
            "Шымкент, Тәуке хан 7             | Shymkent, Tauke khan 7           | true",
            "Almaty, Abay street 10, office 5 | almaty  abay street 10 office 5  | true",
            "г. Алматы, ул. Абая 10           | Almaty, Abay st. 10              | false",
            "Almaty, Abay street 10, office 5 | Almaty, Abay street 10, office 6 | false",
    })
    void theSameAddressInAnotherScriptCaseOrPunctuationHasTheSameKeyAndNothingLooser(String written, String other, boolean same) {
        assertThat(address(other).equals(address(written))).isEqualTo(same);
    }

    private static String address(String address) {
        return PartyKeys.of(new Party("TOO Any", CountryCode.of("KZ"), null, address)).address();
    }
}
