package org.borderledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The BorderLedger console, JSON API and operations endpoints, assembling command and query side. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BorderLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(BorderLedgerApplication.class, args);
    }
}
