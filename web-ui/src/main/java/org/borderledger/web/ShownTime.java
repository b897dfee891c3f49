package org.borderledger.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.borderledger.consignment.api.BorderPosts;

/**
 * How pages show an instant: to the second, in one format, in the time zone of the signed-in person's
 * border post, and named by its offset ("2026-12-06 19:27:05 UTC+5"), since officers work in local
 * time and a time without its zone is a guess. Someone posted nowhere (an auditor, an administrator)
 * reads UTC, as in the auditor's files. The auditor's event tables show UTC to the millisecond
 * ({@link #utc}), the precision their state-as-of and exports work in.
 */
public record ShownTime(ZoneId zone) {

    public static final ShownTime UTC = new ShownTime(ZoneOffset.UTC);

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MILLISECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** The time of a person at this post; UTC for someone at no post of the list. */
    public static ShownTime atPost(String borderPost) {
        return BorderPosts.named(borderPost).map(post -> new ShownTime(post.timeZone())).orElse(UTC);
    }

    /** The instant in this zone, named by its offset; empty for none. */
    public String of(Instant at) {
        return at == null ? "" : SECONDS.withZone(zone).format(at) + " " + offsetName(zone.getRules().getOffset(at));
    }

    /** The instant in UTC to the millisecond, as the auditor's pages and files give it; empty for none. */
    public String utc(Instant at) {
        return at == null ? "" : MILLISECONDS.format(at) + " UTC";
    }

    /** UTC, UTC+5, UTC+5:30, UTC-3. */
    private static String offsetName(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }
}
