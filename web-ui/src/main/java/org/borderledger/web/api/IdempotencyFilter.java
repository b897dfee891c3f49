package org.borderledger.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.borderledger.web.RequestSizeLimit;
import org.borderledger.web.api.IdempotencyKeys.Answer;
import org.borderledger.web.api.IdempotencyKeys.Answered;
import org.borderledger.web.api.IdempotencyKeys.Claim;
import org.borderledger.web.api.IdempotencyKeys.Claimed;
import org.borderledger.web.api.IdempotencyKeys.InUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Safe retries of the API's POSTs: a request with an {@code Idempotency-Key} header claims the key for
 * its user ({@link IdempotencyKeys}), and its answer is kept; a retry with the same key and the same
 * request (method, path and body) gets that answer again, marked {@code Idempotent-Replayed: true},
 * without a second effect. The same key with another request is 422 IDEMPOTENCY_KEY_REUSED; while its
 * first request runs, 409 IDEMPOTENCY_KEY_IN_USE with {@code Retry-After}. A server error keeps no
 * answer, so that its retry is tried again. Runs after sign-in, which names the user; the key is optional.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    /** Printable ASCII, as the draft standard's examples and the stored column allow. */
    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1,255}");
    /** The API's answers are a few KB; a larger one is not kept (its key is released). */
    private static final int MOST_KEPT_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final ApiSecurityProblems problems;

    IdempotencyFilter(IdempotencyKeys keys, ApiSecurityProblems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!WELL_FORMED.matcher(key).matches()) {
            problems.write(request, response, ApiProblems.invalidValue("The request has a value the system refuses.", HEADER,
                    "Idempotency-Key must be 1 to 255 printable ASCII characters without spaces, such as a UUID"));
            return;
        }
        HttpServletRequest readable;
        String fingerprint;
        try {
            readable = MediaType.MULTIPART_FORM_DATA.isCompatibleWith(contentType(request)) ? request : new ReadAgain(request);
            fingerprint = fingerprint(readable);
        } catch (RequestSizeLimit.RequestTooLargeException tooLarge) {
            problems.write(request, response, ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, RequestSizeLimit.CODE, tooLarge.getMessage()));
            return;
        }
        String user = signedIn.getName();
        Claim claim = keys.claim(user, key, fingerprint);
        if (claim instanceof Claimed) {
            answerAndKeep(readable, response, chain, user, key);
        } else if (claim instanceof Answered answered) {
            replay(answered.answer(), response);
        } else if (claim instanceof InUse) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, ApiProblems.problem(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE",
                    "A request with this Idempotency-Key is still being answered: retry in a moment to get its answer."));
        } else {
            problems.write(request, response, ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used for another request (another address or body): a new request needs a new key."));
        }
    }

    private void answerAndKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String user,
                               String key) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, answer);
            byte[] body = answer.getContentAsByteArray();
            if (answer.getStatus() < 500 && body.length <= MOST_KEPT_BYTES) {
                keys.answered(user, key, new Answer(answer.getStatus(), answer.getContentType(),
                        answer.getHeader(HttpHeaders.LOCATION), answer.getHeader(HttpHeaders.ETAG), body));
                kept = true;
            } else if (body.length > MOST_KEPT_BYTES) {
                log.warn("The answer to {} {} is {} bytes, more than the {} kept for its Idempotency-Key: its key is released",
                        request.getMethod(), request.getRequestURI(), body.length, MOST_KEPT_BYTES);
            }
        } finally {
            if (!kept) {
                keys.release(user, key);
            }
            answer.copyBodyToResponse();
        }
    }

    private static void replay(Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        response.setHeader(REPLAYED, "true");
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        response.getOutputStream().write(answer.body());
    }

    /**
     * SHA-256 of the method, the path with its query and the body. A multipart body is taken part by
     * part (name, file name, content): its boundary is chosen anew by each send of the same upload.
     */
    private static String fingerprint(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + Objects.toString(request.getQueryString(), "") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        if (request instanceof ReadAgain again) {
            digest.update(again.body);
        } else {
            for (Part part : request.getParts()) {
                digest.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream content = new DigestInputStream(part.getInputStream(), digest)) {
                    content.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(request.getContentType());
        } catch (IllegalArgumentException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }

    /** The request with its body read once for the fingerprint, and given again to whoever reads it next. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is read at once");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] into, int offset, int length) {
                    return bytes.read(into, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding())));
        }
    }
}
