package org.borderledger.screening;

import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Two keys of a normalised token that make spellings of one word meet.
 *
 * <p><b>Romanisation key.</b> One Cyrillic name has several Latin spellings: BGN/PCGN ("Zhukov",
 * "Khabarov", "Yuriy"), GOST 7.79 system B ("Xabarov", "Yurij", "Czoj"), ICAO 9303 ("Iurii"),
 * scientific ("Žukov", "Jurij") and the Kazakh Latin alphabets of 2017 ("S'", "Q"), 2018 ("Sh",
 * "Á") and 2021 ("Ş", "Q", "Ğ", "Ñ", "Ū", "İ"). After the normaliser has dropped diacritics and
 * apostrophes, the systems differ only in digraphs and in the letters chosen for й, ы, я, ю and
 * х, ж, ц, қ; the key folds each of those differences to one letter, so that every system gives
 * the same key ("shch", "shh", "sch", "sh", š, ş, s' all become "s"; "kh", "x", "h" become "h";
 * й written "j", "y" or "i" becomes "y"; doubled letters one). It is only ever compared with another key.
 *
 * <p><b>Sound (loanwords).</b> Russian writes English words as they sound, not as they are
 * spelled: "Trade" is Трейд ("treyd"), "Engineering" Инжиниринг ("inzhiniring"), "Holding"
 * Холдинг ("kholding"). Double Metaphone (Apache Commons Codec) reduces English spelling to its
 * consonant sounds; applied to the romanised Russian spelling, after folding the few Russian
 * renderings of English sounds (initial "kh" for h, "dzh" for a soft g, "zh" for j), it gives the
 * same code, for any such word, listed in no dictionary ("treyd" and "trade" are both TRT).
 */
final class SpellingKeys {

    private static final Pattern ENDING_GLIDE = Pattern.compile("([aeou])i$");
    private static final Pattern VOWEL_THEN_GLIDE = Pattern.compile("([aeiou])[yj]");
    /** Thread-safe as long as its code length is not changed after construction (its documentation). */
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

    static {
        DOUBLE_METAPHONE.setMaxCodeLen(16);
    }

    private SpellingKeys() {
    }

    /** The romanisation key of a normalised token (lower-case ASCII letters and digits). */
    static String romanisation(String token) {
        String s = token;
        if (s.length() > 1 && s.charAt(0) == 'j' && isVowel(s.charAt(1))) {
            s = "z" + s.substring(1); // Kazakh Latin J is Ж ("Jol" = Жол); elsewhere j is й
        }
        s = s.replace("shch", "s").replace("shh", "s").replace("sch", "s").replace("sh", "s")
                .replace("zh", "z").replace("dz", "z").replace("ch", "c").replace("kh", "h")
                .replace("ts", "c").replace("cz", "c")
                .replace('x', 'h').replace('q', 'k').replace('w', 'v').replace('j', 'y');
        StringBuilder key = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                key.append(s.charAt(i));
            }
        }
        // й: BGN "y", ICAO "i" ("Sergey", "Sergei"); ий: "iy", "ij", "ii"; я, ю: "ya", "ia", "ja"; е: "ye", "e".
        // ы stays "y" in every system and is not folded: "Kurylys" and "Kurilis" are different words.
        return ENDING_GLIDE.matcher(key.toString().replace("iy", "i").replace("ia", "ya").replace("iu", "yu")
                .replace("ye", "e").replace("ie", "e")).replaceAll("$1y");
    }

    /** Primary and alternate Double Metaphone codes of the token read as English; empty for numbers. */
    static String[] sounds(String token) {
        if (!Character.isLetter(token.isEmpty() ? '0' : token.charAt(0))) {
            return new String[] {"", ""};
        }
        String s = token.startsWith("kh") ? "h" + token.substring(2) : token;
        s = s.replace("kh", "k").replace("dzh", "g").replace("zh", "j");
        s = VOWEL_THEN_GLIDE.matcher(s).replaceAll("$1i");
        return new String[] {DOUBLE_METAPHONE.doubleMetaphone(s), DOUBLE_METAPHONE.doubleMetaphone(s, true)};
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
