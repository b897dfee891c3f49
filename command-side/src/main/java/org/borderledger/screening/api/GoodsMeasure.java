package org.borderledger.screening.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.borderledger.consignment.api.CountryCode;
import org.borderledger.consignment.api.HsCode;
import org.borderledger.consignment.api.Measure;

/**
 * One controlled-goods entry as dated data with its legal basis: goods under {@code hsPrefix} going
 * to one of {@code destinations}, or passing through one of {@code destinations} or
 * {@code routeCountries} (transshipment), call for {@code measure} from {@code validFrom} to
 * {@code validTo} inclusive ({@code null}: until further notice).
 *
 * <p>The origin condition: with {@code origins} the measure applies only to goods originating in one
 * of them, with {@code excludedOrigins} to goods of any origin but those; with neither (versions
 * published before origins existed read so) to goods of any origin. A measure names one or the other,
 * never both, so that no origin can be both in and out.
 */
public record GoodsMeasure(String measureId, String listName, String hsPrefix,
                           Set<CountryCode> destinations, Set<CountryCode> routeCountries,
                           Set<CountryCode> origins, Set<CountryCode> excludedOrigins,
                           Measure measure, String legalBasis, String label,
                           LocalDate validFrom, LocalDate validTo) {

    public GoodsMeasure {
        measureId = required("measure id", measureId);
        listName = required("list", listName);
        if (hsPrefix == null || !hsPrefix.matches("[0-9]{4,10}")) {
            throw new IllegalArgumentException("HS prefix '" + hsPrefix + "' of measure " + measureId + " must be 4 to 10 digits");
        }
        destinations = sorted(destinations);
        routeCountries = sorted(routeCountries);
        if (destinations.isEmpty()) {
            throw new IllegalArgumentException("Measure " + measureId + " names no destination country");
        }
        origins = sorted(origins);
        excludedOrigins = sorted(excludedOrigins);
        if (!origins.isEmpty() && !excludedOrigins.isEmpty()) {
            throw new IllegalArgumentException("Measure " + measureId + " names both origins " + origins
                    + " and excluded origins " + excludedOrigins + ": name the only origins it applies to, or the origins it excludes");
        }
        Objects.requireNonNull(measure, "measure");
        legalBasis = required("legal basis", legalBasis);
        label = required("label", label);
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Measure " + measureId + " ends (" + validTo + ") before it starts (" + validFrom + ")");
        }
    }

    /** In force on this day: validFrom and validTo both count as days in force. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean covers(HsCode code) {
        return code.startsWith(hsPrefix);
    }

    /** Whether goods of this origin meet the origin condition. */
    public boolean appliesToOrigin(CountryCode origin) {
        return origins.isEmpty() ? !excludedOrigins.contains(origin) : origins.contains(origin);
    }

    /** Whether the measure names origins it applies to or excludes. */
    public boolean hasOriginCondition() {
        return !origins.isEmpty() || !excludedOrigins.isEmpty();
    }

    private static String required(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Goods measure " + what + " is required");
        }
        return value.strip();
    }

    /** Sorted so that equal measures print and compare the same whatever order the file used. */
    private static Set<CountryCode> sorted(Set<CountryCode> countries) {
        TreeSet<CountryCode> sorted = new TreeSet<>(Comparator.comparing(CountryCode::value));
        if (countries != null) {
            countries.forEach(c -> sorted.add(Objects.requireNonNull(c, "country")));
        }
        return Collections.unmodifiableSet(sorted);
    }
}
