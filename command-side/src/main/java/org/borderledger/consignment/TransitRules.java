package org.borderledger.consignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderledger.consignment.api.BorderPosts;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.Declaration;
import org.borderledger.consignment.api.LatinLookalikes;
import org.borderledger.consignment.api.RecordTransitArrivalCommand;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.SealCheck;
import org.borderledger.consignment.api.SealCondition;
import org.borderledger.consignment.api.TransitDetails;
import org.borderledger.consignment.api.TransitFinding;

/**
 * The rules of a transit movement that need more than one value: whether a declared route can be
 * followed, and what an arrival found against what was declared at departure.
 * <p>
 * Where goods go is read from the post they are presented at ({@link BorderPosts.BorderPost#country()}).
 * An exit post must lead to the destination or to a declared country of route. An arrival is a
 * diversion when its post leads to a country that is neither the destination nor the country of the
 * declared exit post. A sea port leads to no one country: an exit post there is not refused, but goods
 * declared for another exit and presented there are a diversion, since its ships sail to every shore
 * of the Caspian, Russia's among them.
 */
final class TransitRules {

    private TransitRules() {
    }

    /** Refuses a transit declaration whose route or time limit cannot be followed, as of {@code now}. */
    static void requireFollowable(Declaration declaration, Instant now) {
        TransitDetails transit = declaration.transit();
        if (transit == null) {
            return;
        }
        if (transit.exitPost().equals(declaration.borderPost())) {
            throw new ConsignmentRejectedException(RejectionCode.TRANSIT_ROUTE, "exitIsDeparture",
                    "The exit post " + transit.exitPost() + " is the office of departure; a transit movement leaves"
                            + " through another post.", Map.of("exitPost", transit.exitPost()));
        }
        CountryCode exitCountry = countryOf(transit.exitPost());
        if (exitCountry != null && !exitCountry.equals(declaration.countryOfDestination())
                && !declaration.routeCountries().contains(exitCountry)) {
            throw new ConsignmentRejectedException(RejectionCode.TRANSIT_ROUTE, "exitCountry",
                    "The exit post " + transit.exitPost() + " leads to " + exitCountry + ", which is neither the"
                            + " destination (" + declaration.countryOfDestination() + ") nor a declared country of route.",
                    Map.of("exitPost", transit.exitPost(), "exitCountry", exitCountry.value(),
                            "destination", declaration.countryOfDestination().value()));
        }
        if (!transit.timeLimit().isAfter(now)) {
            throw new ConsignmentRejectedException(RejectionCode.TRANSIT_TIME_LIMIT, "notFuture",
                    "The time limit " + transit.timeLimit() + " has passed; give the instant by which the goods"
                            + " will be at the exit post.", Map.of("timeLimit", transit.timeLimit().toString()));
        }
        if (transit.timeLimit().isAfter(now.plus(TransitDetails.LONGEST_TIME_LIMIT))) {
            String days = Long.toString(TransitDetails.LONGEST_TIME_LIMIT.toDays());
            throw new ConsignmentRejectedException(RejectionCode.TRANSIT_TIME_LIMIT, "tooFar",
                    "The time limit " + transit.timeLimit() + " is more than " + days + " days ahead; a transit"
                            + " across Kazakhstan is given at most that.",
                    Map.of("timeLimit", transit.timeLimit().toString(), "days", days));
        }
    }

    /** The country goods presented at {@code post} leave for; {@code null} for a sea port. */
    static CountryCode countryOf(String post) {
        return BorderPosts.named(post).map(BorderPosts.BorderPost::country).orElse(null);
    }

    /**
     * Every declared seal checked exactly once, no undeclared one among the checks and no declared one among
     * the other seals; refused otherwise.
     */
    static void requireEverySealChecked(TransitDetails transit, List<SealCheck> checks, List<String> otherSeals) {
        List<String> checked = checks.stream().map(SealCheck::sealNumber).toList();
        if (checked.size() != transit.seals().size() || !new HashSet<>(checked).equals(new HashSet<>(transit.seals()))) {
            String seals = String.join(", ", transit.seals());
            throw new ConsignmentRejectedException(RejectionCode.INVALID_INPUT, "sealChecks",
                    "Say once for each seal put on at departure (" + seals + ") whether it is intact, broken or"
                            + " missing; seals found with other numbers are other seals.", Map.of("seals", seals));
        }
        otherSeals.stream().filter(transit.seals()::contains).findFirst().ifPresent(seal -> {
            throw new ConsignmentRejectedException(RejectionCode.INVALID_INPUT, "otherSealDeclared",
                    "Seal " + seal + " was put on at departure: say its condition among the declared seals, not as"
                            + " another seal.", Map.of("seal", seal));
        });
    }

    /** What the arrival found against the departure; empty when everything matched. */
    static Set<TransitFinding> findings(Declaration declaration, RecordTransitArrivalCommand arrival) {
        Set<TransitFinding> findings = EnumSet.noneOf(TransitFinding.class);
        if (!arrival.otherSeals().isEmpty() || arrival.seals().stream().anyMatch(seal -> !seal.intact())) {
            findings.add(TransitFinding.SEALS);
        }
        String declared = declaration.transport().vehicleRegistration();
        if (!declared.isEmpty() && !plate(declared).equals(plate(arrival.vehicleRegistration()))) {
            findings.add(TransitFinding.VEHICLE);
        }
        if (diverted(declaration, arrival.arrivalPost())) {
            findings.add(TransitFinding.DIVERSION);
        }
        return findings;
    }

    private static boolean diverted(Declaration declaration, String arrivalPost) {
        CountryCode toward = countryOf(arrivalPost);
        if (toward == null) {
            return !arrivalPost.equals(declaration.transit().exitPost());
        }
        return !toward.equals(declaration.countryOfDestination()) && !toward.equals(countryOf(declaration.transit().exitPost()));
    }

    /**
     * A registration as written on the plate, without the spaces and dashes people write differently, its
     * Cyrillic look-alikes read as the Latin letters of a Kazakh plate ('123 АВС 02' typed in Cyrillic).
     */
    private static String plate(String registration) {
        return LatinLookalikes.toLatin(registration.replaceAll("[ -]", ""));
    }

    /** The text of the hold an arrival with findings places: each finding with what was found, and where. */
    static String holdText(Declaration declaration, RecordTransitArrivalCommand arrival, Set<TransitFinding> findings) {
        List<String> found = new ArrayList<>();
        if (findings.contains(TransitFinding.SEALS)) {
            arrival.seals().stream().filter(seal -> !seal.intact()).forEach(seal -> found.add("seal " + seal.sealNumber()
                    + (seal.condition() == SealCondition.BROKEN ? " broken" : " missing")));
            if (!arrival.otherSeals().isEmpty()) {
                found.add("seals not declared " + String.join(", ", arrival.otherSeals()));
            }
        }
        if (findings.contains(TransitFinding.VEHICLE)) {
            found.add("vehicle '" + arrival.vehicleRegistration() + "' instead of '"
                    + declaration.transport().vehicleRegistration() + "'");
        }
        if (findings.contains(TransitFinding.DIVERSION)) {
            CountryCode toward = countryOf(arrival.arrivalPost());
            found.add((toward == null ? "presented at a sea port, whose ships may sail to any shore," : "presented toward " + toward)
                    + " although declared for " + declaration.countryOfDestination() + " through "
                    + declaration.transit().exitPost());
        }
        return "Transit arrival at " + arrival.arrivalPost() + ": " + String.join("; ", found);
    }
}
