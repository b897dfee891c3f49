package org.borderledger.rescreening;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * This instance's worker of the re-screening tasks that a new screening-list version seeds
 * ({@code borderledger.rescreening}, {@link RescreenWorker}).
 *
 * @param enabled      run this instance's worker
 * @param pollInterval pause between looks for pending tasks (a full batch is followed by the next at once)
 * @param batchSize    tasks claimed at a time
 * @param maxAttempts  attempts before a task is FAILED
 * @param retryDelay   pause after a failure, times the attempts so far
 * @param lease        how long a claim holds before another worker may take the task
 */
@ConfigurationProperties("borderledger.rescreening")
@Validated
record RescreeningProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("500ms") @DurationMin(millis = 1) Duration pollInterval,
                             @DefaultValue("10") @Positive int batchSize,
                             @DefaultValue("5") @Positive int maxAttempts,
                             @DefaultValue("5s") @DurationMin(millis = 0) Duration retryDelay,
                             @DefaultValue("60s") @DurationMin(millis = 1) Duration lease) {
}
