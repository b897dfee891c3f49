package org.borderledger.statistics.api;

import java.util.List;

/** The statistics of one range (see {@link FetchStatisticsQuery}). */
public record Statistics(FetchStatisticsQuery range, List<DeclaredOnDay> declared, List<HoldsByReason> holds,
                         ReleaseTimes releaseTimes) {

    public Statistics {
        declared = List.copyOf(declared);
        holds = List.copyOf(holds);
    }
}
