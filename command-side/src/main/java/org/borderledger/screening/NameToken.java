package org.borderledger.screening;

import java.util.List;

/**
 * One word of a party name as the matcher compares it: {@code text} in lower-case ASCII, the word
 * as it was {@code written} (for the explanation an officer reads), whether it was written in
 * Cyrillic, and its spelling keys ({@link SpellingKeys}), computed once when the name is normalised.
 */
record NameToken(String text, String written, boolean cyrillic, List<String> romanisationKeys, String sound, String alternateSound) {

    static NameToken of(String text, String written, boolean cyrillic) {
        String[] sounds = SpellingKeys.sounds(text);
        return new NameToken(text, written, cyrillic, SpellingKeys.romanisation(text), sounds[0], sounds[1]);
    }
}
