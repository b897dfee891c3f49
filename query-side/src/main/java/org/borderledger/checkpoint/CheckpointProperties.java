package org.borderledger.checkpoint;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the ledger is sealed and checkpointed.
 *
 * @param keyFile      the Ed25519 private key (PKCS#8 PEM) that signs checkpoints, with its public key beside it
 *                     ({@code <keyFile>.pub}); generated on first start when absent. Keep it out of the database
 *                     and its backups; give every instance the same file.
 * @param sealInterval how often newly stored events are sealed into the ledger
 * @param interval     how often a checkpoint is signed when events were sealed since the last one
 * @param periodic     false to seal and checkpoint only on demand
 */
@ConfigurationProperties("borderledger.checkpoints")
public record CheckpointProperties(Path keyFile, Duration sealInterval, Duration interval, Boolean periodic) {

    public CheckpointProperties {
        keyFile = keyFile == null ? Path.of("data", "checkpoint-signing-key.pem") : keyFile;
        sealInterval = sealInterval == null ? Duration.ofSeconds(5) : sealInterval;
        interval = interval == null ? Duration.ofMinutes(5) : interval;
        periodic = periodic == null || periodic;
    }
}
