package org.borderledger.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.borderledger.consignment.api.Channel;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Direction;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.GoodsLine;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.consignment.api.ScreeningHit.GoodsHit;
import org.borderledger.consignment.api.ScreeningHit.PartyHit;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;

/**
 * Screening as a pure function: the same declaration, list version, date, policy and consignment id
 * always give the same outcome (no clock, no shared state, the random check seeded by the id), so a
 * replay of the event history reproduces every decision.
 */
public final class Screener {

    private final PartyMatcher matcher;

    public Screener() {
        this(new PartyMatcher());
    }

    public Screener(PartyMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    public ScreeningOutcome screen(String consignmentId, Declaration declaration, ScreeningLists lists,
                                   LocalDate onDate, RandomCheckPolicy policy) {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(onDate, "onDate");
        Objects.requireNonNull(policy, "policy");
        Channel random = policy.draw(consignmentId); // drawn always, so a bad id fails whatever the hits
        List<ScreeningHit> hits = new ArrayList<>(goodsHits(declaration, lists, onDate));
        hits.addAll(partyHits(declaration, lists));
        if (hits.isEmpty()) {
            return new ScreeningOutcome(lists.version(), hits, random, random != Channel.GREEN);
        }
        Channel channel = Channel.GREEN;
        for (ScreeningHit hit : hits) {
            channel = channel.atLeast(hit.channel());
        }
        return new ScreeningOutcome(lists.version(), hits, channel, false);
    }

    /**
     * A line hits a measure in force whose HS prefix covers its code when the declared destination is
     * one of the measure's destinations, or else when a route country is one of its destinations or
     * route countries on an export or transit (transshipment; the first such route country is reported).
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
                if (!measure.covers(line.hsCode())) {
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
                            measure.hsPrefix(), measure.measure(), measure.legalBasis(), country.value(), viaRoute, measure.label()));
                }
            }
        }
        return hits;
    }

    /**
     * Every party of the declaration, in role order, against the denied-party index; one hit per
     * entry matched in the MATCH band. POSSIBLE matches are not hits: they change no channel.
     */
    public List<PartyHit> partyHits(Declaration declaration, ScreeningLists lists) {
        List<PartyHit> hits = new ArrayList<>();
        for (Declaration.RoledParty roled : declaration.parties().stream()
                .sorted(Comparator.comparing(Declaration.RoledParty::role)).toList()) {
            for (PartyMatch match : matcher.findMatches(roled.party(), lists.partyIndex())) {
                if (match.band() != PartyMatch.Band.MATCH) {
                    continue;
                }
                DeniedParty entry = match.entry();
                hits.add(new PartyHit(roled.role(), roled.party().name(), entry.listName(), entry.entryId(), entry.name(),
                        match.matchedName(), entry.programme(), match.matchedOn().name(), match.score()));
            }
        }
        return hits;
    }
}
