package org.borderledger.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Drops and creates the database named in {@code spring.datasource.url} before anything connects to
 * it, so that every run measures the same empty store, whatever an earlier run left.
 */
class BenchmarkDatabase implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getRequiredProperty("spring.datasource.url");
        int slash = url.lastIndexOf('/');
        int parameters = url.indexOf('?', slash);
        String name = parameters < 0 ? url.substring(slash + 1) : url.substring(slash + 1, parameters);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("The benchmark's database name '" + name
                    + "' must be lower case letters, digits and '_'");
        }
        String adminUrl = url.substring(0, slash + 1) + "postgres" + (parameters < 0 ? "" : url.substring(parameters));
        try (Connection connection = DriverManager.getConnection(adminUrl,
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the benchmark's database " + name + " through " + adminUrl, e);
        }
    }
}
