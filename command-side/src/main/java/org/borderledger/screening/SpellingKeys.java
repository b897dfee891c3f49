package org.borderledger.screening;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * the same key ("shch", "shh", "sch", "sh", šč, š, ş, s' all become "s"; "kh", "x", "h" become "h";
 * й written "j", "y" or "i" becomes "y"; doubled letters one). Where systems give one letter two
 * meanings (j, "ch") the token has a key for each reading. It is only ever compared with another key.
 *
 * <p><b>Sound (loanwords).</b> Russian writes English words as they sound, not as they are
 * spelled: "Trade" is Трейд ("treyd"), "Engineering" Инжиниринг ("inzhiniring"), "Holding"
 * Холдинг ("kholding"). Double Metaphone (Apache Commons Codec) reduces English spelling to its
 * consonant sounds; applied to the romanised Russian spelling, after folding the few Russian
 * renderings of English sounds (initial "kh" for h, "dzh" for a soft g, "zh" for j), it gives the
 * same code, for any such word, listed in no dictionary ("treyd" and "trade" are both TRT).
 */
final class SpellingKeys {

    /** An i after a vowel and not before one is й: "Sergei", "Zaitsev". */
    private static final Pattern GLIDE_I = Pattern.compile("([aeou])i(?![aeiouy])");
    private static final Pattern VOWEL_THEN_GLIDE = Pattern.compile("([aeiou])[yj]");
    /** Thread-safe as long as its code length is not changed after construction (its documentation). */
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

    static {
        DOUBLE_METAPHONE.setMaxCodeLen(16);
    }

    private SpellingKeys() {
    }

    /**
     * The romanisation keys of a normalised token (lower-case ASCII letters and digits), one per
     * reading of its ambiguous letters: j as й (GOST, scientific) or ж (Kazakh Latin, "Jol" = Жол);
     * "ch" as ч (most systems) or х (scientific, "Chrustal'" = Хрусталь). One key when nothing is ambiguous.
     */
    static List<String> romanisation(String token) {
        Set<String> keys = new LinkedHashSet<>();
        for (String ch : token.contains("ch") ? List.of("c", "h") : List.of("c")) {
            String s = token.replace("shch", "s").replace("shh", "s").replace("sch", "s").replace("sh", "s").replace("sc", "s")
                    .replace("zh", "z").replace("dz", "z").replace("ch", ch).replace("kh", "h")
                    .replace("ts", "c").replace("cz", "c")
                    .replace('x', 'h').replace('q', 'k').replace('w', 'v');
            keys.add(key(s.replace('j', 'y')));
            keys.add(key(s.replace('j', 'z')));
        }
        return List.copyOf(keys);
    }

    private static String key(String folded) {
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            if (i == 0 || folded.charAt(i) != folded.charAt(i - 1)) {
                key.append(folded.charAt(i));
            }
        }
        // й: BGN "y", ICAO "i" ("Sergey", "Sergei", "Zaytsev", "Zaitsev"); ий: "iy", "ij", "ii";
        // я, ю: "ya", "ia", "ja"; е: "ye", "e"; ё: "yo", "ë" (ASCII "e"). ы stays "y" in every system and is not folded:
        // "Kurylys" and "Kurilis" are different words.
        return GLIDE_I.matcher(key.toString().replace("iy", "i").replace("ia", "ya").replace("iu", "yu")
                .replace("yo", "e").replace("ye", "e").replace("ie", "e")).replaceAll("$1y");
    }

    /** Primary and alternate Double Metaphone codes of the token read as English; empty for numbers. */
    static String[] sounds(String token) {
        if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
            return new String[] {"", ""};
        }
        String s = token.startsWith("kh") ? "h" + token.substring(2) : token;
        s = s.replace("kh", "k").replace("dzh", "g").replace("zh", "j");
        s = VOWEL_THEN_GLIDE.matcher(s).replaceAll("$1i");
        return new String[] {DOUBLE_METAPHONE.doubleMetaphone(s), DOUBLE_METAPHONE.doubleMetaphone(s, true)};
    }

}
