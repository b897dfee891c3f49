package org.borderledger.database;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL would not start. The most common cause by far is a second BorderLedger
 * (or a PostgreSQL left over from one killed hard) using the same data directory; the message
 * says so, instead of letting two servers write one directory.
 */
class EmbeddedDatabaseStartException extends IllegalStateException {

    EmbeddedDatabaseStartException(Path dataDirectory, Exception cause) {
        super("""
                The embedded PostgreSQL could not start on data directory %s.
                Another BorderLedger instance is probably using it (or a PostgreSQL left over from one that was killed: \
                see %s/postmaster.pid for its process id). Stop that instance, choose another directory with \
                BORDERLEDGER_EMBEDDED_DB_DATA_DIRECTORY, or point SPRING_DATASOURCE_URL at a shared PostgreSQL to run several \
                instances. Cause: %s""".formatted(dataDirectory.toAbsolutePath(), dataDirectory.toAbsolutePath(),
                cause.getMessage()), cause);
    }
}
