package org.borderledger.web.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked: too many recent failures for the user name or
 * from the address. Says only how long to wait, never whether the user exists or the password was right.
 */
public class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins; try again in " + seconds(wait) + " s");
        this.retryAfterSeconds = seconds(wait);
    }

    /** Whole seconds, rounded up and at least one, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.plusNanos(999_999_999L).toSeconds());
    }
}
