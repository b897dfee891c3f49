package org.borderledger.web.api;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderledger.consignment.api.InvalidValueException;

/**
 * A consignment's version as an HTTP entity tag: the strong tag {@code "7"} is the sequence number of
 * its last event, the version its commands are checked against. Reads answer it as {@code ETag}; a
 * change names the version it was decided on in {@code If-Match}, and without one is refused (428).
 */
final class VersionTags {

    static final String IF_MATCH = "If-Match";

    private static final Pattern STRONG_VERSION = Pattern.compile("\"(\\d{1,18})\"");

    private VersionTags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; one strong tag of a version, as a read answered it. */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        Matcher tag = STRONG_VERSION.matcher(ifMatch.strip());
        if (!tag.matches()) {
            String shown = ifMatch.length() > 40 ? ifMatch.substring(0, 40) + "..." : ifMatch;
            throw new InvalidValueException(IF_MATCH, "ifMatch", Map.of("value", shown), "If-Match must be one ETag of the consignment as read, such as \"7\";"
                    + " it is " + shown);
        }
        return Long.parseLong(tag.group(1));
    }

    /** A change sent without {@code If-Match}: it would overwrite whatever happened since the caller read. */
    static final class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("A change names the version it was decided on: send If-Match with the ETag of the consignment as you read it.",
                    null, false, false);
        }
    }
}
