package org.borderledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A request for a path that nothing of the application maps, which can only be answered 404: the
 * handler mappings, asked in the dispatcher's order, find no handler, or only the static files' handler
 * of {@value #CATCH_ALL}, which takes every path and so maps none. A path mapped for another method or
 * media type is known (a mapping says so by throwing), and so is every path of a handler mapping of
 * its own (the actuator's, the API docs', the webjars'): their rules decide, as for any other page.
 * The mappings look at a copy of the request's attributes, so the lookup leaves nothing behind.
 */
final class UnknownPaths implements RequestMatcher {

    /** Spring Boot's static-path pattern, under which the static files' handler looks for any path. */
    private static final String CATCH_ALL = "/**";

    private final HandlerMappingIntrospector handlerMappings;

    UnknownPaths(HandlerMappingIntrospector handlerMappings) {
        this.handlerMappings = handlerMappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        HttpServletRequest lookup = new OwnAttributes(request);
        ServletRequestPathUtils.parseAndCache(lookup);
        for (HandlerMapping mapping : handlerMappings.getHandlerMappings()) {
            HandlerExecutionChain found;
            try {
                found = mapping.getHandler(lookup);
            } catch (Exception mappedOtherwise) {
                return false;
            }
            if (found != null) {
                return mapping instanceof AbstractUrlHandlerMapping urls
                        && urls.getHandlerMap().get(CATCH_ALL) == found.getHandler();
            }
        }
        return true;
    }

    /** The request with attributes of its own, starting as a copy of the request's. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
            request.getAttributeNames().asIterator().forEachRemaining(name -> attributes.put(name, request.getAttribute(name)));
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }
    }
}
