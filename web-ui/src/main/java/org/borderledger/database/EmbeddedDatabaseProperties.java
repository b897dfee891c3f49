package org.borderledger.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL that BorderLedger starts for itself when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where PostgreSQL keeps its files; kept across restarts
 * @param port          the port it listens on (127.0.0.1 only); 0 picks a free one
 */
@ConfigurationProperties("borderledger.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port) {

    public EmbeddedDatabaseProperties {
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
    }
}
