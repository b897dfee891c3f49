package org.borderledger.access.api;

/**
 * Where the console and the API report who looked at what. Recording returns at once (the entry is
 * written later, in a batch with others), so a page never waits for the database on its account.
 */
public interface AccessLog {

    /** The Micrometer counter of entries not stored as recorded, tagged {@code kind} (e.g. {@code queue-full}). */
    String FAILURES = "borderledger.access_log.failures";
    /** The Micrometer counter of entries recorded, stored or not: beside the table's rows it shows none went missing. */
    String RECORDED = "borderledger.access_log.recorded";

    void record(AccessEntry entry);
}
