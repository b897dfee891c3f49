package org.borderledger.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.NameMatchThresholds;
import org.borderledger.consignment.api.RememberedDecision;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Screening as the application uses it: the list version in force in the register, today's date
 * from the clock, the configured random-check shares and the name-match thresholds (a name at or
 * above {@code name-match-threshold} holds the goods, one from {@code name-review-threshold} up to it
 * is a possible match: {@link ScreeningProperties}). All decisions are made by {@link Screener}; this
 * class only supplies its inputs.
 */
@Component
@EnableConfigurationProperties(ScreeningProperties.class)
public class ScreeningService {

    private final ScreeningListVersions versions;
    private final Clock clock;
    private final RandomCheckPolicy policy;
    private final Screener screener;

    @Autowired
    public ScreeningService(ScreeningListVersions versions, ObjectProvider<Clock> clock, ScreeningProperties properties) {
        this(versions, clock.getIfAvailable(Clock::systemUTC), properties.randomChecks(),
                new Screener(properties.nameMatchThresholds()));
    }

    public ScreeningService(ScreeningLists lists, Clock clock, RandomCheckPolicy policy) {
        this(lists, clock, policy, new PartyMatcher());
    }

    public ScreeningService(ScreeningLists lists, Clock clock, RandomCheckPolicy policy, PartyMatcher matcher) {
        this(ScreeningListVersions.fixed(Objects.requireNonNull(lists, "lists")), clock, policy, matcher);
    }

    public ScreeningService(ScreeningLists lists, Clock clock, RandomCheckPolicy policy, NameMatchThresholds thresholds) {
        this(ScreeningListVersions.fixed(Objects.requireNonNull(lists, "lists")), clock, policy, new Screener(thresholds));
    }

    public ScreeningService(ScreeningListVersions versions, Clock clock, RandomCheckPolicy policy, PartyMatcher matcher) {
        this(versions, clock, policy, new Screener(matcher));
    }

    private ScreeningService(ScreeningListVersions versions, Clock clock, RandomCheckPolicy policy, Screener screener) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.screener = Objects.requireNonNull(screener, "screener");
    }

    /** Screens against the version in force, on today's date in the clock's time zone. */
    public ScreeningOutcome screen(String consignmentId, Declaration declaration) {
        return screen(consignmentId, declaration, List.of());
    }

    /** As {@link #screen(String, Declaration)}, leaving out the party hits a person already decided. */
    public ScreeningOutcome screen(String consignmentId, Declaration declaration, Collection<RememberedDecision> decided) {
        return screener.screen(consignmentId, declaration, versions.inForce(), LocalDate.now(clock), policy, decided);
    }

    public String versionInForce() {
        return versions.inForce().version();
    }

    /**
     * The version in force, read again from the register first when it is not {@code expected}: a
     * re-screen names a version that may have been published on another instance a moment ago.
     */
    public String versionInForce(String expected) {
        if (!expected.equals(versionInForce())) {
            versions.refresh();
        }
        return versionInForce();
    }
}
