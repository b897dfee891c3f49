package org.borderledger.screening;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a party name as written (Latin, Russian or Kazakh Cyrillic, with legal forms, quotes and
 * punctuation) into tokens that can be compared, so that "ООО «Ромашка»", "OOO Romashka" and
 * "Romashka LLC" all become {@code [romashka]}.
 *
 * <p>Steps: NFKC and lower case; Kazakh letters folded to the Russian letters that Russian spelling
 * uses for them (Қ→К, Ң→Н, Ғ→Г, Ә→А, Ө→О, Ұ/Ү→У, Һ→Х, І→И), because the same company is often
 * written both ways and BGN/PCGN Russian romanisation does not know the Kazakh letters; then
 * Cyrillic to Latin with ICU's BGN/PCGN Russian romanisation (any other script through Any-Latin),
 * then Latin-ASCII. Apostrophes, dots and the romanised soft and hard signs join letters ("L.L.C."
 * → "llc", "Ilʹich" → "ilich"); every other non-alphanumeric character separates tokens. Each token
 * keeps the word it was written as, for the explanation of a match. Legal forms are removed wherever
 * they stand, unless nothing else would remain; the removed ones are kept for the explanation.
 */
public final class PartyNameNormalizer {

    // Declared before LEGAL_FORM_PHRASES, which normalises its phrases when the class loads.
    private static final Pattern KAZAKH_2017_U = Pattern.compile("y['\u2019\u02BC](?!s$)");
    /** Capital and small letters that look the same in the two scripts, position for position. */
    private static final String CYRILLIC_LOOKALIKES = "АВЕКМНОРСТХУаеорсухіј";
    private static final String LATIN_LOOKALIKES = "ABEKMHOPCTXYaeopcyxij";

    /** BGN/PCGN for Russian; Any-Latin for what is left; the romanised soft/hard signs ʹ ʺ dropped; then plain ASCII. */
    private static final Transliterator TO_LATIN_ASCII = Transliterator.getInstance(
            "Russian-Latin/BGN; Any-Latin; [\\u02B9\\u02BA] Remove; Latin-ASCII");

