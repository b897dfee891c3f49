package org.borderledger.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.borderledger.consignment.api.BusinessIdentifier;
import org.borderledger.consignment.api.MatchBand;
import org.borderledger.consignment.api.NameMatchThresholds;
import org.borderledger.consignment.api.Party;
import org.borderledger.screening.api.DeniedParty;

/**
 * Decides whether a declared party is a denied party.
 *
 * <p><b>Names.</b> Both names are normalised ({@link PartyNameNormalizer}) and compared as token
 * sets, so word order does not matter. Tokens are paired greedily, most similar first, by the best
 * of Jaro-Winkler, Jaro-Winkler of their romanisation keys and, across scripts, the same English
 * sound ({@link SpellingKeys}) (tokens under 3 characters only pair when identical or as an initial; pairs under
 * {@value #PAIR_FLOOR} stay unpaired). The score is the average of the pair similarities weighted by
 * token length, where every unpaired token on either side counts as similarity 0 with its full
 * length, <em>capped by the weakest pair</em>: a long shared word ("Logistics") must not carry a
 * different distinctive word ("Kazakh" / "Kazan" is 0.89 on its own). Identical token sets, or the
 * same letters run together ("Ak Bulak" / "Akbulak"), score 1. Names with fewer than
 * {@value #MIN_FUZZY_LENGTH} letters only match when identical or the same in another romanisation:
 * fuzzy scores on short names are noise ("Ural" / "Urals").
 *
 * <p><b>Identifiers override names.</b> When the declared party and the entry carry an identifier
 * of the same country: equal identifiers match with score 1 whatever the names; different ones mean
 * different registered entities, so the name must reach {@value #DIFFERENT_IDENTIFIER_THRESHOLD}
 * (practically identical) to still match, because a listed entity may re-register or declare a
 * branch's number; such a match is recorded as {@link PartyMatch.MatchedOn#NAME_IDENTIFIER_DIFFERS}.
 *
 * <p><b>Bands.</b> Scores from the review threshold are reported: a MATCH from the hold threshold
 * (or on an equal identifier), a POSSIBLE below it, each with its word-by-word account.
 *
 * <p>Thread-safe and immutable.
 */
public final class PartyMatcher {

    public static final double DEFAULT_THRESHOLD = 0.92;
    public static final double DEFAULT_REVIEW_THRESHOLD = 0.85;
    public static final double DIFFERENT_IDENTIFIER_THRESHOLD = 0.98;
    static final double PAIR_FLOOR = 0.75;
    static final int MIN_FUZZY_LENGTH = 6;
    static final int MIN_FUZZY_TOKEN = 3;
    /** Another romanisation is nearly, not quite, the same spelling: an exact spelling ranks above it. */
    static final double ROMANISATION_PENALTY = 0.03;
    /** Same English sound across scripts: holds with an exact distinctive word, not with another fuzzy one. */
    static final double LOANWORD_SCORE = 0.95;
    /**
     * A sound code drops vowels, so it also joins different words ("Alatau", "Altai"): English words
     * are the generic part of a company name, so a name paired through sound reaches MATCH only with
     * at least one word the same in some spelling (an anchor, from {@value #ANCHOR}); else it stays in review.
     */
    static final double ANCHOR = 1.0 - ROMANISATION_PENALTY;
    static final double UNANCHORED_SOUND_SCORE = 0.90;
    /** An initial stands for a word but says little: a name paired through one stays in review. */
    static final double INITIAL_SCORE = 0.90;

    static final int EDIT_ALLOWANCE = 6;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final double threshold;
    private final double reviewThreshold;

    public PartyMatcher() {
        this(DEFAULT_THRESHOLD, DEFAULT_REVIEW_THRESHOLD);
    }

    /** A hold threshold only: the review band starts at the same score, so nothing is POSSIBLE. */
    public PartyMatcher(double threshold) {
        this(threshold, threshold);
    }

