package org.borderledger.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.screening.api.DeniedParty;

/**
 * The denied-party list prepared once for fast screening: every name and alias normalised, the
 * distinct tokens (the vocabulary) indexed under blocking keys, and identifiers by country and value.
 *
 * <p>A search does not compare the declared name with every listed name. Each declared token
 * looks up vocabulary tokens sharing a blocking key (first three letters; letters two to four, which
 * catches a changed or dropped first letter such as "Yelena"/"Elena"; first letter with the last two,
 * which catches a change in the middle such as "Zaytsev"/"Zaitsev"; each romanisation key whole, which
 * finds "Czoj"/"Tsoy"; the English sound codes, which find "Treyd"/"Trade"), keeps those whose token
 * similarity reaches the review threshold, and only names containing such a token are scored in full, after an exact
 * upper bound discards names whose other tokens already keep them below the threshold. The blocking
 * is a heuristic: a token pair that shares no key is not found even if its similarity would pass;
 * tests compare the index with the exhaustive {@link PartyMatcher#match} on realistic variants.
 */
public final class DeniedPartyIndex {

    /** One listed name of one entry that scored at least the review threshold. */
    record NameHit(int entry, int variant, String name, NormalizedName normalized, double score) {
    }

    private final List<DeniedParty> parties;
    private final int[] variantEntry;
    private final String[] variantText;
    private final NormalizedName[] variantName;
    private final NameToken[] vocabulary;
    private final int[][] variantsByToken;
    private final Map<String, int[]> tokensByKey;
    private final Map<String, int[]> variantsByJoined;
    private final Map<String, int[]> entriesByIdentifier;

    private DeniedPartyIndex(List<DeniedParty> parties) {
        this.parties = parties;
        List<Integer> entries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<NormalizedName> names = new ArrayList<>();
        Map<String, List<Integer>> identifiers = new HashMap<>();
        for (int e = 0; e < parties.size(); e++) {
            DeniedParty party = parties.get(e);
            for (String name : party.names()) {
                NormalizedName normalized = PartyNameNormalizer.normalize(name);
                if (!normalized.isEmpty()) {
                    entries.add(e);
                    texts.add(name);
                    names.add(normalized);
                }
            }
            for (BusinessIdentifier id : party.identifiers()) {
                List<Integer> holders = identifiers.computeIfAbsent(id.key(), k -> new ArrayList<>());
                if (!holders.contains(e)) {
                    holders.add(e);
                }
            }
        }
        variantEntry = entries.stream().mapToInt(Integer::intValue).toArray();
        variantText = texts.toArray(String[]::new);
        variantName = names.toArray(NormalizedName[]::new);

        Map<String, Integer> tokenIds = new LinkedHashMap<>();
        List<NameToken> spellings = new ArrayList<>();
        Map<Integer, List<Integer>> variantsOfToken = new HashMap<>();
        Map<String, List<Integer>> joined = new HashMap<>();
        for (int v = 0; v < variantName.length; v++) {
            for (NameToken token : variantName[v].spellings()) {
                int id = tokenIds.computeIfAbsent(token.text(), t -> tokenIds.size());
                if (id == spellings.size()) {
                    spellings.add(token);
                }
                variantsOfToken.computeIfAbsent(id, k -> new ArrayList<>()).add(v);
            }
            joined.computeIfAbsent(variantName[v].joined(), k -> new ArrayList<>()).add(v);
        }
        vocabulary = spellings.toArray(NameToken[]::new);
        variantsByToken = new int[vocabulary.length][];
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int t = 0; t < vocabulary.length; t++) {
            variantsByToken[t] = toArray(variantsOfToken.get(t));
            for (String key : blockingKeys(vocabulary[t])) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        tokensByKey = freeze(byKey);
        variantsByJoined = freeze(joined);
        entriesByIdentifier = freeze(identifiers);
    }

    public static DeniedPartyIndex of(List<DeniedParty> parties) {
        return new DeniedPartyIndex(List.copyOf(parties));
    }

    public List<DeniedParty> parties() {
        return parties;
    }

    /** Number of indexed names (primary names and aliases that normalise to something). */
    public int nameCount() {
        return variantName.length;
    }

    /** Distinct normalised tokens over all names. */
    public int vocabularySize() {
        return vocabulary.length;
    }

    /** Entries (positions in {@link #parties()}) listing this identifier, compared without spaces, hyphens and slashes. */
    List<Integer> entriesWithIdentifier(BusinessIdentifier id) {
        int[] holders = entriesByIdentifier.get(id.key());
        return holders == null ? List.of() : Arrays.stream(holders).boxed().toList();
    }

