package org.borderledger.statistics.api;

import java.time.Duration;

/**
 * The time from declaration to release of the consignments released in the range: the median and
 * the 90th percentile (interpolated), both null when none was released.
 */
public record ReleaseTimes(long released, Duration median, Duration percentile90) {
}