    public PartyMatcher(double threshold, double reviewThreshold) {
        if (!(threshold > 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("Name-match threshold must be above 0 and at most 1: " + threshold);
        }
        if (!(reviewThreshold > 0.0 && reviewThreshold <= threshold)) {
            throw new IllegalArgumentException("Name-review threshold must be above 0 and at most the name-match threshold "
                    + threshold + ": " + reviewThreshold);
        }
        this.threshold = threshold;
        this.reviewThreshold = reviewThreshold;
    }

    /** The hold threshold: a name scoring this or more is a MATCH. */
    public double threshold() {
        return threshold;
    }

    /** Both thresholds, as a screening records them. */
    public NameMatchThresholds thresholds() {
        return new NameMatchThresholds(threshold, reviewThreshold);
    }

    /** The review threshold: a name scoring this or more, below {@link #threshold()}, is a POSSIBLE match. */
    public double reviewThreshold() {
        return reviewThreshold;
    }

    public double similarity(String declaredName, String listedName) {
        return similarity(PartyNameNormalizer.normalize(declaredName), PartyNameNormalizer.normalize(listedName));
    }

    public boolean namesMatch(String declaredName, String listedName) {
        return similarity(declaredName, listedName) >= threshold;
    }

    /** Score from 0 to 1; see the class comment. The first argument is the declared name, the second the listed one. */
    public double similarity(NormalizedName declared, NormalizedName listed) {
        return compare(declared, listed, false).score();
    }

    /** The score with its word-by-word account. */
    public NameComparison compare(NormalizedName declared, NormalizedName listed) {
        return compare(declared, listed, true);
    }

    /** A score and, when asked for, the account of it. */
    public record NameComparison(double score, List<MatchedToken> tokens) {
        static final NameComparison NONE = new NameComparison(0.0, List.of());
    }

    private record TokenLikeness(double score, MatchedToken.How how) {
        static final TokenLikeness NONE = new TokenLikeness(0.0, MatchedToken.How.NO_COUNTERPART);
    }

    private record Pair(double score, int declared, int listed, MatchedToken.How how) {
    }

    private NameComparison compare(NormalizedName declared, NormalizedName listed, boolean explain) {
        if (declared.isEmpty() || listed.isEmpty()) {
            return NameComparison.NONE;
        }
        boolean sameTokens = declared.tokenSet().equals(listed.tokenSet());
        if (!sameTokens && declared.joined().equals(listed.joined())) {
            List<MatchedToken> account = explain ? new ArrayList<>(List.of(new MatchedToken(written(declared.spellings()),
                    written(listed.spellings()), MatchedToken.How.JOINED))) : List.of();
            return new NameComparison(1.0, withLegalForms(account, declared, listed, explain));
        }
        boolean shortName = !sameTokens && Math.min(declared.length(), listed.length()) < MIN_FUZZY_LENGTH;
        List<NameToken> a = declared.spellings();
        List<NameToken> b = listed.spellings();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                TokenLikeness likeness = likeness(a.get(i), b.get(j), PAIR_FLOOR);
                if (likeness.score() >= PAIR_FLOOR) {
                    pairs.add(new Pair(likeness.score(), i, j, likeness.how()));
                }
            }
        }
        // Most similar first; ties by position so the result never depends on sort stability.
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::declared).thenComparingInt(Pair::listed));
        boolean[] usedA = new boolean[a.size()];
        boolean[] usedB = new boolean[b.size()];
        List<MatchedToken> account = explain ? new ArrayList<>() : List.of();
        double weighted = 0;
        double weight = 0;
        double weakest = 1.0;
        boolean anchored = false;
        boolean bySound = false;
        for (Pair p : pairs) {
            if (usedA[p.declared()] || usedB[p.listed()]) {
                continue;
            }
            usedA[p.declared()] = true;
            usedB[p.listed()] = true;
            anchored |= p.score() >= ANCHOR;
            bySound |= p.how() == MatchedToken.How.LOANWORD;
            double w = (a.get(p.declared()).text().length() + b.get(p.listed()).text().length()) / 2.0;
            weighted += w * p.score();
            weight += w;
            weakest = Math.min(weakest, p.score());
            if (explain) {
                account.add(new MatchedToken(a.get(p.declared()).written(), b.get(p.listed()).written(), p.how()));
            }
        }
        if (weight == 0) {
            return NameComparison.NONE;
        }
        weight += unpaired(a, usedA, true, account, explain) + unpaired(b, usedB, false, account, explain);
        double score = Math.min(weighted / weight, weakest);
        if (bySound && !anchored) {
            score = Math.min(score, UNANCHORED_SOUND_SCORE);
        }
        if (shortName && score < ANCHOR) {
            return NameComparison.NONE; // fuzzy scores on short names are noise; another romanisation is not
        }
        return new NameComparison(score, withLegalForms(account, declared, listed, explain));
    }

    /** Total length of the tokens left unpaired (each counts as similarity 0), noted in the account. */
    private static int unpaired(List<NameToken> tokens, boolean[] used, boolean declared, List<MatchedToken> account, boolean explain) {
        int length = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                length += tokens.get(i).text().length();
                if (explain) {
                    String word = tokens.get(i).written();
                    account.add(new MatchedToken(declared ? word : "", declared ? "" : word, MatchedToken.How.NO_COUNTERPART));
                }
            }
        }
        return length;
    }

    private static List<MatchedToken> withLegalForms(List<MatchedToken> account, NormalizedName declared, NormalizedName listed,
                                                     boolean explain) {
        if (!explain) {
            return account;
        }
        List<String> ours = declared.legalForms();
        List<String> theirs = listed.legalForms();
        for (int i = 0; i < Math.max(ours.size(), theirs.size()); i++) {
            account.add(new MatchedToken(i < ours.size() ? ours.get(i) : "", i < theirs.size() ? theirs.get(i) : "",
                    MatchedToken.How.LEGAL_FORM));
        }
        return account;
    }

    private static String written(List<NameToken> tokens) {
        return tokens.stream().map(NameToken::written).distinct().collect(Collectors.joining(" "));
    }

    /** How alike two normalised tokens of the same script are; see {@link #tokenSimilarity(NameToken, NameToken)}. */
    static double tokenSimilarity(String declaredToken, String listedToken) {
        return tokenSimilarity(NameToken.of(declaredToken, declaredToken, false), NameToken.of(listedToken, listedToken, false));
    }

    static double tokenSimilarity(NameToken declared, NameToken listed) {
        return likeness(declared, listed, PAIR_FLOOR).score();
    }

    /** The same, exact from {@code floor} up; below it, some score under {@code floor} (the index asks for a threshold only). */
    static double tokenSimilarity(NameToken declared, NameToken listed, double floor) {
        return likeness(declared, listed, floor).score();
    }

    /**
     * How alike two tokens are, and why: the best of their own spelling (Jaro-Winkler), their
     * romanisation keys (less {@value #ROMANISATION_PENALTY}), and the same English sound
     * ({@value #LOANWORD_SCORE} across scripts, {@value #UNANCHORED_SOUND_SCORE} in one: "Treid", "Trade"). Tokens under {@value #MIN_FUZZY_TOKEN} letters only
     * pair when identical, or as the initial of the other word.
     */
    private static TokenLikeness likeness(NameToken a, NameToken b, double floor) {
        String x = a.text();
        String y = b.text();
        if (x.equals(y)) {
            return new TokenLikeness(1.0, a.cyrillic() == b.cyrillic() ? MatchedToken.How.SAME : MatchedToken.How.TRANSLITERATION);
        }
        if (x.length() < MIN_FUZZY_TOKEN || y.length() < MIN_FUZZY_TOKEN) {
            boolean initial = (x.length() == 1 && y.length() > 1 && y.charAt(0) == x.charAt(0) && Character.isLetter(x.charAt(0)))
                    || (y.length() == 1 && x.length() > 1 && x.charAt(0) == y.charAt(0) && Character.isLetter(y.charAt(0)));
            return initial ? new TokenLikeness(INITIAL_SCORE, MatchedToken.How.INITIAL) : TokenLikeness.NONE;
        }
        double best = spelling(x, y, floor);
        MatchedToken.How how = MatchedToken.How.SPELLING;
        double romanised = 0;
        // Keys that are the words themselves, or too different in length to beat the spelling, are not compared.
        if (best < 1.0 - ROMANISATION_PENALTY && !(a.romanisationKeys().equals(List.of(x)) && b.romanisationKeys().equals(List.of(y)))) {
            for (String p : a.romanisationKeys()) {
                for (String q : b.romanisationKeys()) {
                    double bound = 0.8 + 0.2 * Math.min(p.length(), q.length()) / Math.max(p.length(), q.length());
                    if (bound - ROMANISATION_PENALTY > Math.max(best, romanised)) {
                        romanised = Math.max(romanised, spelling(p, q, floor + ROMANISATION_PENALTY) - ROMANISATION_PENALTY);
                    }
                }
            }
        }
        if (romanised > best) {
            best = romanised;
            how = a.kazakhLatin() || b.kazakhLatin() ? MatchedToken.How.KAZAKH_LATIN : MatchedToken.How.ROMANISATION;
        }
        if (best < LOANWORD_SCORE && soundAlike(a, b)) {
            // In one script the same sound is as often two different words ("Vasilki", "Vasilyok"): review only.
            double bySound = a.cyrillic() != b.cyrillic() ? LOANWORD_SCORE : UNANCHORED_SOUND_SCORE;
            if (bySound > best) {
                best = bySound;
                how = MatchedToken.How.LOANWORD;
            }
        }
        return new TokenLikeness(best, how);
    }

    /**
     * Jaro-Winkler, but never above 1 - edits / (longer length + {@value #EDIT_ALLOWANCE}): Jaro-Winkler
     * forgives a changed letter in a short word ("Ural"/"Urals", "Volga"/"Olga" 0.93 or more) or a
     * long added ending ("Nord"/"Nordic") as much as in a long one; one edit in 7 letters still reaches
     * 0.92, one in 5 does not.
     */
    static double spelling(String x, String y) {
        return spelling(x, y, PAIR_FLOOR);
    }

    /** Exact from {@code floor} up; below it only some score under {@code floor}, found with less work. */
    private static double spelling(String x, String y, double floor) {
        if (x.equals(y)) {
            return 1.0;
        }
        int longer = Math.max(x.length(), y.length());
        // Jaro-Winkler is at most 0.8 + 0.2 * shorter / longer: skip the work for pairs that cannot reach the floor.
        if (0.8 + 0.2 * Math.min(x.length(), y.length()) / longer < floor) {
            return 0.0;
        }
        double jaroWinkler = JARO_WINKLER.apply(x, y);
        if (jaroWinkler < floor) {
            return jaroWinkler;
        }
        int allowed = (int) ((1.0 - floor) * (longer + EDIT_ALLOWANCE));
        int edits = new LevenshteinDistance(allowed).apply(x, y); // -1 beyond the allowed edits
        return edits < 0 ? 0.0 : Math.min(jaroWinkler, 1.0 - (double) edits / (longer + EDIT_ALLOWANCE));
    }

    /** The same Double Metaphone code, primary or alternate, or the same but for a plural S ("logistik", "logistics"). */
    private static boolean soundAlike(NameToken a, NameToken b) {
        return soundAlike(a.sound(), b.sound()) || soundAlike(a.sound(), b.alternateSound())
                || soundAlike(a.alternateSound(), b.sound()) || soundAlike(a.alternateSound(), b.alternateSound());
    }

    private static boolean soundAlike(String p, String q) {
        if (p.length() < 2 || q.length() < 2 || Math.abs(p.length() - q.length()) > 1) {
            return false;
        }
        return p.equals(q) || (p.length() > q.length() ? p.startsWith(q) && p.endsWith("S") : q.startsWith(p) && q.endsWith("S"));
    }


    /** One party against one entry, comparing every name of the entry: the reference the index must agree with. */
    public Optional<PartyMatch> match(Party party, DeniedParty entry) {
        IdentifierComparison ids = compareIdentifiers(party.identifier(), entry.identifiers());
        if (ids.equal() != null) {
            return Optional.of(identifierMatch(party, entry, ids.equal()));
        }
        NormalizedName declared = PartyNameNormalizer.normalize(party.name());
        String bestName = null;
        NormalizedName bestNormalized = null;
        double best = -1;
        for (String name : entry.names()) {
            NormalizedName listed = PartyNameNormalizer.normalize(name);
            double score = similarity(declared, listed);
            if (score > best) {
                best = score;
                bestName = name;
                bestNormalized = listed;
            }
        }
        return nameMatch(entry, declared, bestName, bestNormalized, best, ids.differ());
    }

    /** One party against the whole list through the index; the same answer as {@link #match} for every entry. */
    public List<PartyMatch> findMatches(Party party, DeniedPartyIndex index) {
        List<PartyMatch> matches = new ArrayList<>();
        List<Integer> byIdentifier = party.identifier() == null ? List.of() : index.entriesWithIdentifier(party.identifier());
        for (int e : byIdentifier) {
            DeniedParty entry = index.parties().get(e);
            matches.add(identifierMatch(party, entry, compareIdentifiers(party.identifier(), entry.identifiers()).equal()));
        }
        NormalizedName declared = PartyNameNormalizer.normalize(party.name());
        Map<Integer, DeniedPartyIndex.NameHit> byName = index.bestNameHits(declared, this);
        for (DeniedPartyIndex.NameHit hit : byName.values()) {
            if (byIdentifier.contains(hit.entry())) {
                continue;
            }
            DeniedParty entry = index.parties().get(hit.entry());
            boolean differ = compareIdentifiers(party.identifier(), entry.identifiers()).differ();
            nameMatch(entry, declared, hit.name(), hit.normalized(), hit.score(), differ).ifPresent(matches::add);
        }
        matches.sort(Comparator.comparing((PartyMatch m) -> m.entry().entryId()));
        return matches;
    }

    private static PartyMatch identifierMatch(Party party, DeniedParty entry, BusinessIdentifier listed) {
        MatchedToken same = new MatchedToken(party.identifier().toString(), listed.toString(), MatchedToken.How.IDENTIFIER);
        return new PartyMatch(entry, listed.toString(), PartyMatch.MatchedOn.IDENTIFIER, 1.0, MatchBand.MATCH, List.of(same));
    }

    /**
     * A name at or above the review threshold is reported; it is a MATCH from the hold threshold, or
     * from {@value #DIFFERENT_IDENTIFIER_THRESHOLD} when the same-country identifiers differ.
     */
    private Optional<PartyMatch> nameMatch(DeniedParty entry, NormalizedName declared, String name, NormalizedName listed,
                                           double score, boolean identifiersDiffer) {
        if (name == null || score < reviewThreshold) {
            return Optional.empty();
        }
        double hold = identifiersDiffer ? Math.max(threshold, DIFFERENT_IDENTIFIER_THRESHOLD) : threshold;
        MatchBand band = score >= hold ? MatchBand.MATCH : MatchBand.POSSIBLE;
        PartyMatch.MatchedOn basis = identifiersDiffer ? PartyMatch.MatchedOn.NAME_IDENTIFIER_DIFFERS : PartyMatch.MatchedOn.NAME;
        return Optional.of(new PartyMatch(entry, name, basis, score, band, compare(declared, listed).tokens()));
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
                if (id.key().equals(declared.key())) {
                    return new IdentifierComparison(id, false);
                }
                sameCountry = true;
            }
        }
        return new IdentifierComparison(null, sameCountry);
    }
}
