package org.borderledger.checkpoint;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.borderledger.checkpoint.Ledger.SealedStream;
import org.borderledger.checkpoint.api.Checkpoint;
import org.borderledger.checkpoint.api.LedgerHash;
import org.borderledger.checkpoint.api.Tampering;
import org.borderledger.checkpoint.api.TamperingKind;
import org.borderledger.messaging.api.EventHash;
import org.borderledger.messaging.api.StoredEventContent;

/**
 * Compares, position by position up to a checkpoint, the events stored now with the entries sealed
 * when they were stored, and recomputes the running hash from the stored events alone.
 * <ul>
 * <li>Row by row, against the sealed entries: edits, rewrites, deletions, insertions and moves are
 * named with their consignment and position, as long as the sealed entries were left alone.</li>
 * <li>At every genuine stored checkpoint on the way, and at the one checked against: the recomputed
 * running hash must equal the signed one. This holds even if the sealed entries were rewritten to fit
 * the rewritten events; then the failing checkpoint and the last holding one bound the rewrite.</li>
 * </ul>
 */
final class LedgerWalk {

    private record Deletion(long sequenceNumber, long globalIndex) {
    }

    private final List<Checkpoint> milestones;
    private int nextMilestone;
    private final List<Tampering> findings = new ArrayList<>();
    private final Map<String, List<Deletion>> deletions = new LinkedHashMap<>();
    private String storedRunning = LedgerHash.START;
    private String sealedRunning = LedgerHash.START;
    private long eventsChecked;
    private long holding;
    private long lastHolding;
    private Long firstFailing;
    private Long firstEventFinding;

    /** {@code milestones}: genuine stored checkpoints, oldest first, whose hashes the walk checks on its way. */
    LedgerWalk(List<Checkpoint> milestones) {
        this.milestones = milestones;
    }

    /** The next position in the global order: what was sealed there and what is stored there (either may be null). */
    void step(long globalIndex, LedgerEntry sealed, StoredEventContent stored) {
        passMilestonesBefore(globalIndex);
        if (sealed != null) {
            checkSealedRecord(sealed);
        }
        if (stored != null) {
            eventsChecked++;
            String eventHash = LedgerHash.ofEvent(stored);
            storedRunning = LedgerHash.next(storedRunning, globalIndex, stored.aggregateIdentifier(), stored.sequenceNumber(), eventHash);
            compare(globalIndex, sealed, stored, eventHash);
        } else if (sealed != null) {
            deletions.computeIfAbsent(sealed.aggregateIdentifier(), id -> new ArrayList<>())
                    .add(new Deletion(sealed.sequenceNumber(), globalIndex));
        }
    }

    /** The findings once every position up to {@code against} was stepped through. */
    Result finish(Checkpoint against, Function<String, SealedStream> sealedStreams) {
        passMilestonesBefore(Long.MAX_VALUE);
        check(against.position(), against.ledgerHash());
        deletions.forEach((consignment, deleted) -> classify(consignment, deleted, sealedStreams.apply(consignment)));
        if (firstFailing != null && (firstEventFinding == null || firstEventFinding > firstFailing)) {
            findings.add(Tampering.ofRange(TamperingKind.HISTORY_REWRITTEN, lastHolding, firstFailing));
        }
        findings.sort(Comparator.comparing(LedgerWalk::position));
        return new Result(eventsChecked, findings, holding);
    }

    record Result(long eventsChecked, List<Tampering> findings, long checkpointsHolding) {
    }

    private void compare(long globalIndex, LedgerEntry sealed, StoredEventContent stored, String eventHash) {
        if (sealed == null) {
            event(TamperingKind.INSERTED, stored.aggregateIdentifier(), stored.sequenceNumber(), globalIndex);
        } else if (!sealed.aggregateIdentifier().equals(stored.aggregateIdentifier())
                || sealed.sequenceNumber() != stored.sequenceNumber()) {
            event(TamperingKind.REORDERED, stored.aggregateIdentifier(), stored.sequenceNumber(), globalIndex);
        } else if (!sealed.eventHash().equals(eventHash)) {
            event(hashesFit(stored) ? TamperingKind.REWRITTEN : TamperingKind.EDITED,
                    stored.aggregateIdentifier(), stored.sequenceNumber(), globalIndex);
        }
    }

    /** The sealed record's running hash must follow from the records before it; each altered one is named once. */
    private void checkSealedRecord(LedgerEntry sealed) {
        String expected = LedgerHash.next(sealedRunning, sealed.globalIndex(), sealed.aggregateIdentifier(),
                sealed.sequenceNumber(), sealed.eventHash());
        if (!expected.equals(sealed.ledgerHash())) {
            event(TamperingKind.SEAL_ALTERED, sealed.aggregateIdentifier(), sealed.sequenceNumber(), sealed.globalIndex());
        }
        sealedRunning = sealed.ledgerHash();
    }

    /** Whether the event's own chain hash fits its content: then whoever changed it recomputed the hash too. */
    private static boolean hashesFit(StoredEventContent stored) {
        try {
            Optional<String> hash = EventHash.storedHash(stored.metaData());
            Optional<String> previous = EventHash.storedPreviousHash(stored.metaData());
            return hash.isPresent() && previous.isPresent() && hash.get().equals(EventHash.of(previous.get(), stored));
        } catch (UncheckedIOException unreadable) {
            return false;
        }
    }

    private void classify(String consignment, List<Deletion> deleted, SealedStream sealed) {
        if (deleted.size() == sealed.events()) {
            Deletion first = deleted.get(0);
            event(TamperingKind.DELETED_STREAM, consignment, first.sequenceNumber(), first.globalIndex());
            return;
        }
        for (Deletion deletion : deleted) {
            event(deletion.sequenceNumber() == sealed.lastSequenceNumber() ? TamperingKind.DELETED_LAST : TamperingKind.DELETED_MIDDLE,
                    consignment, deletion.sequenceNumber(), deletion.globalIndex());
        }
    }

    private void passMilestonesBefore(long globalIndex) {
        while (nextMilestone < milestones.size() && milestones.get(nextMilestone).position() < globalIndex) {
            Checkpoint milestone = milestones.get(nextMilestone++);
            check(milestone.position(), milestone.ledgerHash());
        }
    }

    private void check(long position, String signedHash) {
        if (storedRunning.equals(signedHash)) {
            holding++;
            if (firstFailing == null) {
                lastHolding = position;
            }
        } else if (firstFailing == null) {
            firstFailing = position;
        }
    }

    private void event(TamperingKind kind, String consignment, long sequenceNumber, long globalIndex) {
        findings.add(Tampering.ofEvent(kind, consignment, sequenceNumber, globalIndex));
        firstEventFinding = firstEventFinding == null ? globalIndex : Math.min(firstEventFinding, globalIndex);
    }

    private static long position(Tampering finding) {
        return finding.globalIndex() != null ? finding.globalIndex() : finding.toPosition();
    }
}
