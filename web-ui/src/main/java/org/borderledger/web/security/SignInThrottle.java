package org.borderledger.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per user name and per client address, before any password is checked, so a
 * flood of guesses costs neither a bcrypt each nor the accounts of others (docs/security.md). Every
 * attempt takes one from both allowances and a successful one gives them back, so only failures count
 * and concurrent guesses cannot slip past. Credentials verified moments ago (an API client polling)
 * skip the address's allowance: a guesser behind the same address as a border post must not lock the
 * post out; the user name's allowance, which bounds the guessing of any one account, is never skipped.
 * <p>
 * The allowances live in this instance's memory: each instance of a deployment counts on its own.
 */
@Component
class SignInThrottle {

    /** Longer than any configured user id (40); the key of a longer name typed is its beginning. */
    private static final int MAX_KEY_LENGTH = 64;

    private final AttemptBuckets userNames;
    private final AttemptBuckets addresses;
    /** The keys whose refusals were recorded within {@code record-every}: later ones are only counted. */
    private final Cache<String, Boolean> recentlyRecorded;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;

    SignInThrottle(SignInLimits limits, ApplicationEventPublisher events, MeterRegistry meters, ObjectProvider<TimeMeter> clock) {
        TimeMeter time = clock.getIfAvailable(() -> TimeMeter.SYSTEM_NANOTIME);
        this.userNames = new AttemptBuckets(limits.perUserName(), time);
        this.addresses = new AttemptBuckets(limits.perAddress(), time);
        this.recentlyRecorded = Caffeine.newBuilder().expireAfterWrite(limits.recordEvery()).maximumSize(100_000)
                .ticker(time::currentTimeNanos).build();
        this.events = events;
        this.meters = meters;
    }

    /**
     * Lets a sign-in through to its password check, or refuses it with the wait.
     *
     * @param recentlyVerified whether these very credentials were accepted moments ago
     * @throws SignInThrottledException when the user name's or the address's allowance is spent
     */
    SignInAttempt admit(String typedUserName, String remoteAddress, boolean recentlyVerified) {
        SignInAttempt attempt = new SignInAttempt(printable(typedUserName).toLowerCase(Locale.ROOT),
                addressKey(remoteAddress), !recentlyVerified);
        ConsumptionProbe user = userNames.take(attempt.userName());
        if (!user.isConsumed()) {
            throw refused(attempt, "user-name", attempt.userName(), user, remoteAddress);
        }
        if (attempt.countedForAddress()) {
            ConsumptionProbe address = addresses.take(attempt.address());
            if (!address.isConsumed()) {
                userNames.giveBack(attempt.userName());
                throw refused(attempt, "address", attempt.address(), address, remoteAddress);
            }
        }
        return attempt;
    }

    /** The password was right: the attempt does not count against the user name or the address. */
    void succeeded(SignInAttempt attempt) {
        userNames.giveBack(attempt.userName());
        if (attempt.countedForAddress()) {
            addresses.giveBack(attempt.address());
        }
    }

    private SignInThrottledException refused(SignInAttempt attempt, String limit, String key, ConsumptionProbe probe,
                                             String remoteAddress) {
        SignInThrottledException refusal = new SignInThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        meters.counter("borderledger.sign-in.throttled", "limit", limit).increment();
        if (recentlyRecorded.asMap().putIfAbsent(limit + ':' + key, Boolean.TRUE) == null) {
            // recorded in the access log (AccessRecorder listens), in this request
            events.publishEvent(new SignInThrottled(attempt.userName(), printable(remoteAddress), limit,
                    refusal.retryAfterSeconds()));
        }
        return refusal;
    }

    /**
     * The key of a client address: an IPv4 address as it is; an IPv6 address by its /64 network, which
     * one client usually holds whole. Only a literal of hex digits, colons and dots is parsed (no name lookup).
     */
    static String addressKey(String remoteAddress) {
        String address = printable(remoteAddress);
        if (address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:.]+")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "/64" : address;
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }

    /**
     * What was typed, without control and format characters (the access log's JSON refuses a NUL; a
     * right-to-left mark would garble the audit page) and at most 64 characters long.
     */
    static String printable(String typed) {
        if (typed == null || typed.isBlank()) {
            return "-";
        }
        // A form may post megabytes as a user name: only its beginning is looked at.
        String beginning = typed.substring(0, Math.min(typed.length(), 16 * MAX_KEY_LENGTH));
        int[] characters = beginning.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip().codePoints().limit(MAX_KEY_LENGTH).toArray();
        return characters.length == 0 ? "-" : new String(characters, 0, characters.length);
    }
}
