package org.borderledger.access;

/**
 * A value typed by someone, made fit for an access-log column: PostgreSQL text cannot hold U+0000,
 * the JDBC driver cannot encode a lone UTF-16 surrogate, and every column has a bound. Control
 * characters (NUL included) and bidirectional formatting characters, which could make a value read
 * differently from what it is, are written visibly as {@code \}{@code uXXXX}; a lone surrogate
 * becomes U+FFFD; a value longer than its bound keeps its beginning and ends with the
 * {@link #TRUNCATED marker}. Lengths count code points, as PostgreSQL's {@code varchar(n)} does.
 */
record StorableText(String text, boolean escaped, boolean truncated) {

    /** Ends a truncated value, with the number of characters left out. */
    static final String TRUNCATED = "…[%d more characters]";

    static StorableText of(String value, int bound) {
        if (value == null) {
            return new StorableText(null, false, false);
        }
        StringBuilder text = new StringBuilder(value.length());
        value.codePoints().forEach(codePoint -> escape(codePoint, text));
        String whole = text.toString();
        boolean escaped = !whole.equals(value);
        int length = whole.codePointCount(0, whole.length());
        if (length <= bound) {
            return new StorableText(whole, escaped, false);
        }
        // The marker is sized for the whole length, so the kept part plus the marker never pass the bound.
        int kept = Math.max(0, bound - String.format(TRUNCATED, length).length());
        String beginning = whole.substring(0, whole.offsetByCodePoints(0, kept));
        return new StorableText(beginning + String.format(TRUNCATED, length - kept), escaped, true);
    }

    private static void escape(int codePoint, StringBuilder text) {
        if (Character.isSurrogate((char) codePoint) && Character.isBmpCodePoint(codePoint)) {
            text.append('\uFFFD');
        } else if (Character.getType(codePoint) == Character.CONTROL || isBidiControl(codePoint)) {
            text.append(String.format("\\u%04X", codePoint));
        } else {
            text.appendCodePoint(codePoint);
        }
    }

    /** Embeddings, overrides, isolates and marks that reorder how the text around them is shown. */
    private static boolean isBidiControl(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
