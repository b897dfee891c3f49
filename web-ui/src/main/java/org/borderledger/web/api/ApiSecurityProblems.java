package org.borderledger.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.borderledger.web.security.SignInThrottledException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The API's answers when a request reaches no controller, as problem details: refused with 401, 403
 * and, for a throttled sign-in, 429 with {@code Retry-After}; 400 for an address the firewall rejects
 * (such as {@code //}); or 404, 405 and 415 for a path, method or body type that no controller maps,
 * which Spring MVC would otherwise answer with an empty body or the container's error page.
 */
@Component
public class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler,
        HandlerExceptionResolver, Ordered {

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    private final ObjectMapper json;
    private final RequestRejectedHandler console = new HttpStatusRequestRejectedHandler();

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

    /** The console keeps the firewall's bare 400. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, ServletException {
        if (!API.matches(request)) {
            console.handle(request, response, rejected);
            return;
        }
        write(request, response, ApiProblems.problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE",
                "The address is not one the API reads: " + rejected.getMessage()));
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        ProblemDetail problem = unmapped(failure);
        if (problem == null || !API.matches(request)) {
            return null;
        }
        try {
            if (failure instanceof ErrorResponse answer) {
                // Spring's own headers of the answer, such as Allow for a method the address does not take
                answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            }
            write(request, response, problem);
        } catch (IOException unwritten) {
            throw new UncheckedIOException(unwritten);
        }
        return new ModelAndView();
    }

    /** What no controller answers: an address the API does not have, or a method or body type its operation does not take. */
    private static ProblemDetail unmapped(Exception failure) {
        if (failure instanceof NoResourceFoundException) {
            return ApiProblems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND",
                    "The API has no resource at this address; /api/docs/ui lists those it has.");
        }
        if (failure instanceof HttpMediaTypeNotSupportedException unsupported) {
            return ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "The body of this operation is sent as " + MediaType.toString(unsupported.getSupportedMediaTypes()) + ".");
        }
        if (failure instanceof HttpRequestMethodNotSupportedException unsupported) {
            return ApiProblems.problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                    "This address does not take " + unsupported.getMethod() + "; /api/docs/ui lists the operations.");
        }
        return null;
    }

    /** After Spring Boot's resolver, which only records the failure, before Spring MVC's, which would send the error page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** Writes a problem outside Spring MVC: for the security filters, and the API's own ({@link IdempotencyFilter}). */
    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
