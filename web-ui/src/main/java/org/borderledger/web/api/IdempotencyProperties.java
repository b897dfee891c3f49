package org.borderledger.web.api;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the API keeps the answers of POSTs sent with an {@code Idempotency-Key} ({@link IdempotencyFilter}).
 *
 * @param idempotencyRetention how long a key and its answer are kept: a retry with the key within it gets the first
 *                             answer again; afterwards the key counts as never used (rows are deleted every hour)
 */
@ConfigurationProperties("borderledger.api")
@Validated
record IdempotencyProperties(@DefaultValue("24h") @DurationMin(minutes = 1) Duration idempotencyRetention) {
}
