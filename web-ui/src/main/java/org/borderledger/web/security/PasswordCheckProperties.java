package org.borderledger.web.security;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the console checks passwords ({@link RecentlyVerifiedPasswords}).
 *
 * @param rememberVerifiedPassword how long a password that bcrypt accepted is remembered (as an HMAC under a key made
 *                                 at start, never the password), so that HTTP Basic API clients do not pay for bcrypt
 *                                 on every request; a wrong password always does; 0s turns it off
 */
@ConfigurationProperties("borderledger.security")
@Validated
record PasswordCheckProperties(@DefaultValue("5m") @DurationMin(millis = 0) Duration rememberVerifiedPassword) {
}
