package org.borderledger.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tells a page a person opened from the same page fetched again by the live updates
 * ({@code static/js/live.js}), so the access log holds one view per page opened rather than one per
 * refresh. A recorded page gets a random token, kept in the session with the page's address and
 * written into the page; the live refresh sends it back in {@value #HEADER}. A request is a refresh
 * only when its token was given in this session for this very address: the header alone, a made-up
 * token or one of another page hides nothing from the log.
 */
final class LiveRefreshes {

    static final String HEADER = "BorderLedger-Refresh";
    /** The request attribute, and so the page variable, that carries the token of the page being shown. */
    static final String TOKEN = "liveRefreshToken";

    private static final String SESSION_PAGES = LiveRefreshes.class.getName() + ".pages";
    /** Enough for the tabs a person keeps open; the oldest is forgotten first, its next refresh recorded again. */
    private static final int PAGES_REMEMBERED = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LiveRefreshes() {
    }

    /** Whether the request is a live refresh of a page already recorded in its session. */
    static boolean isRefreshOfRecordedPage(HttpServletRequest request) {
        String token = request.getHeader(HEADER);
        HttpSession session = request.getSession(false);
        return token != null && session != null && session.getAttribute(SESSION_PAGES) instanceof Map<?, ?> pages
                && Objects.equals(pages.get(token), address(request));
    }

    /**
     * Remembers the page being answered as recorded, and gives it its token. Requests without a
     * session (the API's Basic sign-in) have no live refresh, and no session is made for them.
     */
    static void rememberRecordedPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        LinkedHashMap<String, String> pages = new LinkedHashMap<>();
        if (session.getAttribute(SESSION_PAGES) instanceof Map<?, ?> known) {
            known.forEach((key, value) -> pages.put((String) key, (String) value));
        }
        pages.put(token, address(request));
        while (pages.size() > PAGES_REMEMBERED) {
            pages.remove(pages.keySet().iterator().next());
        }
        // Set anew (not changed in place) so that the stored session writes it.
        session.setAttribute(SESSION_PAGES, pages);
        request.setAttribute(TOKEN, token);
    }

    /** The page's address as the browser fetches it again: path and query. */
    private static String address(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
    }
}
