package org.borderledger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borderledger.support.ModuleTestApplication;
import org.springframework.context.annotation.Bean;

/**
 * The command and query sides as the query side's tests assemble them: the aggregate, the projections, the
 * re-screening and the audit queries on Axon with the JDBC event store, and the Flyway migrations found on the
 * class path; no web.
 */
@ModuleTestApplication
public class QuerySideTestApplication {

    /** Where the access log counts its failures; the console's comes with the actuator. */
    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
