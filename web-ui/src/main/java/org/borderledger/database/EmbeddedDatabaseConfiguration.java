package org.borderledger.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url}, start a real PostgreSQL whose data
 * directory survives restarts, as durable as any production PostgreSQL, and connect the
 * application's pool to it. Setting the URL (for
 * example through {@code SPRING_DATASOURCE_URL}) switches this off with no code change.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean
    EmbeddedDatabasePassword embeddedDatabasePassword(EmbeddedDatabaseProperties properties) throws IOException {
        return EmbeddedDatabasePassword.of(properties.dataDirectory());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, EmbeddedDatabasePassword password)
            throws IOException {
        log.info("Starting embedded PostgreSQL with data directory {}", properties.dataDirectory().toAbsolutePath());
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(properties.dataDirectory())
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    // Zonky's defaults suit throw-away test databases: it passes -F (fsync off) and
                    // synchronous_commit=off, so a power loss could drop commands already confirmed.
                    // This server keeps the event store: every commit waits for its WAL to reach disk.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // The library's own readiness check connects too: with the password, once it is required.
                    .setConnectConfig("password", password.value())
                    .start();
            password.requireOf(postgres, properties.dataDirectory());
            log.info("Embedded PostgreSQL is listening on 127.0.0.1:{} (user postgres, password in {})", postgres.getPort(),
                    password.file());
            return postgres;
        } catch (IllegalStateException | IOException e) {
            throw new EmbeddedDatabaseStartException(properties.dataDirectory(), e);
        }
    }

    /** Pool settings under {@code spring.datasource.hikari} apply here as they do to an external database. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabasePassword password) {
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password(password.value())
                .build();
        dataSource.setPoolName("borderledger-embedded");
        return dataSource;
    }
}
