package org.borderledger.benchmark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The benchmark: the command and query sides of BorderLedger, as the console runs them, on a fresh
 * database, measured by {@link Benchmarks} and printed as a table. It exits when done.
 */
@SpringBootApplication(scanBasePackages = "org.borderledger")
@ConfigurationPropertiesScan
public class BenchmarkApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BenchmarkApplication.class);
        application.addListeners(new BenchmarkDatabase());
        int status;
        try {
            status = SpringApplication.exit(application.run(args));
        } catch (RuntimeException failed) {
            // Spring has logged it; a client or processor thread still running must not keep the JVM up.
            status = 1;
        }
        System.exit(status);
    }
}
