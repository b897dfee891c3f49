package org.borderledger.projection;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The threads {@link ProjectionRebuild} waits for replays on. */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {

    static final String THREADS = "projectionRebuilds";

    /**
     * A thread per rebuild under way, none queued behind another (at most one rebuild per processing
     * group runs); an idle thread ends after the pool's keep-alive.
     */
    @Bean(THREADS)
    ThreadPoolTaskExecutor projectionRebuilds(ThreadPoolTaskExecutorBuilder tasks) {
        return tasks.corePoolSize(0).maxPoolSize(Integer.MAX_VALUE).queueCapacity(0).threadNamePrefix("projection-rebuild-")
                .build();
    }
}
