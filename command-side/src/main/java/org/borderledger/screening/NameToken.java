package org.borderledger.screening;

import java.util.List;
import java.util.Locale;

/**
 * One word of a party name as the matcher compares it: {@code text} in lower-case ASCII, the word
 * as it was {@code written} (for the explanation an officer reads), whether it was written in
 * Cyrillic or in a Kazakh Latin alphabet, and its spelling keys ({@link SpellingKeys}), computed once when the name is normalised.
 */
record NameToken(String text, String written, boolean cyrillic, boolean kazakhLatin, List<String> romanisationKeys, String sound,
                 String alternateSound) {

    /** Letters only the Kazakh Latin alphabets use among those a name is written in (and the 2017 apostrophe). */
    private static final String KAZAKH_LATIN_LETTERS = "qğşñäöüūıİáǵńóúý'’";

    static NameToken of(String text, String written, boolean cyrillic) {
        String[] sounds = SpellingKeys.sounds(text);
        boolean kazakhLatin = !cyrillic && written.toLowerCase(Locale.ROOT).chars().anyMatch(c -> KAZAKH_LATIN_LETTERS.indexOf(c) >= 0);
        return new NameToken(text, written, cyrillic, kazakhLatin, SpellingKeys.romanisation(text), sounds[0], sounds[1]);
    }
}
