package org.borderledger.messaging;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When a consignment's state is snapshotted, so that a long history loads from the snapshot and the events after it.
 *
 * @param snapshotThreshold a consignment is snapshotted every this many events
 */
@ConfigurationProperties("borderledger")
@Validated
public record SnapshotProperties(@DefaultValue("50") @Positive int snapshotThreshold) {
}
