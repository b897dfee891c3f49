package org.borderledger.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, with a short memory of the passwords it has just accepted.
 * <p>
 * The JSON API checks HTTP Basic credentials on every request, and one bcrypt check costs tens of
 * milliseconds of processor time by design: an integration polling the API would spend most of the
 * server's processor on it. So a successful check is remembered for {@code remember}: as an HMAC of
 * the stored hash and the presented password under a key made at start and never stored, so the
 * memory holds no password, a changed password (a new hash) never matches an old entry, and a wrong
 * password always pays the full bcrypt price (only successes are remembered). Entries are bounded in
 * number and expire; a zero duration turns the memory off.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    private static final String HMAC = "HmacSHA256";
    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder bcrypt;
    private final Cache<String, Boolean> verified;
    private final SecretKeySpec key;

    RecentlyVerifiedPasswords(PasswordEncoder bcrypt, Duration remember) {
        this.bcrypt = bcrypt;
        this.verified = Caffeine.newBuilder().maximumSize(remember.isZero() ? 0 : MAX_ENTRIES)
                .expireAfterWrite(remember).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        if (remembers(rawPassword, encodedPassword)) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(entry(rawPassword, encodedPassword), Boolean.TRUE);
        }
        return matches;
    }

    /** Whether bcrypt accepted this password for this hash moments ago: an HMAC and a look-up, no bcrypt. */
    boolean remembers(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && encodedPassword != null
                && verified.getIfPresent(entry(rawPassword, encodedPassword)) != null;
    }

    private String entry(CharSequence rawPassword, String encodedPassword) {
        return fingerprint(encodedPassword + '\n' + rawPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every Java runtime", e);
        }
    }
}
