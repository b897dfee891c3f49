package org.borderledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderledger.support.MachinePostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

/** The whole application on the machine's PostgreSQL: page served, health UP, metrics exported. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ContextConfiguration(initializers = MachinePostgres.class)
class ApplicationOnMachinePostgresTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void servesTheStatusPage() {
        ResponseEntity<String> page = http.getForEntity("/", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("System status").contains("Events stored").contains("2026.11-1");
    }

    @Test
    void reportsHealthUpWithDatabaseAndEventProcessors() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").contains("\"db\"").contains("PostgreSQL");
    }

    @Test
    void exportsAxonAndJvmMetricsForPrometheus() {
        http.getForEntity("/", String.class); // sends a query through Axon's query bus
        ResponseEntity<String> metrics = http.getForEntity("/actuator/prometheus", String.class);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes").contains("hikaricp_connections")
                .containsPattern("queryBus_successCounter_total\\{[^}]*payloadType=\"FetchEventStoreOverviewQuery\"");
    }
}
