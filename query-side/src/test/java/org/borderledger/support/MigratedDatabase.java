package org.borderledger.support;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database on the tests' PostgreSQL ({@link TestDatabases}) with every migration applied and no application
 * running: a query test writes projection rows of its own choosing into it.
 */
public final class MigratedDatabase {

    private MigratedDatabase() {
    }

    public static JdbcTemplate create() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestDatabases.createDatabase(),
                TestDatabases.USER, TestDatabases.PASSWORD);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
