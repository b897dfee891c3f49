package org.borderledger.web;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.borderledger.detail.api.ConsignmentDetail.HoldReview;

/**
 * How a decided hold reads wherever it is shown: as what it was (lifted, seized, exit refused,
 * referred to an agency), by whom, when, for which reason and with the written reasons. The message
 * key {@code holds.decidedAs.<DECISION>} takes who {0}, when {1}, the reason {2}, the text {3} and
 * the agency {4}; only a referral's sentence names the agency.
 */
public record HoldDecisionSentence(String messageKey, List<Object> arguments) {

    /**
     * {@code names} gives the name of a user id, or the id itself when the console does not know them;
     * {@code time} how the reader's pages show an instant.
     */
    public static HoldDecisionSentence of(HoldReview review, UnaryOperator<String> names, ShownTime time) {
        Object who = review.decided() == null || review.decided().by() == null
                ? Sentence.code("consignments.detail.unknownActor", "–") : names.apply(review.decided().by().userId());
        String at = review.decided() == null ? "–" : time.of(review.decided().at());
        return new HoldDecisionSentence("holds.decidedAs." + review.decision(), List.of(who, at,
                Sentence.code("consignments.decisionReason." + review.reason(), String.valueOf(review.reason())),
                Objects.toString(review.text(), ""), Objects.toString(review.referredAgency(), "")));
    }

    /** The arguments as {@code #messages.msgWithParams} takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
