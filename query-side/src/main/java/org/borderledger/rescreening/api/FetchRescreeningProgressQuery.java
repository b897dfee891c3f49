package org.borderledger.rescreening.api;

/** How far the re-screening for one published list version has come; empty when no such version was published. */
public record FetchRescreeningProgressQuery(String listVersion) {
}
