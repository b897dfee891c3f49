package org.borderledger.access;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the access log is written off the request threads ({@code borderledger.access-log}, {@link AccessLogWriter}).
 *
 * @param queueCapacity access-log entries waiting for the writer at most
 * @param batchSize     entries the writer inserts in one JDBC batch at most
 * @param flushInterval how long an entry waits for its batch to fill before the batch is written anyway
 * @param offerTimeout  how long a page waits when the queue is full before the entry goes to the application log at
 *                      ERROR instead
 */
@ConfigurationProperties("borderledger.access-log")
@Validated
record AccessLogProperties(@DefaultValue("10000") @Positive int queueCapacity,
                           @DefaultValue("200") @Positive int batchSize,
                           @DefaultValue("200ms") @DurationMin(millis = 1) Duration flushInterval,
                           @DefaultValue("50ms") @DurationMin(millis = 0) Duration offerTimeout) {
}
