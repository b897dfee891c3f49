package org.borderledger.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializationException;
import org.borderledger.actor.api.Actor;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.PublishScreeningListCommand;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.borderledger.screening.api.UnreadableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every published version in memory, folded from the register's events in the event store.
 *
 * <p>Instances share one database, so a version published on one must reach the others. Before
 * answering {@link #inForce()}, at most once per {@link ScreeningProperties#listCheckIntervalMs()},
 * this asks the event store for the register's last sequence number (one indexed lookup) and reads
 * only the events after the last one it folded. This was chosen over LISTEN/NOTIFY: it holds no
 * connection of its own, survives a database restart without reconnecting, and a version reaching the
 * other instances a second late does not matter for lists published at most a few times a day. A
 * caller that names a version it was told about (a re-screen command) asks for {@link #refresh()} at once.
 *
 * <p>Entries are shared between versions (they are immutable), so each version costs a list of
 * references; the full {@link ScreeningLists}, with its denied-party index, is built once for the
 * version in force and on demand, for a few recent others, for anyone who asks by name.
 *
 * <p>A publication that cannot be read back stops the folding there: the versions before it stay
 * listed, but {@link #inForce()} refuses ({@link ScreeningListsUnreadableException}) rather than
 * screen against a list older than the one in force, and {@link #unreadable()} names the event for
 * health and logs. Each later check reads it again, so a repaired event is taken up without a restart.
 */
@Component
public class RegisteredScreeningListVersions implements ScreeningListVersions {

    private static final Logger log = LoggerFactory.getLogger(RegisteredScreeningListVersions.class);
    private static final int BUILT_VERSIONS_KEPT = 4;

    /** One version: its publication, who published it, and every entry in force with it, in list order. */
    private record Version(ScreeningListPublishedEvent publication, Actor publisher, List<GoodsMeasure> measures,
                           List<DeniedParty> parties) {
    }

    /** What the readers see, replaced whole on every refresh. */
    private record Folded(long lastSequence, List<Version> versions, ScreeningLists inForce) {
    }

    private final EventStore eventStore;
    /** Only to name an unreadable event's global index; null where there is no JDBC store. */
    private final JdbcTemplate jdbc;
    private final long checkIntervalNanos;
    private final Map<String, ScreeningLists> built = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ScreeningLists> eldest) {
            return size() > BUILT_VERSIONS_KEPT;
        }
    };
    private final Map<String, DeniedParty> parties = new LinkedHashMap<>();
    private final Map<String, GoodsMeasure> measures = new LinkedHashMap<>();
    private volatile Folded folded = new Folded(-1, List.of(), null);
    private volatile long lastCheck = System.nanoTime();
    private volatile UnreadableEvent unreadable;

    public RegisteredScreeningListVersions(EventStore eventStore, long checkIntervalMs) {
        this(eventStore, null, checkIntervalMs);
    }

    @Autowired
    public RegisteredScreeningListVersions(EventStore eventStore, JdbcTemplate jdbc, ScreeningProperties properties) {
        this(eventStore, jdbc, properties.listCheckIntervalMs());
    }

    private RegisteredScreeningListVersions(EventStore eventStore, JdbcTemplate jdbc, long checkIntervalMs) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.checkIntervalNanos = TimeUnit.MILLISECONDS.toNanos(checkIntervalMs);
    }

    @Override
    public ScreeningLists inForce() {
        long now = System.nanoTime();
        if (now - lastCheck >= checkIntervalNanos || (folded.inForce() == null && unreadable == null)) {
            lastCheck = now;
            if (eventStore.lastSequenceNumberFor(PublishScreeningListCommand.REGISTER_ID).orElse(-1L) > folded.lastSequence()) {
                refresh();
            }
        }
        UnreadableEvent stuck = unreadable;
        if (stuck != null) {
            throw new ScreeningListsUnreadableException(stuck);
        }
        ScreeningLists inForce = folded.inForce();
        if (inForce == null) {
            throw new IllegalStateException("No version of the screening lists has been published yet");
        }
        return inForce;
    }

    @Override
    public Optional<ScreeningLists> version(String name) {
        Folded current = folded;
        if (current.inForce() != null && current.inForce().version().equals(name)) {
            return Optional.of(current.inForce());
        }
        Optional<Version> version = find(current, name);
        if (version.isEmpty()) {
            refresh();
            version = find(folded, name);
        }
        return version.map(this::build);
    }

    @Override
    public List<ScreeningListPublishedEvent> publications() {
        refresh();
        return folded.versions().stream().map(Version::publication).toList();
    }

    @Override
    public Optional<Actor> publisher(String version) {
        return find(folded, version).map(Version::publisher);
    }

    @Override
    public Optional<UnreadableEvent> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    /**
     * Folds the register's events stored since the last refresh, on this instance or any other, up to
     * the first that cannot be read.
     */
    @Override
    public synchronized void refresh() {
        Folded current = folded;
        DomainEventStream stream = eventStore.readEvents(PublishScreeningListCommand.REGISTER_ID, current.lastSequence() + 1);
        List<Version> versions = new ArrayList<>(current.versions());
        long last = current.lastSequence();
        UnreadableEvent stuck = null;
        while (stuck == null && stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            try {
                versions.add(fold(publication(message), Actor.from(message.getMetaData()).orElse(null)));
                last = message.getSequenceNumber();
            } catch (SerializationException failure) {
                stuck = unreadable(message, failure);
                if (!stuck.equals(unreadable)) {
                    log.error("Screening is stopped until the screening-list register's {}; see the recovery guide"
                            + " (docs/recovery.md)", stuck.describe());
                }
            }
        }
        unreadable = stuck;
        if (last == current.lastSequence()) {
            return;
        }
        Version newest = versions.get(versions.size() - 1);
        folded = new Folded(last, List.copyOf(versions), build(newest));
    }

    /** The register stores nothing else: another payload (a type no longer known, say) would drop a version unseen. */
    private static ScreeningListPublishedEvent publication(DomainEventMessage<?> message) {
        if (message.getPayload() instanceof ScreeningListPublishedEvent event) {
            return event;
        }
        throw new SerializationException("its payload is a " + message.getPayloadType().getName()
                + ", not a screening-list publication");
    }

    private UnreadableEvent unreadable(DomainEventMessage<?> message, Throwable failure) {
        String cause = String.valueOf(NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
        return new UnreadableEvent(globalIndex(message.getIdentifier()), message.getAggregateIdentifier(),
                message.getSequenceNumber(), message.getPayloadType().getName(), message.getIdentifier(),
                cause.length() <= 300 ? cause : cause.substring(0, 300) + "...");
    }

    private long globalIndex(String eventIdentifier) {
        if (jdbc == null) {
            return -1;
        }
        return jdbc.query("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?",
                (rows, n) -> rows.getLong(1), eventIdentifier).stream().findFirst().orElse(-1L);
    }

    private Version fold(ScreeningListPublishedEvent event, Actor publisher) {
        event.partiesRemoved().forEach(parties::remove);
        event.measuresRemoved().forEach(measures::remove);
        event.partiesUpserted().forEach(party -> parties.put(party.entryId(), party));
        event.measuresUpserted().forEach(measure -> measures.put(measure.measureId(), measure));
        return new Version(event, publisher, List.copyOf(measures.values()), List.copyOf(parties.values()));
    }

    private static Optional<Version> find(Folded folded, String name) {
        return folded.versions().stream().filter(v -> v.publication().version().equals(name)).findFirst();
    }

    /** The version's lists with their denied-party index, built once while it stays among the few kept. */
    private ScreeningLists build(Version version) {
        synchronized (built) {
            return built.computeIfAbsent(version.publication().version(),
                    name -> new ScreeningLists(name, version.measures(), version.parties()));
        }
    }
}
