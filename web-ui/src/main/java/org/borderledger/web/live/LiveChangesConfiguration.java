package org.borderledger.web.live;

import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The thread that keeps {@link LiveChangesController}'s streams alive. */
@Configuration(proxyBeanMethods = false)
class LiveChangesConfiguration {

    static final String HEARTBEATS = "liveHeartbeats";

    /** One thread for the heartbeats of every open stream. */
    @Bean(HEARTBEATS)
    ThreadPoolTaskScheduler liveHeartbeats(ThreadPoolTaskSchedulerBuilder tasks) {
        return tasks.poolSize(1).threadNamePrefix("live-changes-heartbeat-").build();
    }
}
