package org.borderledger.projection;

import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The thread {@link SegmentRebalancer} beats on. */
@Configuration(proxyBeanMethods = false)
class SegmentSharingConfiguration {

    static final String THREAD = "segmentSharing";

    /** A thread of its own: a long projection query or re-screening tick never delays the heartbeat. */
    @Bean(THREAD)
    ThreadPoolTaskScheduler segmentSharing(ThreadPoolTaskSchedulerBuilder tasks) {
        return tasks.poolSize(1).threadNamePrefix("segment-sharing-").build();
    }
}
