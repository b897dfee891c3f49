package org.borderledger.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/**
 * Makes a module's test application, which assembles what the module's tests need from what is on the class
 * path (auto-configuration, the components and properties under the annotated class's package, the Flyway
 * migrations) and which its tests name in {@code @SpringBootTest(classes = ...)}. It is deliberately neither a
 * {@code @SpringBootConfiguration} nor a {@code @Configuration}: when Maven resolves a module's test jar in the
 * reactor without packaging it, the module's whole test folder is on the next module's class path, and there
 * neither that module's {@code @SpringBootTest} lookup nor its component scan may find a second application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
@ConfigurationPropertiesScan
public @interface ModuleTestApplication {
}