    /** Single-token legal forms, as they read after normalisation (ООО → ooo, ТОО → too, ЖШС → zhshs, in Kazakh Latin jshs or jss, Компани → kompani). */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "llp", "llc", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "company",
            "plc", "gmbh", "ag", "sa", "srl", "bv", "nv", "as", "jsc", "ojsc", "cjsc", "pjsc", "fze", "fzco", "fzllc",
            "ooo", "too", "zao", "ao", "pao", "oao", "ip", "zhshs", "jshs", "jss", "kompani", "kompaniya");

    /** Legal forms written out in words; normalised with the same pipeline when the class loads. */
    private static final List<List<String>> LEGAL_FORM_PHRASES = phrases(
            "limited liability company", "limited liability partnership", "joint stock company",
            "closed joint stock company", "open joint stock company", "public joint stock company",
            "общество с ограниченной ответственностью", "товарищество с ограниченной ответственностью",
            "акционерное общество", "закрытое акционерное общество", "открытое акционерное общество",
            "публичное акционерное общество", "индивидуальный предприниматель",
            "жауапкершілігі шектеулі серіктестік");

    private PartyNameNormalizer() {
    }

    public static NormalizedName normalize(String name) {
        List<NameToken> tokens = tokens(name);
        List<NameToken> kept = new ArrayList<>(tokens.size());
        List<String> legalForms = new ArrayList<>();
        List<String> texts = tokens.stream().map(NameToken::text).toList();
        int i = 0;
        while (i < tokens.size()) {
            int length = legalFormPhraseAt(texts, i);
            if (length == 0 && LEGAL_FORMS.contains(texts.get(i))) {
                length = 1;
            }
            if (length > 0) {
                legalForms.add(writtenWords(tokens.subList(i, i + length)));
                i += length;
            } else {
                kept.add(tokens.get(i++));
            }
        }
        return kept.isEmpty() ? new NormalizedName(tokens, List.of()) : new NormalizedName(kept, legalForms);
    }

    /** Case, Kazakh folding, transliteration and punctuation, without legal-form removal. */
    static List<String> rawTokens(String name) {
        return tokens(name).stream().map(NameToken::text).toList();
    }

    /**
     * Splits the name into written words (letters, digits, combining marks and the joining
     * apostrophes and dots), then turns each word into tokens, remembering the word it came from.
     */
    private static List<NameToken> tokens(String name) {
        List<NameToken> tokens = new ArrayList<>();
        if (name == null) {
            return tokens;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        Boolean nameIsCyrillic = distinctiveScriptIsCyrillic(text);
        int wordStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && wordStart < 0) {
                wordStart = i;
            } else if (!inWord && wordStart >= 0) {
                addWordTokens(text.substring(wordStart, i), nameIsCyrillic, tokens);
                wordStart = -1;
            }
        }
        return tokens;
    }

    private static void addWordTokens(String word, Boolean nameIsCyrillic, List<NameToken> tokens) {
        // Kazakh Latin writes у as ý (2018) and y' (2017, "Ulytay'"; not an English "y's"); ы is y in both.
        String text = foldKazakh(withoutLookalikes(word, nameIsCyrillic).toLowerCase(Locale.ROOT)).replace('ý', 'u');
        text = KAZAKH_2017_U.matcher(text).replaceAll("u");
        boolean cyrillic = isMostlyCyrillic(text);
        if (!isAscii(text)) {
            // ICU: transliterators are not immutable and must be synchronised when shared between threads.
            synchronized (TO_LATIN_ASCII) {
                text = TO_LATIN_ASCII.transliterate(text);
            }
            text = text.toLowerCase(Locale.ROOT);
        }
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                token.append(c);
            } else if (!isJoiner(c) && token.length() > 0) {
                tokens.add(NameToken.of(token.toString(), word, cyrillic));
                token.setLength(0);
            }
        }
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || isJoiner(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || Character.isSurrogate(c);
    }

    /** Apostrophes and dots join letters: "L.L.C." → llc, "O'Neil" → oneil, Kazakh Latin 2017 "Qur'ylys". */
    private static boolean isJoiner(char c) {
        return c == '\'' || c == '.' || c == '`' || c == '\u2019' || c == '\u02BC' || c == '\u02B9' || c == '\u02BA' || c == '\u00B7';
    }

    /**
     * Letters that look the same in Latin and Cyrillic are read in the script of the word, as told by
     * its other letters ("Rоmаshkа" with Cyrillic о and а, "Pомашка" with a Latin P, "ЕХАMРLЕ" with
     * one distinctive L); a word made only of such letters ("РАО", "СО") in the script of the name.
     * Typed by mistake or to slip past screening, they are replaced by the letter they look like.
     */
    static String withoutLookalikes(String word, Boolean nameIsCyrillic) {
        Boolean wordIsCyrillic = distinctiveScriptIsCyrillic(word);
        Boolean cyrillic = wordIsCyrillic != null ? wordIsCyrillic : nameIsCyrillic;
        if (cyrillic == null) {
            return word;
        }
        String from = cyrillic ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
        String to = cyrillic ? CYRILLIC_LOOKALIKES : LATIN_LOOKALIKES;
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            int at = from.indexOf(word.charAt(i));
            out.append(at >= 0 ? to.charAt(at) : word.charAt(i));
        }
        return out.toString();
    }

    /** Whether the letters that are not look-alikes are mostly Cyrillic; null when neither script has more. */
    private static Boolean distinctiveScriptIsCyrillic(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CYRILLIC_LOOKALIKES.indexOf(c) < 0 && LATIN_LOOKALIKES.indexOf(c) < 0) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                cyrillic += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
                latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
            }
        }
        return cyrillic == latin ? null : cyrillic > latin;
    }

    private static boolean isMostlyCyrillic(String word) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(word.charAt(i));
            cyrillic += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
            latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
        }
        return cyrillic > latin;
    }

    private static String writtenWords(List<NameToken> tokens) {
        List<String> words = new ArrayList<>();
        for (NameToken token : tokens) {
            if (words.isEmpty() || !words.get(words.size() - 1).equals(token.written())) {
                words.add(token.written());
            }
        }
        return String.join(" ", words);
    }

    private static int legalFormPhraseAt(List<String> tokens, int start) {
        for (List<String> phrase : LEGAL_FORM_PHRASES) {
            if (start + phrase.size() <= tokens.size() && tokens.subList(start, start + phrase.size()).equals(phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static List<List<String>> phrases(String... texts) {
        List<List<String>> phrases = new ArrayList<>();
        for (String text : texts) {
            phrases.add(rawTokens(text));
        }
        phrases.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed()); // longest first
        return List.copyOf(phrases);
    }

    /** Kazakh letters to the Russian letters that Russian spelling writes for them, both cases. */
    static String foldKazakh(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = switch (c) {
                case 'Қ' -> 'К';
                case 'қ' -> 'к';
                case 'Ң' -> 'Н';
                case 'ң' -> 'н';
                case 'Ғ' -> 'Г';
                case 'ғ' -> 'г';
                case 'Ә' -> 'А';
                case 'ә' -> 'а';
                case 'Ө' -> 'О';
                case 'ө' -> 'о';
                case 'Ұ', 'Ү' -> 'У';
                case 'ұ', 'ү' -> 'у';
                case 'Һ' -> 'Х';
                case 'һ' -> 'х';
                case 'І' -> 'И';
                case 'і' -> 'и';
                default -> c;
            };
            if (f != c && folded == null) {
                folded = new StringBuilder(text.substring(0, i));
            }
            if (folded != null) {
                folded.append(f);
            }
        }
        return folded == null ? text : folded.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
