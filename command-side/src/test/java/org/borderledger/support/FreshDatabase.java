package org.borderledger.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives a test context a fresh, empty database of its own on the tests' PostgreSQL ({@link TestDatabases}),
 * so that test contexts never see each other's events. A module whose contexts need more settings in a test
 * extends it and adds them in {@link #settings()}.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // The context is closed before its database is dropped: see TestDatabases.
        settings().and(
                "spring.datasource.url=" + TestDatabases.createDatabase(context::close),
                "spring.datasource.username=" + TestDatabases.USER,
                "spring.datasource.password=" + TestDatabases.PASSWORD,
                // Test contexts stay cached for the whole run: each keeps one idle connection instead of its pool's
                // ten, so that one PostgreSQL serves every context of the run.
                "spring.datasource.hikari.minimum-idle=1",
                "spring.datasource.hikari.idle-timeout=10000").applyTo(context);
    }

    /** What the module's test contexts need besides their database; nothing on the command side. */
    protected TestPropertyValues settings() {
        return TestPropertyValues.empty();
    }
}
