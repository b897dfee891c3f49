package org.borderledger.checkpoint;

import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the ledger is sealed and checkpointed.
 *
 * @param keyFile      the Ed25519 private key (PKCS#8 PEM) that signs checkpoints, with its public key beside it
 *                     (its path with .pub added); made at first start when absent, and the log says so. Keep it out of
 *                     the database and its backups; give every instance the same file.
 * @param sealInterval how often newly stored events are sealed into the ledger
 * @param interval     how often a checkpoint is signed when events were sealed since the last one
 * @param periodic     false to seal and checkpoint only on demand
 */
@ConfigurationProperties("borderledger.checkpoints")
@Validated
public record CheckpointProperties(@DefaultValue("./data/checkpoint-signing-key.pem") Path keyFile,
                                   @DefaultValue("5s") @DurationMin(millis = 1) Duration sealInterval,
                                   @DefaultValue("5m") @DurationMin(millis = 1) Duration interval,
                                   @DefaultValue("true") boolean periodic) {
}
