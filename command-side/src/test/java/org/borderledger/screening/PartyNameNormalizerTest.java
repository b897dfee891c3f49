package org.borderledger.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyNameNormalizerTest {

    private static String normalized(String name) {
        return PartyNameNormalizer.normalize(name).toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Romashka LLC|romashka",
            "ROMASHKA, L.L.C.|romashka",
            "OOO Romashka|romashka",
            "ООО Ромашка|romashka",
            "ООО «Ромашка»|romashka",
            "ООО \"Ромашка\"|romashka",
            "Общество с ограниченной ответственностью «Ромашка»|romashka",
            "Romashka Limited Liability Company|romashka",
            "ТОО «Алатау Логистикс»|alatau logistiks",
            "Alatau Logistics LLP|alatau logistics",
            "АО Квазар|kvazar",
            "ЗАО Квазар|kvazar",
            "ПАО Квазар|kvazar",
            "ОАО Квазар|kvazar",
            "ИП Иванов|ivanov",
            "JSC Kvazar|kvazar",
            "Müller Maschinenbau GmbH|muller maschinenbau",
            "Acme Holdings Inc.|acme holdings",
            "Acme Corp|acme",
            "Sample Co., Ltd.|sample",
            "Beispiel AG|beispiel",
            "Ejemplo S.A.|ejemplo",
    })
    void stripsLegalFormsInLatinAndCyrillicAndQuotes(String written, String expected) {
        assertThat(normalized(written)).isEqualTo(expected);
    }

    @Test
    void keepsTheLegalFormWhenItIsTheWholeName() {
        assertThat(normalized("OOO")).isEqualTo("ooo");
        assertThat(normalized("АО")).isEqualTo("ao");
    }

    @Test
    void transliteratesRussianWithBgnPcgn() {
        assertThat(normalized("Щукин Юрий Ильич")).isEqualTo("shchukin yuriy ilich");
        assertThat(normalized("Жанна Цой")).isEqualTo("zhanna tsoy");
        assertThat(normalized("Хабаров Подъезд Ёлкин")).isEqualTo("khabarov podyezd yelkin");
    }

    @Test
    void foldsKazakhLettersToTheirRussianCounterpartsBeforeTransliterating() {
        // Қ Ө Ұ Ң Ғ Ә І Һ Ү, upper and lower case
        assertThat(normalized("Қазақ Өнім Ұлы Аңыз Ғалым Әлем Іскер Һикмет Үміт"))
                .isEqualTo(normalized("Казак Оним Улы Аныз Галым Алем Искер Хикмет Умит"))
                .isEqualTo("kazak onim uly anyz galym alem isker khikmet umit");
        assertThat(normalized("ҚОҢЫР ҒАЛЫМ ӘЛІ ӨНІМ ҰЛЫ ҮМІТ ІСКЕР ҺАС")).isEqualTo("konyr galym ali onim uly umit isker khas");
        assertThat(normalized("Құрылыс Өнім Қоры ЖШС")).isEqualTo("kurylys onim kory");
        assertThat(normalized("Жауапкершілігі шектеулі серіктестік «Құрылыс»")).isEqualTo("kurylys");
    }

    @Test
    void removesPunctuationAndCollapsesWhitespace() {
        assertThat(normalized("  Romashka   -   Trading,\t(Almaty)  ")).isEqualTo("romashka trading almaty");
        assertThat(normalized("O'Neil & Sons / Export")).isEqualTo("oneil sons export");
        assertThat(normalized("Ak-Bulak")).isEqualTo("ak bulak");
        assertThat(normalized("Örnek Dış Ticaret A.Ş.")).isEqualTo("ornek dis ticaret");
        assertThat(normalized("***")).isEmpty();
    }

    @Test
    void givesOrderedTokensAndASortedTokenSet() {
        NormalizedName name = PartyNameNormalizer.normalize("Ivanov Ivan Ivanov");
        assertThat(name.tokens()).containsExactly("ivanov", "ivan", "ivanov");
        assertThat(name.tokenSet()).containsExactly("ivan", "ivanov");
        assertThat(name.length()).isEqualTo(10);
        assertThat(name.joined()).isEqualTo("ivanovivanivanov");
    }

    @Test
    void lettersThatLookAlikeAreReadInTheScriptOfTheirWord() {
        assertThat(normalized("Rоmаshkа")).isEqualTo("romashka");          // Cyrillic о, а among Latin letters
        assertThat(normalized("Pомашка")).isEqualTo(normalized("Ромашка")); // a Latin P among Cyrillic letters
        assertThat(normalized("ТОО «Sаmрlе»")).isEqualTo("sample");
    }

    @Test
    void kazakhLatinAlphabetsAreRead() {
        assertThat(normalized("Qūrylys Önım Qory")).isEqualTo("qurylys onim qory");   // 2021
        assertThat(normalized("Ulytaý")).isEqualTo("ulytau");                          // 2018 ý = у
        assertThat(normalized("Ulytay' Say'da")).isEqualTo("ulytau sauda");            // 2017 y' = у
        assertThat(normalized("Sally's Trading")).isEqualTo("sallys trading");          // an English possessive stays
    }

    @Test
    void keepsTheWordsAsWrittenAndTheRemovedLegalForms() {
        NormalizedName name = PartyNameNormalizer.normalize("ООО «Ромашка-Трейд» L.L.C.");
        assertThat(name.spellings()).extracting(NameToken::text, NameToken::written, NameToken::cyrillic)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("romashka", "Ромашка", true),
                        org.assertj.core.groups.Tuple.tuple("treyd", "Трейд", true));
        assertThat(name.legalForms()).containsExactly("ООО", "L.L.C.");
        assertThat(normalized("Компани «Ромашка»")).isEqualTo("romashka");
    }

    @Test
    void hostileNamesNormaliseAndCompareWithoutFailing() {
        String[] names = {"\uD83D\uDE00 Romashka \uD83D\uDE00", "\u202EakhsamoR\u202C", "R\u0301o\u0308m\u0336ashka", "\u0000\u0001Ромашка",
                "Ромашка ".repeat(2_000), "y'y'y'''y'", "\u02B9\u02BA\u00B7\u2019\u02BC`", "شركة رومашка", "株式会社ロマシュカ", "\uD800"};
        PartyMatcher matcher = new PartyMatcher();
        for (String name : names) {
            NormalizedName normalized = PartyNameNormalizer.normalize(name);
            assertThat(normalized.tokens()).as(name).allMatch(t -> t.matches("[a-z0-9]+"));
            assertThat(matcher.similarity(name, "Romashka Trading LLC")).as(name).isBetween(0.0, 1.0);
        }
    }

    @Test
    void fullWidthAndOtherCompatibilityFormsAreFolded() {
        assertThat(normalized("ＲＯＭＡＳＨＫＡ")).isEqualTo("romashka");
    }
}
