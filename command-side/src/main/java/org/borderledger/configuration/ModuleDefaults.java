package org.borderledger.configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Adds each module's own settings ({@code classpath*:borderledger-defaults/*.yml}: the event store's
 * serializers in command-side, the projections' processors in query-side) as the lowest-precedence
 * property sources, so that every application built from the modules (the console, the benchmark)
 * runs them as the modules intend, and the application's own files and the environment can still
 * override any of them.
 */
public class ModuleDefaults implements EnvironmentPostProcessor, Ordered {

    static final String LOCATION = "classpath*:borderledger-defaults/*.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getDescription));
            for (Resource file : files) {
                loader.load("borderledger-defaults: " + file.getFilename(), file)
                        .forEach(source -> environment.getPropertySources().addLast(source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the modules' default settings (" + LOCATION + ")", e);
        }
    }

    /** After Spring Boot's own config-data processor, so that addLast really is last. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
