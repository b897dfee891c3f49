package org.borderledger.web.admin;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Comparator;
import java.util.List;
import org.borderledger.access.api.AccessLog;

/** How many access-log entries were not stored as recorded since this instance started, for one kind of failure. */
record AccessLogFailure(String kind, long count) {

    /** Every kind the writer counts, zeros included, in a stable order. */
    static List<AccessLogFailure> counted(MeterRegistry meters) {
        return meters.find(AccessLog.FAILURES).counters().stream()
                .map(counter -> new AccessLogFailure(counter.getId().getTag("kind"), Math.round(counter.count())))
                .sorted(Comparator.comparing(AccessLogFailure::kind)).toList();
    }
}
