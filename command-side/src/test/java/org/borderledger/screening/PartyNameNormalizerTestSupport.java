package org.borderledger.screening;

import com.ibm.icu.text.Transliterator;

/** ICU transliterations the evaluation set uses to write names the way other people would. */
final class PartyNameNormalizerTestSupport {

    private static final Transliterator BGN = Transliterator.getInstance("Russian-Latin/BGN; [\\u02B9\\u02BA\\u00B7] Remove");
    private static final Transliterator ASCII = Transliterator.getInstance("Latin-ASCII");

    private PartyNameNormalizerTestSupport() {
    }

    /** BGN/PCGN of a Russian (or Russian-spelled Kazakh) name, in its own case. */
    static synchronized String bgn(String cyrillic) {
        return BGN.transliterate(PartyNameNormalizer.foldKazakh(cyrillic));
    }

    /** Diacritics dropped, as a keyboard without them writes. */
    static synchronized String ascii(String latin) {
        return ASCII.transliterate(latin).replace("'", "");
    }
}
