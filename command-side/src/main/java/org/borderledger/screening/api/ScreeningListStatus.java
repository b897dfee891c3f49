package org.borderledger.screening.api;

/**
 * The version screening uses now or, when a stored publication cannot be read, none: that event and the
 * refusal every screening meets until it is repaired.
 */
public record ScreeningListStatus(String versionInForce, UnreadableEvent unreadable, String refusal) {

    public static ScreeningListStatus inForce(String version) {
        return new ScreeningListStatus(version, null, null);
    }

    public static ScreeningListStatus stopped(UnreadableEvent unreadable, String refusal) {
        return new ScreeningListStatus(null, unreadable, refusal);
    }

    public boolean stopped() {
        return unreadable != null;
    }
}
