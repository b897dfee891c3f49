package org.borderledger.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The PostgreSQL that BorderLedger starts for itself when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the embedded PostgreSQL keeps its files, kept across restarts (relative to the
 *                      directory the application is started from)
 * @param port          the port it listens on, on 127.0.0.1 only; 0 picks a free one, and the log says which
 */
@ConfigurationProperties("borderledger.embedded-db")
@Validated
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
                                         @DefaultValue("0") @Min(0) @Max(65535) int port) {
}
