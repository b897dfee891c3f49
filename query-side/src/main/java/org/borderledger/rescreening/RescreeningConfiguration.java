package org.borderledger.rescreening;

import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The thread {@link RescreenWorker} works its tasks on. */
@Configuration(proxyBeanMethods = false)
class RescreeningConfiguration {

    static final String WORKER_THREAD = "rescreening";

    /**
     * One thread: ticks never overlap, and a tick waiting for its commands (whose retries have a thread
     * of their own) holds up no other background work.
     */
    @Bean(WORKER_THREAD)
    ThreadPoolTaskScheduler rescreening(ThreadPoolTaskSchedulerBuilder tasks) {
        return tasks.poolSize(1).threadNamePrefix("rescreen-worker-").build();
    }
}
