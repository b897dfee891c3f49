package org.borderledger.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, before any page or API method runs, a GET whose parameters no search can use: a control
 * character (NUL included) or a lone UTF-16 surrogate in a name or value (PostgreSQL text cannot hold
 * the one, the driver cannot encode the other), a value longer than {@value #LONGEST} characters, or a
 * {@code page} that is not a whole number up to {@value #LAST_PAGE}, so that no offset overflows. The
 * API answers {@code 400 INVALID_VALUE} as problem+json naming the parameter; the console shows its
 * error page with status 400 and the message (request attribute {@value #MESSAGE}).
 */
@Component
class QueryParameterGuard implements HandlerInterceptor {

    /** The request attribute that holds the refusal's message for the console's error page (error.html). */
    private static final String MESSAGE = "refusedParameter";
    static final int LONGEST = 200;
    static final int LAST_PAGE = 99_999;

    private final ObjectMapper json;

    QueryParameterGuard(ObjectMapper json) {
        this.json = json;
    }

    /** A parameter refused, and why. */
    record Refusal(String parameter, String message) {
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (request.getDispatcherType() != DispatcherType.REQUEST
                || !(HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))) {
            return true;
        }
        Refusal refusal = refusal(request.getParameterMap());
        if (refusal == null) {
            return true;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // Written here, before any controller advice could apply: the fields of the API's other problems.
            Map<String, Object> problem = Map.of("type", "about:blank", "title", "Bad Request",
                    "status", HttpStatus.BAD_REQUEST.value(), "detail", "The request has a parameter the system refuses.",
                    "code", "INVALID_VALUE",
                    "errors", List.of(Map.of("field", refusal.parameter(), "message", refusal.message())));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            request.setAttribute(MESSAGE, refusal.parameter() + ": " + refusal.message());
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
        return false;
    }

    static Refusal refusal(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String badName = unusable(name);
            if (badName != null || name.length() > LONGEST) {
                return new Refusal("(a parameter name)", "the name " + (badName == null ? "is too long" : badName));
            }
            for (String value : parameter.getValue()) {
                String problem = unusable(value);
                if (problem == null && value.codePointCount(0, value.length()) > LONGEST) {
                    problem = "is longer than " + LONGEST + " characters";
                }
                if (problem == null && name.equals("page") && !value.isBlank() && !isPage(value.strip())) {
                    problem = "must be a whole number from 0 to " + LAST_PAGE;
                }
                if (problem != null) {
                    return new Refusal(name, "the value " + problem);
                }
            }
        }
        return null;
    }

    /** Why text cannot be used in a search, or null when it can. */
    private static String unusable(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.getType(codePoint) == Character.CONTROL) {
                return "holds a control character (U+" + String.format("%04X", codePoint) + ")";
            }
            if (Character.isBmpCodePoint(codePoint) && Character.isSurrogate((char) codePoint)) {
                return "holds a lone UTF-16 surrogate";
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }

    private static boolean isPage(String value) {
        return value.matches("\\d{1,5}");
    }
}
