package org.borderledger.projection;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the instances find each other to share the processors' segments ({@code borderledger.instances},
 * {@link SegmentRebalancer}).
 *
 * @param heartbeatInterval how often an instance says it is alive and rebalances its segments
 * @param timeout           an instance not heard from for this long counts as gone; kept below the time in
 *                          which a dead instance's first claim can expire (Axon's claim timeout, 10 s, less
 *                          the 5 s after which an idle claim is extended), so the survivors count it out
 *                          first and keep all they take over
 * @param releaseFor        how long a released segment is left to the other instances before this one may
 *                          claim it back; above Axon's token claim interval (5 s), so another finds it free
 */
@ConfigurationProperties("borderledger.instances")
@Validated
record SegmentSharingProperties(@DefaultValue("1s") @DurationMin(millis = 100) Duration heartbeatInterval,
                                @DefaultValue("4s") @DurationMin(millis = 100) Duration timeout,
                                @DefaultValue("15s") @DurationMin(millis = 1) Duration releaseFor) {
}
