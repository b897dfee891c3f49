package org.borderledger.screening;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A party name reduced to comparable tokens: lower-case ASCII letters and digits, legal forms
 * removed. {@link #tokens()} keeps the written order (for display and the joined form);
 * {@link #tokenSet()} is what the matcher compares, so word order does not matter.
 */
public final class NormalizedName {

    private final List<String> tokens;
    private final SortedSet<String> tokenSet;
    private final int length;

    public NormalizedName(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        this.tokenSet = Collections.unmodifiableSortedSet(new TreeSet<>(this.tokens));
        this.length = tokenSet.stream().mapToInt(String::length).sum();
    }

    public List<String> tokens() {
        return tokens;
    }

    public SortedSet<String> tokenSet() {
        return tokenSet;
    }

    /** Total characters of the distinct tokens: the weight the matcher spreads over the tokens. */
    public int length() {
        return length;
    }

    /** The tokens run together in written order, so that "Ak Bulak" and "Akbulak" can be recognised as one name. */
    public String joined() {
        return String.join("", tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalizedName name && tokens.equals(name.tokens);
    }

    @Override
    public int hashCode() {
        return tokens.hashCode();
    }

    @Override
    public String toString() {
        return String.join(" ", tokens);
    }
}
