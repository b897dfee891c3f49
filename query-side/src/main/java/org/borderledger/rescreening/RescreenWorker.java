package org.borderledger.rescreening;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.consignment.api.RescreenConsignmentCommand;
import org.borderledger.live.ChangeAnnouncements;
import org.borderledger.rescreening.RescreenTasks.Claimed;
import org.borderledger.rescreening.RescreenTasks.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Works off the re-screening tasks on this instance: claims a few pending tasks at a time, sends
 * {@link RescreenConsignmentCommand} for each as the system, and records how it ended. Every instance
 * runs one; the claims keep them from taking one task twice, and the aggregate ignores a second
 * re-screening against the same version anyway; one switched off ({@link RescreeningProperties#enabled()})
 * is never started.
 */
@Component
@EnableConfigurationProperties(RescreeningProperties.class)
class RescreenWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RescreenWorker.class);

    private final RescreenTasks tasks;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final TaskScheduler ticks;
    private final Duration pollInterval;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration retryDelay;
    private final Duration lease;
    private final boolean autoStartup;
    /** Who holds a claim: unique per start, so that a restarted instance does not finish its predecessor's claims. */
    private final String worker = "worker-" + UUID.randomUUID();
    private final AtomicLong commandsSent = new AtomicLong();
    /** Held while a tick works, so that a stop can wait for the task in hand. */
    private final ReentrantLock working = new ReentrantLock();
    private volatile boolean stopping;
    private ScheduledFuture<?> schedule;

    RescreenWorker(RescreenTasks tasks, CommandGateway commands, JdbcTemplate jdbc,
                   @Qualifier(RescreeningConfiguration.WORKER_THREAD) TaskScheduler ticks, RescreeningProperties properties) {
        this.tasks = tasks;
        this.commands = commands;
        this.jdbc = jdbc;
        this.ticks = ticks;
        this.pollInterval = properties.pollInterval();
        this.batchSize = properties.batchSize();
        this.maxAttempts = properties.maxAttempts();
        this.retryDelay = properties.retryDelay();
        this.lease = properties.lease();
        this.autoStartup = properties.enabled();
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public synchronized void start() {
        stopping = false;
        schedule = ticks.scheduleWithFixedDelay(this::workSafely, Instant.now().plus(pollInterval), pollInterval);
    }

    /** Stops after the task in hand; the claims of the batch not yet sent lapse with their lease. */
    @Override
    public synchronized void stop() {
        stopping = true;
        schedule.cancel(false);
        try {
            if (working.tryLock(30, TimeUnit.SECONDS)) {
                working.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        schedule = null;
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }

    /** Commands this worker has sent since it started. */
    long commandsSent() {
        return commandsSent.get();
    }

    private void workSafely() {
        working.lock();
        try {
            while (!stopping && workOneBatch() == batchSize) {
                // a full batch: there may be more waiting
            }
        } catch (RuntimeException e) {
            // The database may be out of reach: the next tick tries again, and unfinished claims lapse.
            LOG.warn("Re-screening paused: {}", e.toString());
        } finally {
            working.unlock();
        }
    }

    /** Claims, works and finishes one batch; answers how many tasks it claimed. */
    int workOneBatch() {
        List<Claimed> claimed = tasks.claim(worker, batchSize, lease);
        List<String> finished = new ArrayList<>();
        for (Claimed task : claimed) {
            if (stopping) {
                break;
            }
            work(task);
            finished.add(task.consignmentId());
        }
        if (!finished.isEmpty()) {
            ChangeAnnouncements.announce(jdbc, RescreeningProcess.PROCESSING_GROUP, finished);
        }
        return claimed.size();
    }

    private void work(Claimed task) {
        if (!tasks.latestVersion().map(task.listVersion()::equals).orElse(false)) {
            tasks.finish(worker, task, State.SUPERSEDED, null, Duration.ZERO);
            return;
        }
        try {
            commandsSent.incrementAndGet();
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new RescreenConsignmentCommand(task.consignmentId(), task.listVersion())).andMetaData(Actor.SYSTEM.asMetaData()));
            tasks.finish(worker, task, State.DONE, null, Duration.ZERO);
        } catch (ConsignmentRejectedException refused) {
            if (refused.code() == RejectionCode.TERMINAL_STATE) {
                tasks.finish(worker, task, State.CLOSED, refused.getMessage(), Duration.ZERO);
            } else if (refused.code() == RejectionCode.LIST_VERSION_NOT_IN_FORCE) {
                // The version is the newest published, but this instance has not loaded it yet (or a newer one
                // came meanwhile, which the next look at the latest version will tell).
                retryOrFail(task, refused);
            } else {
                tasks.finish(worker, task, State.FAILED, refused.code() + ": " + refused.getMessage(), Duration.ZERO);
            }
        } catch (RuntimeException failure) {
            retryOrFail(task, failure);
        }
    }

    private void retryOrFail(Claimed task, RuntimeException failure) {
        boolean lastAttempt = task.attempts() >= maxAttempts;
        LOG.warn("Re-screening {} against {} failed (attempt {} of {}): {}", task.consignmentId(), task.listVersion(),
                task.attempts(), maxAttempts, failure.toString());
        tasks.finish(worker, task, lastAttempt ? State.FAILED : State.PENDING, failure.toString(),
                retryDelay.multipliedBy(task.attempts()));
    }
}
