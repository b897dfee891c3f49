package org.borderledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Gives a test context a fresh, empty database of its own on the tests' PostgreSQL ({@link TestDatabases}),
 * so that test contexts never see each other's events. A module whose contexts need more settings in a test
 * extends it and adds them in {@link #settings()}.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        addModuleSettings(context);
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

    /**
     * The modules' own settings (their Axon serializers and processors), which an application imports with
     * {@code spring.config.import}; a module's test application has no application.yml that would. Added last,
     * below everything else, as an import of the console's would be.
     */
    private static void addModuleSettings(ConfigurableApplicationContext context) {
        try {
            for (Resource settings : new PathMatchingResourcePatternResolver().getResources("classpath*:module-settings/*.yml")) {
                for (PropertySource<?> source : new YamlPropertySourceLoader().load("module settings " + settings.getFilename(),
                        settings)) {
                    context.getEnvironment().getPropertySources().addLast(source);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The modules' settings could not be read", unreadable);
        }
    }

    /** What the module's test contexts need besides their database; nothing on the command side. */
    protected TestPropertyValues settings() {
        return TestPropertyValues.empty();
    }
}
