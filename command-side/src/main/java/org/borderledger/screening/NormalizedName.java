package org.borderledger.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A party name reduced to comparable tokens: lower-case ASCII letters and digits, legal forms
 * removed. {@link #tokens()} keeps the written order (for display and the joined form);
 * {@link #tokenSet()} is what the matcher compares, so word order does not matter, and
 * {@link #spellings()} gives the same distinct tokens, in the same order, with their spelling keys
 * and the words they were written as. The removed {@link #legalForms()} are kept as written.
 */
public final class NormalizedName {

    private final List<String> tokens;
    private final SortedSet<String> tokenSet;
    private final List<NameToken> spellings;
    private final List<String> legalForms;
    private final int length;
    private final String joined;

    NormalizedName(List<NameToken> tokens, List<String> legalForms) {
        this.tokens = tokens.stream().map(NameToken::text).toList();
        this.tokenSet = Collections.unmodifiableSortedSet(new TreeSet<>(this.tokens));
        TreeMap<String, NameToken> distinct = new TreeMap<>();
        tokens.forEach(t -> distinct.putIfAbsent(t.text(), t));
        this.spellings = List.copyOf(new ArrayList<>(distinct.values()));
        this.legalForms = List.copyOf(legalForms);
        this.length = tokenSet.stream().mapToInt(String::length).sum();
        // Asked of both names for every candidate the matcher scores: joined once, here.
        this.joined = String.join("", this.tokens);
    }

    public List<String> tokens() {
        return tokens;
    }

    public SortedSet<String> tokenSet() {
        return tokenSet;
    }

    /** The distinct tokens in {@link #tokenSet()} order, with their spelling keys and written words. */
    List<NameToken> spellings() {
        return spellings;
    }

    /** Legal forms removed from the name, as written ("ООО", "L.L.C."). */
    public List<String> legalForms() {
        return legalForms;
    }

    /** Total characters of the distinct tokens: the weight the matcher spreads over the tokens. */
    public int length() {
        return length;
    }

    /** The tokens run together in written order, so that "Ak Bulak" and "Akbulak" can be recognised as one name. */
    public String joined() {
        return joined;
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
