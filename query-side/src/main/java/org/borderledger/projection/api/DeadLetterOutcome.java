package org.borderledger.projection.api;

/** What an operator's retry or eviction of a consignment's dead letters did; the cause when it still fails. */
public record DeadLetterOutcome(Result result, String cause) {

    public enum Result { RETRIED, STILL_FAILING, EVICTED, NOT_FOUND }

    public static DeadLetterOutcome of(Result result) {
        return new DeadLetterOutcome(result, null);
    }
}
