package org.borderledger.screening;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.borderledger.actor.api.Actor;
import org.borderledger.consignment.api.ConsignmentRejectedException;
import org.borderledger.consignment.api.RejectionCode;
import org.borderledger.screening.api.DeniedParty;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.screening.api.ImportedList;
import org.borderledger.screening.api.ListFileDigest;
import org.borderledger.screening.api.ListSource;
import org.borderledger.screening.api.PublishScreeningListCommand;
import org.borderledger.screening.api.ScreeningListPublishedEvent;

/**
 * The register of screening-list versions. A publication replaces the entries of each source it
 * carries and keeps the other sources; the register names the new version, works out what changed
 * against the one before, and refuses a publication that changes nothing.
 *
 * <p>Versions are named {@code <UTC date yyyy.MM.dd>-<n>}, {@code n} counting every publication
 * since the first ({@code 2026.11.23-1}, {@code 2026.11.23-2}, {@code 2026.11.24-3}): sortable,
 * readable in a screening record, and never equal to the shipped resource names ({@code 2026.11-1})
 * that consignments screened before the register existed carry.
 *
 * <p>The state is only what deciding needs: for each source, each entry id with a fingerprint of
 * the entry, so that a snapshot stays small even for lists of tens of thousands of entries; the
 * entries themselves live in the events and in {@link RegisteredScreeningListVersions}.
 */
@Aggregate(snapshotTriggerDefinition = "screeningListSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ScreeningListRegister {

    private static final DateTimeFormatter VERSION_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    @AggregateIdentifier
    private String registerId;
    private int publications;
    private String version;
    /** Per source: entry id to fingerprint, parties and measures alike (their ids are per source). */
    private Map<ListSource, Map<String, String>> entries = new EnumMap<>(ListSource.class);

    ScreeningListRegister() {
        // For Axon: created by the first publication, rebuilt from the events or a snapshot.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(PublishScreeningListCommand command, Actor actor) {
        // Axon's clock, which also stamps the event (and which the test fixture sets)
        Instant now = GenericEventMessage.clock.instant();
        List<ListSource> sources = command.lists().stream().map(ImportedList::source).toList();
        // ids of the sources kept, and of each party source already read from this publication
        Map<String, ListSource> partyOwners = partyOwnersExcept(sources);
        List<DeniedParty> partiesUpserted = new ArrayList<>();
        List<ListSource> partySources = new ArrayList<>();
        List<String> partiesRemoved = new ArrayList<>();
        List<GoodsMeasure> measuresUpserted = new ArrayList<>();
        List<String> measuresRemoved = new ArrayList<>();
        List<ListFileDigest> files = new ArrayList<>();
        int added = 0;
        int changed = 0;
        int removed = 0;
        for (ImportedList list : command.lists()) {
            boolean goods = list.source() == ListSource.GOODS_MEASURES;
            Map<String, Object> published = goods
                    ? byId(list, list.measures(), GoodsMeasure::measureId)
                    : byId(list, list.parties(), DeniedParty::entryId);
            Map<String, String> previous = entries.getOrDefault(list.source(), Map.of());
            for (Map.Entry<String, Object> entry : published.entrySet()) {
                ListSource owner = partyOwners.get(entry.getKey());
                if (!goods && owner != null) {
                    throw new ConsignmentRejectedException(RejectionCode.LIST_ENTRY_CONFLICT, "otherList", "Entry "
                            + entry.getKey() + " of " + list.source() + " is already listed by " + owner
                            + "; entry ids must be unique across the denied-party lists. Nothing was published.",
                            Map.of("entryId", entry.getKey(), "source", list.source().name(), "owner", owner.name()));
                }
                String before = previous.get(entry.getKey());
                if (before != null && before.equals(fingerprint(entry.getValue()))) {
                    continue;
                }
                if (before == null) {
                    added++;
                } else {
                    changed++;
                }
                if (goods) {
                    measuresUpserted.add((GoodsMeasure) entry.getValue());
                } else {
                    partiesUpserted.add((DeniedParty) entry.getValue());
                    partySources.add(list.source());
                }
            }
            for (String id : previous.keySet()) {
                if (!published.containsKey(id)) {
                    removed++;
                    (goods ? measuresRemoved : partiesRemoved).add(id);
                }
            }
            if (!goods) {
                published.keySet().forEach(id -> partyOwners.put(id, list.source()));
            }
            files.addAll(list.files());
        }
        if (added + changed + removed == 0) {
            throw new ConsignmentRejectedException(RejectionCode.LIST_UNCHANGED, version == null ? "empty" : null,
                    (version == null ? "The files hold no entry" : "The files change no entry of version " + version)
                    + "; nothing was published.", version == null ? Map.of() : Map.of("listVersion", version));
        }
        String next = LocalDate.ofInstant(now, ZoneOffset.UTC).format(VERSION_DATE) + "-" + (publications + 1);
        apply(new ScreeningListPublishedEvent(PublishScreeningListCommand.REGISTER_ID, next, version,
                sources, files, now,
                partiesUpserted, partiesRemoved, measuresUpserted, measuresRemoved, added, changed, removed, partySources),
                actor.asMetaData());
        return next;
    }

    @EventSourcingHandler
    void on(ScreeningListPublishedEvent event) {
        registerId = event.registerId();
        publications++;
        version = event.version();
        Map<String, ListSource> partySource = partyOwnersExcept(List.of());
        for (String id : event.partiesRemoved()) {
            entries.get(partySource.get(id)).remove(id);
        }
        event.measuresRemoved().forEach(id -> entries.get(ListSource.GOODS_MEASURES).remove(id));
        for (int i = 0; i < event.partiesUpserted().size(); i++) {
            DeniedParty party = event.partiesUpserted().get(i);
            entries.computeIfAbsent(event.partySources().get(i), s -> new HashMap<>()).put(party.entryId(), fingerprint(party));
        }
        event.measuresUpserted().forEach(measure -> entries.computeIfAbsent(ListSource.GOODS_MEASURES, s -> new HashMap<>())
                .put(measure.measureId(), fingerprint(measure)));
    }

    /** Party ids with their source, of the denied-party sources other than {@code replaced}. */
    private Map<String, ListSource> partyOwnersExcept(List<ListSource> replaced) {
        Map<String, ListSource> owners = new HashMap<>();
        entries.forEach((source, ids) -> {
            if (source != ListSource.GOODS_MEASURES && !replaced.contains(source)) {
                ids.keySet().forEach(id -> owners.put(id, source));
            }
        });
        return owners;
    }

    private static <T> Map<String, Object> byId(ImportedList list, List<T> items, Function<T, String> id) {
        Map<String, Object> byId = new LinkedHashMap<>();
        for (T item : items) {
            if (byId.put(id.apply(item), item) != null) {
                throw new ConsignmentRejectedException(RejectionCode.LIST_ENTRY_CONFLICT, null, list.source()
                        + " lists entry " + id.apply(item) + " twice; each entry id must be unique. Nothing was published.",
                        Map.of("entryId", id.apply(item), "source", list.source().name()));
            }
        }
        return byId;
    }

    /** 64 bits of SHA-256 over the entry's record text: records print every component, enums by name. */
    static String fingerprint(Object entry) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(entry.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
