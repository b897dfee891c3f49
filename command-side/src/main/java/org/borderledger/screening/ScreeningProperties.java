package org.borderledger.screening;

import java.time.Duration;
import org.borderledger.consignment.api.NameMatchThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How declarations are screened ({@code borderledger.screening}). The shares and thresholds are checked
 * by {@link RandomCheckPolicy} and {@link NameMatchThresholds} when screening is set up.
 *
 * @param randomYellowShare   share of consignments without any hit sent to YELLOW at random (seeded per consignment)
 * @param randomRedShare      share of consignments without any hit sent to RED at random
 * @param nameMatchThreshold  similarity (0 to 1) from which a party name matches a denied party: a screening hit that
 *                            holds the goods
 * @param nameReviewThreshold similarity from which a party name below the match threshold is a possible match for an
 *                            officer to confirm or dismiss; unset, 0.85, or the match threshold if that is set lower;
 *                            never above the match threshold (equal switches possible matches off)
 * @param reexportWindow      how long after an import of coalition-origin goods an export of the same HS subheading
 *                            to Russia or Belarus by a linked party is a possible re-export
 * @param listCheckIntervalMs how often at most, in milliseconds, an instance looks for a screening-list version
 *                            published on another instance
 */
@ConfigurationProperties("borderledger.screening")
public record ScreeningProperties(@DefaultValue("0.05") double randomYellowShare,
                                  @DefaultValue("0.01") double randomRedShare,
                                  @DefaultValue("0.92") double nameMatchThreshold,
                                  Double nameReviewThreshold,
                                  @DefaultValue("1000") long listCheckIntervalMs,
                                  @DefaultValue("180d") Duration reexportWindow) {

    public ScreeningProperties {
        if (reexportWindow.isNegative() || reexportWindow.isZero()) {
            throw new IllegalArgumentException("borderledger.screening.reexport-window must be positive, not " + reexportWindow);
        }
    }

    RandomCheckPolicy randomChecks() {
        return new RandomCheckPolicy(randomYellowShare, randomRedShare);
    }

    NameMatchThresholds nameMatchThresholds() {
        return new NameMatchThresholds(nameMatchThreshold, nameReviewThreshold != null ? nameReviewThreshold
                : Math.min(PartyMatcher.DEFAULT_REVIEW_THRESHOLD, nameMatchThreshold));
    }
}
