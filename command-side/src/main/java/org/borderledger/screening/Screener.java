package org.borderledger.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.MatchedWord;
import org.borderledger.consignment.api.NameMatchThresholds;
import org.borderledger.consignment.api.OriginCondition;
import org.borderledger.consignment.api.RememberedDecision;
import org.borderledger.consignment.api.ScreeningHit.GoodsHit;
import org.borderledger.consignment.api.ScreeningHit.PartyHit;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.SuppressedHit;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;

/**
 * Screening as a pure function: the same declaration, list version, date, policy and consignment id
 * always give the same outcome (no clock, no shared state, the random check seeded by the id), so a
 * replay of the event history reproduces every decision.
 *
 * <p>Party matches are looked for down to the review threshold and banded: a match on an identifier
 * or at or above the hold threshold is a MATCH, anything lower a POSSIBLE match. A party hit that a
 * remembered decision covers (same party, same entry, same entry content) is set aside as suppressed.
 */
public final class Screener {

    private final PartyMatcher matcher;

    public Screener() {
        this(new PartyMatcher());
    }

    public Screener(PartyMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    public Screener(NameMatchThresholds thresholds) {
        this(new PartyMatcher(thresholds.hold(), thresholds.review()));
    }

    public ScreeningOutcome screen(String consignmentId, Declaration declaration, ScreeningLists lists,
                                   LocalDate onDate, RandomCheckPolicy policy) {
        return screen(consignmentId, declaration, lists, onDate, policy, List.of());
    }

    public ScreeningOutcome screen(String consignmentId, Declaration declaration, ScreeningLists lists,
                                   LocalDate onDate, RandomCheckPolicy policy, Collection<RememberedDecision> decided) {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(onDate, "onDate");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(decided, "decided");
        Channel random = policy.draw(consignmentId); // drawn always, so a bad id fails whatever the hits
        List<ScreeningHit> hits = new ArrayList<>(goodsHits(declaration, lists, onDate));
        List<SuppressedHit> suppressed = new ArrayList<>();
        for (PartyHit hit : partyHits(declaration, lists)) {
            Optional<RememberedDecision> decision = decided.stream().filter(d -> d.suppresses(hit)).findFirst();
            decision.ifPresentOrElse(d -> suppressed.add(new SuppressedHit(hit, d)), () -> hits.add(hit));
        }
        if (hits.isEmpty()) {
            return new ScreeningOutcome(lists.version(), hits, random, random != Channel.GREEN, matcher.thresholds(), suppressed);
        }
        Channel channel = Channel.GREEN;
        for (ScreeningHit hit : hits) {
            channel = channel.atLeast(hit.channel());
        }
        return new ScreeningOutcome(lists.version(), hits, channel, false, matcher.thresholds(), suppressed);
    }

    /**
     * A line hits a measure in force whose HS prefix covers its code when the declared destination is
     * one of the measure's destinations, or else when a route country is one of its destinations or
     * route countries on an export or transit (transshipment; the first such route country is reported),
     * and the line's country of origin meets the measure's origin condition (recorded on the hit).
     */
    public List<GoodsHit> goodsHits(Declaration declaration, ScreeningLists lists, LocalDate onDate) {
        List<GoodsLine> lines = declaration.goods().stream().sorted(Comparator.comparingInt(GoodsLine::lineNumber)).toList();
        List<GoodsMeasure> measures = lists.goodsMeasures().stream()
                .filter(m -> m.inForceOn(onDate))
                .sorted(Comparator.comparing(GoodsMeasure::measureId))
                .toList();
        List<GoodsHit> hits = new ArrayList<>();
        for (GoodsLine line : lines) {
            for (GoodsMeasure measure : measures) {
                if (!measure.covers(line.hsCode()) || !measure.appliesToOrigin(line.countryOfOrigin())) {
                    continue;
                }
                CountryCode country = null;
                boolean viaRoute = false;
                if (measure.destinations().contains(declaration.countryOfDestination())) {
                    country = declaration.countryOfDestination();
                } else if (declaration.direction() != Direction.IMPORT) {
                    // On an import the route lies behind the goods: transshipment is a risk only ahead of them.
                    for (CountryCode route : declaration.routeCountries()) {
                        if (measure.destinations().contains(route) || measure.routeCountries().contains(route)) {
                            country = route;
                            viaRoute = true;
                            break;
                        }
                    }
                }
                if (country != null) {
                    hits.add(new GoodsHit(line.lineNumber(), line.hsCode().value(), measure.listName(), measure.measureId(),
                            measure.hsPrefix(), measure.measure(), measure.legalBasis(), country.value(), viaRoute, measure.label(),
                            originCondition(measure, line)));
                }
            }
        }
        return hits;
    }

    private static OriginCondition originCondition(GoodsMeasure measure, GoodsLine line) {
        return measure.hasOriginCondition() ? new OriginCondition(line.countryOfOrigin().value(),
                codes(measure.origins()), codes(measure.excludedOrigins())) : null;
    }

    private static List<String> codes(Collection<CountryCode> countries) {
        return countries.stream().map(CountryCode::value).toList();
    }

    /**
     * Every party of the declaration, in role order, against the denied-party index; one hit per
     * entry matched, in the band the matcher gave it.
     */
    public List<PartyHit> partyHits(Declaration declaration, ScreeningLists lists) {
        List<PartyHit> hits = new ArrayList<>();
        for (Declaration.RoledParty roled : declaration.parties().stream()
                .sorted(Comparator.comparing(Declaration.RoledParty::role)).toList()) {
            String declaredParty = RememberedDecision.declaredParty(roled.party());
            for (PartyMatch match : matcher.findMatches(roled.party(), lists.partyIndex())) {
                DeniedParty entry = match.entry();
                hits.add(new PartyHit(roled.role(), roled.party().name(), entry.listName(), entry.entryId(), entry.name(),
                        match.matchedName(), entry.programme(), match.matchedOn().name(), match.score(), match.band(),
                        DeniedPartyContentHash.of(entry), declaredParty, words(match)));
            }
        }
        return hits;
    }

    /** The matcher's word-by-word account, as the event records it. */
    private static List<MatchedWord> words(PartyMatch match) {
        return match.tokens().stream().map(token -> new MatchedWord(token.declared(), token.listed(), token.how().name())).toList();
    }
}
