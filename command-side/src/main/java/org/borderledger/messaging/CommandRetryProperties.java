package org.borderledger.messaging;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often a command that failed transiently is sent again ({@code borderledger.commands}); which failures are
 * transient is {@link TransientFailures}' to say.
 *
 * @param maxRetries      retries of a command that failed transiently (a lost connection, a serialization failure or
 *                        deadlock, a concurrent append to the same consignment); after the last one the sender is
 *                        told that the service is temporarily unavailable
 * @param retryIntervalMs pause between those retries, in milliseconds
 */
@ConfigurationProperties("borderledger.commands")
@Validated
public record CommandRetryProperties(@DefaultValue("3") @PositiveOrZero int maxRetries,
                                     @DefaultValue("100") @PositiveOrZero int retryIntervalMs) {
}
