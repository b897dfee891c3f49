package org.borderledger.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.borderledger.web.security.SignInThrottledException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The API's answers when a request is refused before it reaches a controller: 401, 403 and, for a
 * throttled sign-in, 429 with {@code Retry-After}, as problem details.
 */
@Component
public class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ApiSecurityProblems(ApiJson problems) {
        this.json = problems.mapper();
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (refused instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(request, response, ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "SIGN_IN_THROTTLED",
                    "Too many failed sign-ins for this user or from this address: try again in "
                            + throttled.retryAfterSeconds() + " seconds."));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"BorderLedger API\"");
        write(request, response, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                "Sign in with HTTP Basic as a BorderLedger user."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        write(request, response, ApiProblems.problem(HttpStatus.FORBIDDEN, "FORBIDDEN",
                "Your role may not take this action."));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
