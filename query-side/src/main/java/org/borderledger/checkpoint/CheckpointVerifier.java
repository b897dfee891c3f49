package org.borderledger.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.checkpoint.Ledger.Appended;
import org.borderledger.checkpoint.Ledger.StoredRow;
import org.borderledger.checkpoint.api.Checkpoint;
import org.borderledger.checkpoint.api.CheckpointVerification;
import org.borderledger.checkpoint.api.Tampering;
import org.borderledger.checkpoint.api.TamperingKind;
import org.borderledger.checkpoint.api.VerifyCheckpointQuery;
import org.springframework.stereotype.Component;

/**
 * Checks the event store against a checkpoint: its signature first (nothing else it says counts
 * otherwise), then every position up to it (see {@link LedgerWalk}), then what was stored after it.
 */
@Component
class CheckpointVerifier {

    private static final int PAGE_SIZE = 1000;

    private final Ledger ledger;
    private final CheckpointStore checkpoints;
    private final SigningKey key;

    CheckpointVerifier(Ledger ledger, CheckpointStore checkpoints, SigningKey key) {
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.key = key;
    }

    @QueryHandler
    CheckpointVerification handle(VerifyCheckpointQuery query) {
        Optional<Checkpoint> against = Optional.ofNullable(query.supplied()).or(checkpoints::newest);
        Appended appended = ledger.appendedAfter(against.map(Checkpoint::position).orElse(0L));
        if (against.isEmpty()) {
            return CheckpointVerification.noCheckpoint(appended.count(), appended.first(), appended.last());
        }
        Checkpoint checkpoint = against.get();
        boolean trusted = key.publicKey().equals(checkpoint.publicKey());
        if (!genuine(checkpoint)) {
            return new CheckpointVerification(checkpoint, false, trusted, 0, List.of(), 0, 0,
                    appended.count(), appended.first(), appended.last());
        }
        List<Tampering> findings = new ArrayList<>();
        List<Checkpoint> milestones = new ArrayList<>();
        for (Checkpoint stored : checkpoints.upTo(checkpoint.position())) {
            // The checkpoint verified against has had its signature checked above.
            if (!stored.equals(checkpoint) && !genuine(stored)) {
                findings.add(Tampering.ofRange(TamperingKind.CHECKPOINT_FORGED, stored.position(), stored.position()));
            } else if (stored.position() < checkpoint.position() && key.publicKey().equals(stored.publicKey())) {
                milestones.add(stored);
            }
        }
        if (query.supplied() != null && !checkpoint.equals(checkpoints.at(checkpoint.position()).orElse(null))) {
            findings.add(Tampering.ofRange(TamperingKind.CHECKPOINT_REMOVED, checkpoint.position(), checkpoint.position()));
        }
        LedgerWalk.Result walked = walk(checkpoint, milestones);
        findings.addAll(walked.findings());
        return new CheckpointVerification(checkpoint, true, trusted, walked.eventsChecked(),
                findings.subList(0, Math.min(findings.size(), CheckpointVerification.MAX_FINDINGS)).stream().toList(),
                findings.size(), walked.checkpointsHolding(), appended.count(), appended.first(), appended.last());
    }

    private static boolean genuine(Checkpoint checkpoint) {
        return Checkpoint.FORMAT.equals(checkpoint.format())
                && SigningKey.verifies(checkpoint.publicKey(), checkpoint.signedText(), checkpoint.signature());
    }

    /** Merges the sealed entries and the stored events up to the checkpoint by global position. */
    private LedgerWalk.Result walk(Checkpoint checkpoint, List<Checkpoint> milestones) {
        long upTo = checkpoint.position();
        KeysetPages<LedgerEntry> sealed = new KeysetPages<>(0, PAGE_SIZE,
                after -> ledger.entries(after, upTo, PAGE_SIZE), LedgerEntry::globalIndex);
        KeysetPages<StoredRow> stored = new KeysetPages<>(0, PAGE_SIZE,
                after -> ledger.events(after, upTo, PAGE_SIZE), StoredRow::globalIndex);
        LedgerWalk walk = new LedgerWalk(milestones);
        while (sealed.hasNext() || stored.hasNext()) {
            long position = Math.min(sealed.peekKey(), stored.peekKey());
            walk.step(position, sealed.peekKey() == position ? sealed.next() : null,
                    stored.peekKey() == position ? stored.next().event() : null);
        }
        return walk.finish(checkpoint, consignment -> ledger.sealedStream(consignment, upTo));
    }
}
