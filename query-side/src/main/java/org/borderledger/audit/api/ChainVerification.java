package org.borderledger.audit.api;

/** The outcome of walking the hash chain: how many events were checked, and the first broken one (null when intact). */
public record ChainVerification(boolean intact, long eventsChecked, BrokenLink firstBreak) {

    public static ChainVerification intact(long eventsChecked) {
        return new ChainVerification(true, eventsChecked, null);
    }

    public static ChainVerification broken(long eventsChecked, BrokenLink firstBreak) {
        return new ChainVerification(false, eventsChecked, firstBreak);
    }
}
