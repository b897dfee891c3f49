package org.borderledger.access;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The thread {@link AccessLogWriter} writes on. */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

    static final String WRITER_THREAD = "accessLogWriting";

    /**
     * One thread for as long as the application runs: a single writer keeps the entries in the order
     * they were queued and lets the writer's stop know when the last one is written. Its lifecycle
     * phase is the writer's, because stopping an executor stops whatever uses it first: in the
     * executors' own phase the writer would stop earlier than it means to.
     */
    @Bean(WRITER_THREAD)
    ThreadPoolTaskExecutor accessLogWriting(ThreadPoolTaskExecutorBuilder tasks) {
        return tasks.corePoolSize(1).maxPoolSize(1).threadNamePrefix("access-log-writer-")
                .additionalCustomizers(executor -> executor.setPhase(AccessLogWriter.PHASE))
                .build();
    }
}
