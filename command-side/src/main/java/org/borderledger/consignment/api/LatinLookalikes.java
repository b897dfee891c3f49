package org.borderledger.consignment.api;

/**
 * Capital Cyrillic letters that look like Latin ones (the Kazakh І among them), read as those Latin
 * letters. Seal numbers and Kazakh number plates are written in Latin letters, and an officer typing
 * with a Russian or Kazakh keyboard layout gets the Cyrillic look-alike without seeing the difference.
 */
public final class LatinLookalikes {

    private static final String CYRILLIC = "АВЕКМНОРСТХУІ";
    private static final String LATIN = "ABEKMHOPCTXYI";

    private LatinLookalikes() {
    }

    /** {@code upperCase} with every Cyrillic look-alike replaced by its Latin letter. */
    public static String toLatin(String upperCase) {
        StringBuilder latin = new StringBuilder(upperCase.length());
        upperCase.chars().forEach(c -> {
            int at = CYRILLIC.indexOf(c);
            latin.append(at < 0 ? (char) c : LATIN.charAt(at));
        });
        return latin.toString();
    }
}
