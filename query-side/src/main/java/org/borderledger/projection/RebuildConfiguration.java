package org.borderledger.projection;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The threads rebuilds and fills of projections run on. */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {

    static final String THREADS = "projectionRebuilds";
    static final String REPLAY_WORKERS = "projectionReplayWorkers";
    static final String DESERIALISERS = "projectionReplayDeserialisers";

    /**
     * A thread per rebuild under way, none queued behind another (at most one rebuild per processing
     * group runs); an idle thread ends after the pool's keep-alive.
     */
    @Bean(THREADS)
    ThreadPoolTaskExecutor projectionRebuilds(ThreadPoolTaskExecutorBuilder tasks) {
        return tasks.corePoolSize(0).maxPoolSize(Integer.MAX_VALUE).queueCapacity(0).threadNamePrefix("projection-rebuild-")
                .build();
    }

    /** A thread per projection being filled by a {@link ProjectionReplay}, for as long as the pass lasts. */
    @Bean(REPLAY_WORKERS)
    ThreadPoolTaskExecutor projectionReplayWorkers(ThreadPoolTaskExecutorBuilder tasks) {
        return tasks.corePoolSize(0).maxPoolSize(Integer.MAX_VALUE).queueCapacity(0).threadNamePrefix("projection-fill-")
                .build();
    }

    /**
     * Deserialising the events of a pass takes as much processor time as all the projections' handlers
     * together: it gets a thread per core, the batches in flight bounded by the pass's read-ahead.
     */
    @Bean(DESERIALISERS)
    ThreadPoolTaskExecutor projectionReplayDeserialisers(ThreadPoolTaskExecutorBuilder tasks) {
        int cores = Runtime.getRuntime().availableProcessors();
        return tasks.corePoolSize(cores).maxPoolSize(cores).threadNamePrefix("projection-deserialise-").build();
    }
}
