package org.borderledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;

/**
 * A fresh database for a test context that runs the query side: its checkpoints are signed with a key of the
 * test run's own, never one under the working folder, and the ledger is sealed when a test asks for a
 * checkpoint, not every few seconds behind every test.
 */
public class FreshQuerySideDatabase extends FreshDatabase {

    private static final Path CHECKPOINT_KEY = temporaryFolder().resolve("checkpoint-signing-key.pem");

    @Override
    protected TestPropertyValues settings() {
        return super.settings().and(
                "borderledger.checkpoints.key-file=" + CHECKPOINT_KEY,
                "borderledger.checkpoints.periodic=false");
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("borderledger-test-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary folder for the tests' checkpoint key", e);
        }
    }
}
