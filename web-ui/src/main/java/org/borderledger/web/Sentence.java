package org.borderledger.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.borderledger.consignment.api.OriginCondition;
import org.borderledger.consignment.api.ScreeningHit;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.ConsignmentDetail.Hold;
import org.borderledger.detail.api.ConsignmentDetail.PossibleMatch;
import org.borderledger.detail.api.ConsignmentDetail.Screening;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A sentence in the reader's language: a message key with its arguments (codes among them are
 * message keys in turn), and the sentences that follow it ({@code then}), said in a row.
 *
 * <p>How a hold's text reads ({@link #holdText}): The sentence a hold placed by screening or by a
 * confirmed possible match stores is English and stays as stored; pages say it again from the facts
 * behind it: the hits of the screening that placed it (list, entry, party or goods line, measure), or
 * the match an officer confirmed. A hold a person placed reads as they wrote it, and so does one whose
 * facts cannot be found; the hits follow the sentence.
 */
public record Sentence(String messageKey, List<Object> arguments, List<Sentence> then) {

    /** A fact an older event lacks (a hit without a programme, say) reads as nothing rather than "null". */
    public Sentence {
        arguments = arguments.stream().map(argument -> Objects.requireNonNullElse(argument, "")).toList();
    }

    public static Sentence of(String messageKey, Object... arguments) {
        return new Sentence(messageKey, Arrays.asList(arguments), List.of());
    }

    /** {@code names} gives the name of a user id. */
    public static Sentence holdText(Hold hold, ConsignmentDetail detail, UnaryOperator<String> names) {
        if (hold.automatic()) {
            Optional<Screening> placing = placingScreening(hold, detail);
            if (placing.isPresent()) {
                return new Sentence("holds.text.automatic", Arrays.asList(placing.get().listVersion()), placing.get().hits()
                        .stream().filter(ScreeningHit::requiresHold).map(Sentence::hit).toList());
            }
        }
        Optional<PossibleMatch> confirmed = detail.possibleMatches().stream().filter(match -> match.resolution() != null
                && match.resolution().confirmed() && hold.holdId().equals(match.resolution().holdId())).findFirst();
        if (confirmed.isPresent()) {
            String by = confirmed.get().resolution().recorded().by() == null ? "–"
                    : names.apply(confirmed.get().resolution().recorded().by().userId());
            return new Sentence("holds.text.confirmedMatch", Arrays.asList(by), List.of(hit(confirmed.get().hit())));
        }
        return Sentence.of("holds.text.typed", hold.text());
    }

    /** One hit in words: who was declared as what and which entry it matched, or which goods line a measure covers. */
    public static Sentence hit(ScreeningHit hit) {
        if (hit instanceof ScreeningHit.PartyHit party) {
            return new Sentence(party.requiresHold() ? "holds.text.partyHit" : "holds.text.possibleHit", Arrays.asList(
                    code("consignments.partyRole." + party.role(), party.role().name()), party.declaredName(),
                    party.listedName(), party.listName(), party.entryId(), party.programme(),
                    code("consignments.matchedOn." + party.matchedOn(), party.matchedOn()), party.score()), List.of());
        }
        ScreeningHit.GoodsHit goods = (ScreeningHit.GoodsHit) hit;
        return new Sentence(goods.viaRoute() ? "holds.text.goodsHit.route" : "holds.text.goodsHit", Arrays.asList(
                goods.lineNumber(), goods.hsCode(), goods.listName(), goods.entryId(),
                code("consignments.measure." + goods.measure(), goods.measure().name()), goods.country(),
                goods.legalBasis()), originNote(goods));
    }

    /**
     * The origin condition a goods hit's measure set and the goods line met: the line's origin and the
     * only origins the measure applies to, or those it excludes; {@code null} for a measure of any origin.
     */
    public static Sentence originCondition(ScreeningHit.GoodsHit goods) {
        OriginCondition condition = goods.originCondition();
        if (condition == null) {
            return null;
        }
        return condition.only() ? of("screening.origin.only", condition.origin(), String.join(", ", condition.origins()))
                : of("screening.origin.excluded", condition.origin(), String.join(", ", condition.excludedOrigins()));
    }

    /** The origin condition in brackets after a goods hit said in words, none for a measure of any origin. */
    public static List<Sentence> originNote(ScreeningHit.GoodsHit goods) {
        Sentence condition = originCondition(goods);
        return condition == null ? List.of() : List.of(of("screening.origin.note",
                new DefaultMessageSourceResolvable(new String[] {condition.messageKey()}, condition.argumentArray())));
    }

    /** The arguments as {@code #messages.msgWithParams} takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }

    /** Screening places its hold in the same command, after recording itself: the last screening up to the hold. */
    private static Optional<Screening> placingScreening(Hold hold, ConsignmentDetail detail) {
        return detail.screenings().stream()
                .filter(screening -> hold.placed() != null && !screening.recorded().at().isAfter(hold.placed().at()))
                .filter(screening -> screening.hits().stream().anyMatch(ScreeningHit::requiresHold))
                .max(Comparator.comparing(screening -> screening.recorded().at()));
    }

    /** A code as an argument the message source says in turn: by its key, or as itself when the key is missing. */
    public static MessageSourceResolvable code(String key, String fallback) {
        return new DefaultMessageSourceResolvable(new String[] {key}, Objects.requireNonNullElse(fallback, ""));
    }
}