    /** For every entry with a name scoring at least the matcher's review threshold: its best name (the first listed on ties). */
    Map<Integer, NameHit> bestNameHits(NormalizedName declared, PartyMatcher matcher) {
        Map<Integer, NameHit> best = new HashMap<>();
        if (declared.isEmpty()) {
            return best;
        }
        double threshold = matcher.reviewThreshold();
        // An initial pairs with any word of its letter, which no blocking key finds: no bound then.
        boolean hasInitial = declared.tokenSet().stream().anyMatch(t -> t.length() == 1);
        Set<Integer> candidates = new HashSet<>();
        int[] sameLetters = variantsByJoined.get(declared.joined());
        if (sameLetters != null) {
            for (int v : sameLetters) {
                candidates.add(v);
            }
        }
        Map<Integer, Integer> pairableLength = new HashMap<>();
        for (int t : similarTokens(declared, threshold)) {
            for (int v : variantsByToken[t]) {
                pairableLength.merge(v, vocabulary[t].text().length(), Integer::sum);
            }
        }
        for (Map.Entry<Integer, Integer> e : pairableLength.entrySet()) {
            // Listed tokens without a similar declared token can only stay unpaired (or pair below the
            // threshold, which caps the score below it): bound the best weighted average they allow.
            int unpairable = variantName[e.getKey()].length() - e.getValue();
            double maxPaired = (declared.length() + e.getValue()) / 2.0;
            if (hasInitial || maxPaired / (maxPaired + unpairable) >= threshold - 1e-9) {
                candidates.add(e.getKey());
            }
        }
        for (int v : candidates) {
            double score = matcher.similarity(declared, variantName[v]);
            if (score < threshold) {
                continue;
            }
            NameHit current = best.get(variantEntry[v]);
            // Variants are numbered in list order, so on equal scores the earlier name (the primary) wins.
            if (current == null || score > current.score() || (score == current.score() && v < current.variant())) {
                best.put(variantEntry[v], new NameHit(variantEntry[v], v, variantText[v], variantName[v], score));
            }
        }
        return best;
    }

    /** Vocabulary tokens reaching the threshold with some declared token. */
    private Set<Integer> similarTokens(NormalizedName declared, double threshold) {
        Set<Integer> similar = new HashSet<>();
        for (NameToken token : declared.spellings()) {
            Set<Integer> seen = new HashSet<>();
            for (String key : blockingKeys(token)) {
                int[] tokens = tokensByKey.get(key);
                if (tokens == null) {
                    continue;
                }
                for (int t : tokens) {
                    if (!similar.contains(t) && seen.add(t) && PartyMatcher.tokenSimilarity(token, vocabulary[t], threshold) >= threshold) {
                        similar.add(t);
                    }
                }
            }
        }
        return similar;
    }

    /**
     * Keys of the spelling, each romanisation key whole ("k": another romanisation of a word is
     * found when its key is equal, or by its spelling when near), and the English sounds ("s").
     */
    static Collection<String> blockingKeys(NameToken token) {
        Set<String> keys = new LinkedHashSet<>(blockingKeys(token.text()));
        for (String romanisation : token.romanisationKeys()) {
            keys.add("k" + romanisation);
        }
        if (!token.sound().isEmpty()) {
            keys.add("s" + token.sound());
            keys.add("s" + token.alternateSound());
        }
        return keys;
    }

    static List<String> blockingKeys(String token) {
        if (token.length() < PartyMatcher.MIN_FUZZY_TOKEN) {
            return List.of(token); // only ever equal to itself
        }
        String edge = token.charAt(0) + "~" + token.substring(token.length() - 2);
        if (token.length() == 3) {
            return List.of(token, edge); // "ana" finds "anna" by its edge
        }
        return List.of(token.substring(0, 3), token.substring(1, 4), edge);
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, int[]> freeze(Map<String, List<Integer>> map) {
        Map<String, int[]> frozen = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> frozen.put(k, toArray(v)));
        return Map.copyOf(frozen);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeniedPartyIndex index && parties.equals(index.parties);
    }

    @Override
    public int hashCode() {
        return parties.hashCode();
    }

    @Override
    public String toString() {
        return "DeniedPartyIndex[" + parties.size() + " entries, " + variantName.length + " names, " + vocabulary.length + " tokens]";
    }
}
