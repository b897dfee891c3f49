package org.borderledger.screening;

/**
 * One line of the account of a party match, for an officer to read side by side: a declared word
 * (or several), the listed word it was taken for, and how the two were found to be the same.
 * Either side is empty when a word has no counterpart.
 */
public record MatchedToken(String declared, String listed, How how) {

    /** The ways two words are taken for the same; {@link #label()} is how the account in English names it. */
    public enum How {
        SAME("same"),
        TRANSLITERATION("same in another script"),
        SPELLING("similar spelling"),
        ROMANISATION("another romanisation"),
        KAZAKH_LATIN("Kazakh Latin alphabet"),
        LOANWORD("English word written as it sounds"),
        INITIAL("initial"),
        JOINED("same letters, written together or apart"),
        LEGAL_FORM("legal form, ignored"),
        NO_COUNTERPART("no counterpart"),
        IDENTIFIER("same identifier");

        private final String label;

        How(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "Трейд = Trade (English word written in Cyrillic)", "Ltd (no counterpart)". */
    @Override
    public String toString() {
        String pair = declared.isEmpty() ? listed : listed.isEmpty() ? declared : declared + " = " + listed;
        return pair + " (" + how.label() + ")";
    }
}
