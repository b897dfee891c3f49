package org.borderledger.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.Party;
import org.borderledger.screening.api.DeniedParty;

/**
 * Decides whether a declared party is a denied party.
 *
 * <p><b>Names.</b> Both names are normalised ({@link PartyNameNormalizer}) and compared as token
 * sets, so word order does not matter. Tokens are paired greedily, most similar first, by
 * Jaro-Winkler (tokens under 3 characters only pair when identical; pairs under
 * {@value #PAIR_FLOOR} stay unpaired). The score is the average of the pair similarities weighted by
 * token length, where every unpaired token on either side counts as similarity 0 with its full
 * length, <em>capped by the weakest pair</em>: a long shared word ("Logistics") must not carry a
 * different distinctive word ("Kazakh" / "Kazan" is 0.89 on its own). Identical token sets, or the
 * same letters run together ("Ak Bulak" / "Akbulak"), score 1. Names with fewer than
 * {@value #MIN_FUZZY_LENGTH} letters only match when identical: fuzzy scores on short names are
 * noise ("Ural" / "Urals" is 0.96).
 *
 * <p><b>Identifiers override names.</b> When the declared party and the entry carry an identifier
 * of the same country: equal identifiers match with score 1 whatever the names; different ones mean
 * different registered entities, so the name must reach {@value #DIFFERENT_IDENTIFIER_THRESHOLD}
 * (practically identical) to still match, because a listed entity may re-register or declare a
 * branch's number; such a match is recorded as {@link PartyMatch.MatchedOn#NAME_IDENTIFIER_DIFFERS}.
 *
 * <p>Thread-safe and immutable.
 */
public final class PartyMatcher {

    public static final double DEFAULT_THRESHOLD = 0.92;
    public static final double DIFFERENT_IDENTIFIER_THRESHOLD = 0.98;
    static final double PAIR_FLOOR = 0.75;
    static final int MIN_FUZZY_LENGTH = 6;
    static final int MIN_FUZZY_TOKEN = 3;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final double threshold;

    public PartyMatcher() {
        this(DEFAULT_THRESHOLD);
    }

    public PartyMatcher(double threshold) {
        if (!(threshold > 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("Name-match threshold must be above 0 and at most 1: " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    public double similarity(String declaredName, String listedName) {
        return similarity(PartyNameNormalizer.normalize(declaredName), PartyNameNormalizer.normalize(listedName));
    }

    public boolean namesMatch(String declaredName, String listedName) {
        return similarity(declaredName, listedName) >= threshold;
    }

    /** Score from 0 to 1; see the class comment. The first argument is the declared name, the second the listed one. */
    public double similarity(NormalizedName declared, NormalizedName listed) {
        if (declared.isEmpty() || listed.isEmpty()) {
            return 0.0;
        }
        if (declared.tokenSet().equals(listed.tokenSet()) || declared.joined().equals(listed.joined())) {
            return 1.0;
        }
        if (Math.min(declared.length(), listed.length()) < MIN_FUZZY_LENGTH) {
            return 0.0;
        }
        List<String> a = List.copyOf(declared.tokenSet());
        List<String> b = List.copyOf(listed.tokenSet());
        List<double[]> pairs = new ArrayList<>(); // {similarity, i, j}
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                double s = tokenSimilarity(a.get(i), b.get(j));
                if (s >= PAIR_FLOOR) {
                    pairs.add(new double[] {s, i, j});
                }
            }
        }
        // Most similar first; ties by position so the result never depends on sort stability.
        pairs.sort(Comparator.<double[]>comparingDouble(p -> -p[0]).thenComparingDouble(p -> p[1]).thenComparingDouble(p -> p[2]));
        boolean[] usedA = new boolean[a.size()];
        boolean[] usedB = new boolean[b.size()];
        double weighted = 0;
        double weight = 0;
        double weakest = 1.0;
        int paired = 0;
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (usedA[i] || usedB[j]) {
                continue;
            }
            usedA[i] = true;
            usedB[j] = true;
            double w = (a.get(i).length() + b.get(j).length()) / 2.0;
            weighted += w * p[0];
            weight += w;
            weakest = Math.min(weakest, p[0]);
            paired++;
        }
        if (paired == 0) {
            return 0.0;
        }
        for (int i = 0; i < a.size(); i++) {
            weight += usedA[i] ? 0 : a.get(i).length();
        }
        for (int j = 0; j < b.size(); j++) {
            weight += usedB[j] ? 0 : b.get(j).length();
        }
        return Math.min(weighted / weight, weakest);
    }

    /** Jaro-Winkler of two normalised tokens; short tokens (initials, numbers) only as exact equality. */
    static double tokenSimilarity(String declaredToken, String listedToken) {
        if (declaredToken.length() < MIN_FUZZY_TOKEN || listedToken.length() < MIN_FUZZY_TOKEN) {
            return declaredToken.equals(listedToken) ? 1.0 : 0.0;
        }
        return JARO_WINKLER.apply(declaredToken, listedToken);
    }

    /**
     * Upper bound of Jaro-Winkler for two lengths: Jaro is at most (2 + shorter/longer) / 3 and the
     * Winkler prefix bonus adds at most 0.4 of what is missing to 1. Lets the index skip tokens cheaply.
     */
    static double maxTokenSimilarity(int lengthA, int lengthB) {
        if (lengthA < MIN_FUZZY_TOKEN || lengthB < MIN_FUZZY_TOKEN) {
            return lengthA == lengthB ? 1.0 : 0.0;
        }
        double ratio = (double) Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB);
        return 0.8 + 0.2 * ratio;
    }

