package org.borderledger.web.security;

import java.util.Map;

/**
 * A sign-in the throttle refused before its password was checked, announced to whoever keeps a record
 * of it (the access log): the user name typed, the client address, the allowance spent and the wait.
 */
public record SignInThrottled(String userName, String address, String limit, long retryAfterSeconds) {

    /** As the access log keeps them, by name. */
    public Map<String, String> details() {
        return Map.of("userName", userName, "address", address, "limit", limit,
                "retryAfterSeconds", Long.toString(retryAfterSeconds));
    }
}
