package org.borderledger.benchmark;

/** What one run measures; {@code benchmark.measurements} names any of them (all by default). */
enum Measurement {
    /** Screening of one large declaration against a generated 20,000-name denied-party list. */
    SCREENING,
    /** Appends through the event store against raw batched inserts of the same rows. */
    APPEND,
    /** Whole lifecycles through the command gateway from concurrent clients. */
    COMMANDS,
    /** Each projection rebuilt from the whole store against a raw read of it. */
    REBUILD,
    /** Console and API pages under concurrent users, and the application's memory. */
    PAGES,
    /** An API client's latency alone and during a flood of wrong HTTP Basic passwords (sign-in throttling). */
    SIGN_IN_FLOOD,
    /** The projections' lag under a steady command load with one application instance and with two sharing the segments. */
    INSTANCES,
    /** The whole event log exported as NDJSON by the application with a 256 MB heap: its peak heap and speed. */
    EXPORT,
    /** Loading one consignment of 10, 1,000 and 10,000 events, with and without snapshots. */
    AGGREGATE_LOAD
}