    /** One party against one entry, comparing every name of the entry: the reference the index must agree with. */
    public Optional<PartyMatch> match(Party party, DeniedParty entry) {
        IdentifierComparison ids = compareIdentifiers(party.identifier(), entry.identifiers());
        if (ids.equal() != null) {
            return Optional.of(new PartyMatch(entry, ids.equal().toString(), PartyMatch.MatchedOn.IDENTIFIER, 1.0));
        }
        NormalizedName declared = PartyNameNormalizer.normalize(party.name());
        String bestName = null;
        double best = -1;
        for (String name : entry.names()) {
            double score = similarity(declared, PartyNameNormalizer.normalize(name));
            if (score > best) {
                best = score;
                bestName = name;
            }
        }
        return nameMatch(entry, bestName, best, ids.differ());
    }

    /** One party against the whole list through the index; the same answer as {@link #match} for every entry. */
    public List<PartyMatch> findMatches(Party party, DeniedPartyIndex index) {
        List<PartyMatch> matches = new ArrayList<>();
        List<Integer> byIdentifier = party.identifier() == null ? List.of() : index.entriesWithIdentifier(party.identifier());
        for (int e : byIdentifier) {
            DeniedParty entry = index.parties().get(e);
            BusinessIdentifier listed = compareIdentifiers(party.identifier(), entry.identifiers()).equal();
            matches.add(new PartyMatch(entry, listed.toString(), PartyMatch.MatchedOn.IDENTIFIER, 1.0));
        }
        Map<Integer, DeniedPartyIndex.NameHit> byName = index.bestNameHits(PartyNameNormalizer.normalize(party.name()), this);
        for (DeniedPartyIndex.NameHit hit : byName.values()) {
            if (byIdentifier.contains(hit.entry())) {
                continue;
            }
            DeniedParty entry = index.parties().get(hit.entry());
            boolean differ = compareIdentifiers(party.identifier(), entry.identifiers()).differ();
            nameMatch(entry, hit.name(), hit.score(), differ).ifPresent(matches::add);
        }
        matches.sort(Comparator.comparing((PartyMatch m) -> m.entry().entryId()));
        return matches;
    }

    private Optional<PartyMatch> nameMatch(DeniedParty entry, String name, double score, boolean identifiersDiffer) {
        double required = identifiersDiffer ? Math.max(threshold, DIFFERENT_IDENTIFIER_THRESHOLD) : threshold;
        if (name == null || score < required) {
            return Optional.empty();
        }
        PartyMatch.MatchedOn basis = identifiersDiffer ? PartyMatch.MatchedOn.NAME_IDENTIFIER_DIFFERS : PartyMatch.MatchedOn.NAME;
        return Optional.of(new PartyMatch(entry, name, basis, score));
    }

    private record IdentifierComparison(BusinessIdentifier equal, boolean differ) {
    }

    private static IdentifierComparison compareIdentifiers(BusinessIdentifier declared, List<BusinessIdentifier> listed) {
        if (declared == null) {
            return new IdentifierComparison(null, false);
        }
        boolean sameCountry = false;
        for (BusinessIdentifier id : listed) {
            if (id.country().equals(declared.country())) {
                if (identifierKey(id).equals(identifierKey(declared))) {
                    return new IdentifierComparison(id, false);
                }
                sameCountry = true;
            }
        }
        return new IdentifierComparison(null, sameCountry);
    }

    /** Country and value without spaces, hyphens or slashes, upper case: "KZ:190540001230". */
    static String identifierKey(BusinessIdentifier id) {
        return id.country().value() + ":" + id.value().toUpperCase(Locale.ROOT).replaceAll("[\\s/-]", "");
    }
}
