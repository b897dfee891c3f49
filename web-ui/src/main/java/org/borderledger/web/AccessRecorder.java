package org.borderledger.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.borderledger.access.api.AccessAction;
import org.borderledger.access.api.AccessEntry;
import org.borderledger.access.api.AccessLog;
import org.borderledger.actor.api.Actor;
import org.borderledger.web.security.SignInThrottled;
import org.borderledger.web.security.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the controllers call once they have shown or sent consignment data: a view of one
 * consignment, a search with its criteria, an export. Each call names the signed-in user (user id,
 * role and border post) and takes the path from the request being answered; the entry is queued for
 * the {@link AccessLog} and written later, so the page does not wait for it. A search refused for its
 * filters showed nothing and is not recorded.
 */
@Component
public class AccessRecorder {

    private final AccessLog log;

    AccessRecorder(AccessLog log) {
        this.log = log;
    }

    /** A view of one consignment; a live refresh of a page already recorded is not a new one (see {@link LiveRefreshes}). */
    public void viewed(SignedInUser user, String consignmentId) {
        recordPage(user, AccessAction.VIEW, consignmentId, Map.of(), null);
    }

    /**
     * A search whose filters are the components of {@code filter} (a record of what was typed);
     * {@code shown} rows answered it. A live refresh of a page already recorded is not a new one.
     */
    public void searched(SignedInUser user, Record filter, int shown) {
        recordPage(user, AccessAction.SEARCH, null, criteria(filter), shown);
    }

    /** A file of one consignment's history, e.g. {@code history.csv}. */
    public void exported(SignedInUser user, String consignmentId, String kind, int rows) {
        record(user.actor(), AccessAction.EXPORT, consignmentId, kind, Map.of(), rows);
    }

    /** A file of everything {@code filter} selects, e.g. {@code event-log.csv}. */
    public void exported(SignedInUser user, String kind, Record filter, int rows) {
        record(user.actor(), AccessAction.EXPORT, null, kind, criteria(filter), rows);
    }

    /**
     * A sign-in refused by the throttle before its password was checked. Nobody is signed in, so the
     * application is the actor; the details say which user name was typed, from which address.
     */
    @EventListener
    public void signInThrottled(SignInThrottled refusal) {
        record(Actor.SYSTEM, AccessAction.THROTTLED, null, null, refusal.details(), null);
    }

    private void recordPage(SignedInUser user, AccessAction action, String consignmentId, Map<String, String> criteria,
                            Integer count) {
        HttpServletRequest request = currentRequest();
        if (LiveRefreshes.isRefreshOfRecordedPage(request)) {
            return;
        }
        record(user.actor(), action, consignmentId, null, criteria, count);
        LiveRefreshes.rememberRecordedPage(request);
    }

    private void record(Actor actor, AccessAction action, String consignmentId, String kind,
                        Map<String, String> criteria, Integer count) {
        log.record(new AccessEntry(Instant.now(), actor, action, consignmentId, kind, criteria, currentPath(), count));
    }

    /** The filters given, by name, as typed; those left empty are left out. */
    static Map<String, String> criteria(Record filter) {
        Map<String, String> criteria = new LinkedHashMap<>();
        for (RecordComponent component : filter.getClass().getRecordComponents()) {
            // The filters are package-private records of their pages.
            Method accessor = component.getAccessor();
            ReflectionUtils.makeAccessible(accessor);
            Object value = ReflectionUtils.invokeMethod(accessor, filter);
            if (value != null && !value.toString().isBlank()) {
                criteria.put(component.getName(), value.toString());
            }
        }
        return criteria;
    }

    private static String currentPath() {
        return currentRequest().getRequestURI();
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
