package org.borderledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counted = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    };
    private final String hash = bcrypt.encode(DEMO_PASSWORD);

    @Test
    void aPasswordJustAcceptedIsNotCheckedWithBcryptAgain() {
        PasswordEncoder passwords = new RecentlyVerifiedPasswords(counted, Duration.ofMinutes(5));

        assertThat(passwords.matches(DEMO_PASSWORD, hash)).isTrue();
        assertThat(passwords.matches(DEMO_PASSWORD, hash)).isTrue();
        assertThat(passwords.matches(DEMO_PASSWORD, hash)).isTrue();

        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedAndPaysForBcryptEveryTime() {
        PasswordEncoder passwords = new RecentlyVerifiedPasswords(counted, Duration.ofMinutes(5));
        passwords.matches(DEMO_PASSWORD, hash);

        assertThat(passwords.matches(DEMO_PASSWORD + " ", hash)).isFalse();
        assertThat(passwords.matches("guess", hash)).isFalse();
        assertThat(passwords.matches("guess", hash)).isFalse();

        assertThat(bcryptChecks).hasValue(4);
    }

    @Test
    void aChangedPasswordHashIsCheckedAfresh() {
        PasswordEncoder passwords = new RecentlyVerifiedPasswords(counted, Duration.ofMinutes(5));
        passwords.matches(DEMO_PASSWORD, hash);

        assertThat(passwords.matches(DEMO_PASSWORD, bcrypt.encode("a new password"))).isFalse();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void zeroRemembersNothing() {
        PasswordEncoder passwords = new RecentlyVerifiedPasswords(counted, Duration.ZERO);

        assertThat(passwords.matches(DEMO_PASSWORD, hash)).isTrue();
        assertThat(passwords.matches(DEMO_PASSWORD, hash)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }
}
