package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingKeysTest {

    private static boolean keysMeet(String a, String b) {
        return SpellingKeys.romanisation(a).stream().anyMatch(SpellingKeys.romanisation(b)::contains);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "shchukin|shhukin",          // Щукин: BGN, GOST 7.79 B
            "shchukin|scukin",           // scientific Ščukin without its diacritics
            "khabarov|xabarov",          // Х: BGN, GOST B
            "khrustal|chrustal",         // Х: scientific "ch"
            "sergey|sergej",             // Й: BGN, GOST B
            "sergey|sergei",             // ICAO
            "zaytsev|zaitsev",
            "tsoy|czoj",                 // Ц, Й: BGN, GOST B
            "yuriy|iurii",               // Ю, ИЙ: BGN, ICAO
            "yelena|elena",
            "kurylys|qurylys",           // Қ: Kazakh Latin
            "zhol|jol",                  // Ж: Kazakh Latin J
            "cheremukha|cheryomukha",    // Ё: "ë", "yo"
    })
    void romanisationsOfOneNameShareAKey(String a, String b) {
        assertThat(keysMeet(a, b)).as("%s %s / %s %s", a, SpellingKeys.romanisation(a), b, SpellingKeys.romanisation(b)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"kurylys|kurilis", "kazakh|kazan", "sokol|sokolov"})
    void differentWordsKeepDifferentKeys(String a, String b) {
        assertThat(keysMeet(a, b)).isFalse();
    }

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource(delimiter = '|', value = {
            "treyd|trade", "treyding|trading", "grupp|group", "kholding|holding", "inzhiniring|engineering",
            "servis|service", "interneshnl|international", "tekhnolodzhi|technology", "industriz|industries",
            "menedzhment|management", "resorsiz|resources", "konsalting|consulting",
    })
    void englishWordsWrittenInRussianSoundAsInEnglish(String russian, String english) {
        // primary or alternate code, as the matcher compares them
        assertThat(SpellingKeys.sounds(russian)).containsAnyOf(SpellingKeys.sounds(english));
    }

    @ParameterizedTest
    @CsvSource({"2024", "7700000000"})
    void numbersHaveNoSound(String number) {
        assertThat(SpellingKeys.sounds(number)).containsExactly("", "");
    }
}
