package org.borderledger.web.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many sign-ins that fail may be tried: per user name (strict: it guards one account) and per client
 * address (looser: a border post signs in from behind one address). Each list holds limits that all apply
 * at once, e.g. 5 a minute and 20 an hour, so the wait grows the longer the guessing goes on. Allowances
 * come back gradually over each period.
 *
 * @param perUserName failed sign-ins allowed per user name: limits of attempts per period that all apply
 *                    (the console's application.yml sets them)
 * @param perAddress  failed sign-ins allowed per client address, likewise
 * @param recordEvery while refusals go on, at most one access-log entry per user name or address in this time, so a
 *                    flood cannot fill the append-only log
 */
@ConfigurationProperties("borderledger.security.sign-in-throttle")
record SignInLimits(List<AttemptLimit> perUserName, List<AttemptLimit> perAddress, @DefaultValue("1m") Duration recordEvery) {

    /** {@code attempts} failed sign-ins per {@code per}. */
    record AttemptLimit(int attempts, Duration per) {

        AttemptLimit {
            if (attempts < 1 || per == null || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("A sign-in limit needs at least 1 attempt over a positive period, not "
                        + attempts + " per " + per);
            }
        }
    }

    SignInLimits {
        if (perUserName == null || perUserName.isEmpty() || perAddress == null || perAddress.isEmpty()) {
            throw new IllegalArgumentException("Set at least one limit under borderledger.security.sign-in-throttle"
                    + " per-user-name and per-address");
        }
        perUserName = List.copyOf(perUserName);
        perAddress = List.copyOf(perAddress);
    }
}
