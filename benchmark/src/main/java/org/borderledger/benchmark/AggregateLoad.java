package org.borderledger.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.consignment.api.FindingRecordedEvent;
import org.borderledger.messaging.SnapshotProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How long the command side takes to load one consignment before it can decide a command, for
 * streams of 10, 1,000 and 10,000 events, with no snapshot and with the snapshots the configured
 * threshold makes (one every threshold events, as the trigger takes them). Each stream is a real
 * inspection (declared, held, lifted, inspection started through the gateway) with findings
 * appended through the event store. The baseline is the 10-event stream.
 */
@Component
class AggregateLoad {

    private static final String SECTION = "Aggregate load (median of %d loads, command side, in a unit of work)";
    private static final int[] SIZES = {10, 1_000, 10_000};
    private static final int WARM_UP = 5;
    private static final int LOADS = 25;

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final Snapshotter snapshotter;
    private final Configuration axon;
    private final JdbcTemplate jdbc;
    private final int threshold;

    AggregateLoad(CommandGateway gateway, EventStore eventStore, Snapshotter snapshotter, Configuration axon,
                  JdbcTemplate jdbc, SnapshotProperties snapshots) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.snapshotter = snapshotter;
        this.axon = axon;
        this.jdbc = jdbc;
        this.threshold = snapshots.snapshotThreshold();
    }

    void measure(ResultTable table) {
        AggregateConfiguration<?> consignments = axon.findModules(AggregateConfiguration.class).stream()
                .filter(module -> module.aggregateType().getSimpleName().equals("Consignment"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No Consignment aggregate configured"));
        String section = String.format(SECTION, LOADS);
        double baseline = 0;
        for (int size : SIZES) {
            for (boolean snapshots : new boolean[] {false, true}) {
                String id = "CN-LOAD-" + size + (snapshots ? "-SNAPSHOTS" : "");
                build(consignments.aggregateType(), id, size, snapshots);
                double millis = medianLoadMillis(consignments.repository(), id, snapshots);
                String measure = size + " events, " + (snapshots ? "snapshot every " + threshold : "no snapshot");
                if (baseline == 0) {
                    baseline = millis;
                    table.baseline(section, measure, millis, "ms");
                } else {
                    table.add(section, measure, millis, "ms", baseline);
                }
            }
        }
    }

    /** Declares, lifts the automatic hold and starts an inspection (5 events), then appends findings up to {@code size}. */
    private void build(Class<?> type, String id, int size, boolean snapshots) {
        TemplateLifecycle.commands(id, id).subList(0, 3).forEach(gateway::sendAndWait);
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (long sequence = 5; sequence < size; sequence++) {
            batch.add(new GenericDomainEventMessage<>(type.getSimpleName(), id, sequence,
                    new FindingRecordedEvent(id, "INSP-1", (int) sequence - 4, null, false, "Seal number checked",
                            ConsignmentStatus.UNDER_INSPECTION),
                    TemplateLifecycle.OFFICER.asMetaData(), UUID.randomUUID().toString(), Instant.now()));
            if ((sequence + 1) % threshold == 0 || sequence == size - 1) {
                eventStore.publish(batch);
                batch.clear();
                if (snapshots && (sequence + 1) % threshold == 0) {
                    snapshotter.scheduleSnapshot(type, id);
                }
            }
        }
        Integer taken = jdbc.queryForObject("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?",
                Integer.class, id);
        if (snapshots == (taken == 0) && size >= threshold) {
            throw new IllegalStateException(id + " has " + taken + " snapshots");
        }
    }

    /**
     * The trigger snapshots a long stream when its unit of work is cleaned up, even after a load that
     * is rolled back, so without snapshots every load starts by removing the one the last load made.
     */
    private double medianLoadMillis(Repository<?> repository, String id, boolean snapshots) {
        Latencies latencies = new Latencies();
        for (int load = 0; load < WARM_UP + LOADS; load++) {
            if (!snapshots) {
                jdbc.update("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?", id);
            }
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                long start = System.nanoTime();
                repository.load(id);
                if (load >= WARM_UP) {
                    latencies.add(System.nanoTime() - start);
                }
            } finally {
                unitOfWork.rollback();
            }
        }
        return latencies.percentileMillis(50);
    }
}
