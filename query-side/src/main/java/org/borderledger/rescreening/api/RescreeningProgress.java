package org.borderledger.rescreening.api;

import java.time.Instant;
import java.util.List;

/**
 * The re-screening run of one published version: who published it and when, and its tasks by state.
 * {@code total} counts every open consignment the version asked to screen again; the run is over when
 * nothing is pending. {@code failures} are the tasks that failed for good, with their last error.
 */
public record RescreeningProgress(String listVersion, String previousVersion, Instant publishedAt, String publishedBy,
                                  long total, long done, long failed, long superseded, long closed, long pending,
                                  List<Failure> failures) {

    public RescreeningProgress {
        failures = List.copyOf(failures);
    }

    public boolean finished() {
        return pending == 0;
    }

    /** Tasks finished (in any way) out of the total, in whole percent; a run with nothing to do is complete. */
    public int percent() {
        return total == 0 ? 100 : (int) ((total - pending) * 100 / total);
    }

    /** A task that failed for good: which consignment, how often it was tried, the last error. */
    public record Failure(String consignmentId, int attempts, String error) {
    }
}
