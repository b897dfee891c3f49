package org.borderledger.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The embedded PostgreSQL's password. Its library creates the server trusting every local connection,
 * so that anyone with a shell on the machine could connect as superuser and rewrite events and ledger
 * alike. The application therefore makes a random password at first start, keeps it in a file only its
 * user may read ({@code <data directory>.password}, beside the data, never in it), gives it to the
 * {@code postgres} role and requires it of every connection, local and over the loopback (replication
 * included, for {@code pg_basebackup}). A data directory made before this is closed the same way at its
 * next start.
 */
record EmbeddedDatabasePassword(Path file, String value) {

    /** Every connection, over a socket or the loopback, for databases and replication, gives the password. */
    private static final String HOST_BASED_AUTHENTICATION = """
            # Written by BorderLedger at every start: every connection gives the password kept beside the data directory.
            local   all           all                 scram-sha-256
            host    all           all   127.0.0.1/32  scram-sha-256
            host    all           all   ::1/128       scram-sha-256
            local   replication   all                 scram-sha-256
            host    replication   all   127.0.0.1/32  scram-sha-256
            host    replication   all   ::1/128       scram-sha-256
            """;

    /**
     * The password of the server whose data directory this is, from the file beside it; made (32 random
     * bytes, hexadecimal) and kept there at the first start.
     */
    static EmbeddedDatabasePassword of(Path dataDirectory) throws IOException {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        Path file = absolute.resolveSibling(absolute.getFileName() + ".password");
        Files.createDirectories(absolute);
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String made = HexFormat.of().formatHex(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                return new EmbeddedDatabasePassword(file, Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
            Files.writeString(file, made, StandardCharsets.US_ASCII);
            return new EmbeddedDatabasePassword(file, made);
        }
        return new EmbeddedDatabasePassword(file, Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    /**
     * Gives the {@code postgres} role the password and makes the server require it of every connection
     * from now on; the connection that does so may still be a trusted one, at a data directory's first start.
     */
    void requireOf(EmbeddedPostgres postgres, Path dataDirectory) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // Hexadecimal digits only: nothing in it can end the literal.
            statement.execute("ALTER ROLE postgres PASSWORD '" + value + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION, StandardCharsets.UTF_8);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("The embedded PostgreSQL's password could not be set", e);
        }
    }

    /** Names the file only: the password itself never reaches a log. */
    @Override
    public String toString() {
        return "EmbeddedDatabasePassword[" + file + "]";
    }
}
