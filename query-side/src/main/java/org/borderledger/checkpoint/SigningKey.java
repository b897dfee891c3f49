package org.borderledger.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.borderledger.checkpoint.api.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ed25519 key that signs checkpoints. It lives in a file named by configuration, never in the
 * database: whoever can rewrite the database cannot sign a checkpoint for the rewritten history.
 * The JDK cannot derive an Ed25519 public key from its private key, so both halves are kept, as PEM.
 */
final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final String publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /**
     * Reads the key pair at {@code file} (and {@code file.pub}), or makes one there when neither exists.
     * Instances starting together on one folder take a file lock first, so that they make one pair, not two halves.
     */
    static SigningKey loadOrCreate(Path file) {
        Path publicFile = publicFile(file);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.notExists(file) && Files.notExists(publicFile)) {
                    return create(file, publicFile);
                }
            }
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            SigningKey key = new SigningKey(keys.generatePrivate(new PKCS8EncodedKeySpec(pem(file, "PRIVATE KEY"))),
                    keys.generatePublic(new X509EncodedKeySpec(pem(publicFile, "PUBLIC KEY"))));
            if (!verifies(key.publicKey, "key pair check", key.sign("key pair check"))) {
                throw new IllegalStateException("The checkpoint signing key " + file.toAbsolutePath() + " and its public key "
                        + publicFile.toAbsolutePath() + " are not one pair: restore the pair from the copy kept for it.");
            }
            log.info("Checkpoints are signed with the key {} (fingerprint {})", file.toAbsolutePath(), key.fingerprint());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint signing key " + file.toAbsolutePath()
                    + " and its public key " + publicFile.toAbsolutePath() + ": both must be readable", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The checkpoint signing key " + file.toAbsolutePath()
                    + " is not an Ed25519 key pair in PEM (PKCS#8 private key, X.509 public key)", e);
        }
    }

    private static SigningKey create(Path file, Path publicFile) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        write(file, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
        write(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
        SigningKey key = new SigningKey(pair.getPrivate(), pair.getPublic());
        log.warn("No checkpoint signing key was found: made a new Ed25519 key at {} (fingerprint {}). Keep a copy of it "
                + "outside the database's backups, give every instance the same file, and give auditors its public key {}.",
                file.toAbsolutePath(), key.fingerprint(), publicFile.toAbsolutePath());
        return key;
    }

    static Path publicFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".pub");
    }

    String sign(String text) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code signature} is the signature of {@code text} by the holder of {@code publicKey}; false for anything malformed. */
    static boolean verifies(String publicKey, String text, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    String publicKey() {
        return publicKey;
    }

    String fingerprint() {
        return Checkpoint.fingerprint(publicKey);
    }

    private static byte[] pem(Path file, String label) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(file + " holds no " + label + " in PEM");
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    private static void write(Path file, String label, byte[] der, boolean secret) throws IOException {
        String pem = "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + label + "-----\n";
        if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }
}
