package org.borderledger.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in check of the form and of HTTP Basic: the throttle first, then the user and the bcrypt
 * check of Spring Security's {@link DaoAuthenticationProvider}. A refused attempt costs no bcrypt and
 * is refused whatever its password, so a locked account tells a guesser nothing.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final UserDetailsService users;
    private final RecentlyVerifiedPasswords passwords;
    private final DaoAuthenticationProvider check;

    ThrottledAuthenticationProvider(SignInThrottle throttle, UserDetailsService users, RecentlyVerifiedPasswords passwords) {
        this.throttle = throttle;
        this.users = users;
        this.passwords = passwords;
        this.check = new DaoAuthenticationProvider(users);
        this.check.setPasswordEncoder(passwords);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInAttempt attempt = throttle.admit(authentication.getName(), address, recentlyVerified(authentication));
        Authentication signedIn = check.authenticate(authentication);
        throttle.succeeded(attempt);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Whether these credentials were accepted moments ago: a look-up of an HMAC, not a bcrypt. */
    private boolean recentlyVerified(Authentication authentication) {
        if (!(authentication.getCredentials() instanceof String password)) {
            return false;
        }
        try {
            return passwords.remembers(password, users.loadUserByUsername(authentication.getName()).getPassword());
        } catch (UsernameNotFoundException unknown) {
            return false;
        }
    }
}
