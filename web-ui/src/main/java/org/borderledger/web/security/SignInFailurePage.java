package org.borderledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a failed form sign-in goes: back to the sign-in page, which says "wrong user id or password"
 * or, for a throttled one, how many seconds to wait (the same words whether the user exists or not).
 */
final class SignInFailurePage implements AuthenticationFailureHandler {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        redirect.sendRedirect(request, response, failure instanceof SignInThrottledException throttled
                ? "/login?wait=" + throttled.retryAfterSeconds() : "/login?error");
    }
}
