package org.borderledger.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest request body the application reads ({@code borderledger.http.max-request-size}, 4 MB):
 * a declaration at its limits (999 goods lines of 500-character descriptions) is under 3 MB in UTF-8, and
 * Tomcat by itself bounds only form posts. A larger declared length is answered 413 before anyone
 * signs in or anything is parsed; a body without a length (chunked) fails with
 * {@link RequestTooLargeException} once it has read past the limit, which the API answers with 413.
 * Uploads of screening-list files alone may be larger ({@code borderledger.http.max-list-upload-size}, 64 MB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimit extends OncePerRequestFilter {

    public static final String CODE = "PAYLOAD_TOO_LARGE";

    /** Where administrators upload list files as their publishers release them (the EU's XML is some 20 MB). */
    static final Set<String> LIST_UPLOADS = Set.of("/api/screening-lists", "/admin/screening-lists");

    private final long maxBytes;
    private final long maxListBytes;

    RequestSizeLimit(RequestSizeProperties sizes) {
        this.maxBytes = sizes.maxRequestSize().toBytes();
        this.maxListBytes = sizes.maxListUploadSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = isListUpload(request) ? maxListBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"" + message(limit) + "\",\"code\":\"" + CODE + "\"}");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, limit) : request, response);
    }

    private static boolean isListUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && LIST_UPLOADS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static String message(long limit) {
        return "The request body is larger than " + limit / 1024 + " KB, the most the application reads.";
    }

    /** Thrown while reading a body without a declared length once it passes the limit. */
    public static final class RequestTooLargeException extends IOException {

        RequestTooLargeException(String message) {
            super(message);
        }
    }

    private final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getInputStream(), limit);
            }
            return counted;
        }
    }

    private final class Counted extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        Counted(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) throws RequestTooLargeException {
            read += bytes;
            if (read > limit) {
                throw new RequestTooLargeException(message(limit));
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
