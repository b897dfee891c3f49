package org.borderledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path folder;

    @Test
    void isMadeOnFirstUseReadableByItsOwnerAloneAndTheSameKeyOnTheNext() throws IOException {
        Path file = folder.resolve("keys").resolve("checkpoint.pem");

        SigningKey made = SigningKey.loadOrCreate(file);
        SigningKey read = SigningKey.loadOrCreate(file);

        assertThat(read.publicKey()).isEqualTo(made.publicKey());
        assertThat(read.fingerprint()).hasSize(64).isEqualTo(made.fingerprint());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(SigningKey.publicFile(file))).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void aSignatureFitsOnlyItsTextAndItsKey() {
        SigningKey key = SigningKey.loadOrCreate(folder.resolve("a.pem"));
        SigningKey other = SigningKey.loadOrCreate(folder.resolve("b.pem"));
        String signature = key.sign("position 17\n");

        assertThat(SigningKey.verifies(key.publicKey(), "position 17\n", signature)).isTrue();
        assertThat(SigningKey.verifies(key.publicKey(), "position 18\n", signature)).isFalse();
        assertThat(SigningKey.verifies(other.publicKey(), "position 17\n", signature)).isFalse();
        assertThat(SigningKey.verifies("not base64!", "position 17\n", signature)).isFalse();
        assertThat(SigningKey.verifies(key.publicKey(), "position 17\n", "AAAA")).isFalse();
        assertThat(SigningKey.verifies(key.publicKey(), "position 17\n", null)).isFalse();
    }

    @Test
    void halvesOfTwoPairsAreRefusedWithWhatToDo() throws IOException {
        Path file = folder.resolve("a.pem");
        SigningKey.loadOrCreate(file);
        SigningKey.loadOrCreate(folder.resolve("b.pem"));
        Files.copy(SigningKey.publicFile(folder.resolve("b.pem")), SigningKey.publicFile(file),
                StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> SigningKey.loadOrCreate(file)).hasMessageContaining("are not one pair")
                .hasMessageContaining("restore the pair");
    }

    @Test
    void aFileThatIsNoKeyOrAMissingHalfIsRefusedWithItsName() throws IOException {
        Path file = folder.resolve("c.pem");
        Files.writeString(file, "not a key");
        Files.writeString(SigningKey.publicFile(file), "not a key either");
        assertThatThrownBy(() -> SigningKey.loadOrCreate(file)).hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("is not an Ed25519 key pair in PEM");

        Path lonely = folder.resolve("d.pem");
        SigningKey.loadOrCreate(lonely);
        Files.delete(SigningKey.publicFile(lonely));
        assertThatThrownBy(() -> SigningKey.loadOrCreate(lonely)).hasMessageContaining("both must be readable");
    }
}
