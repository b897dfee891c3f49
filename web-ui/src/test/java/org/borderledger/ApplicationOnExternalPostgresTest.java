package org.borderledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;

import java.util.List;
import org.borderledger.screening.ScreeningListVersions;
import org.borderledger.support.FreshConsoleDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The whole application on an external PostgreSQL (the tests', through {@code spring.datasource.url}, not
 * the embedded default): page served to a signed-in user, health UP for
 * anyone with the details for an administrator, metrics exported to an administrator only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ApplicationOnExternalPostgresTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ScreeningListVersions versions;
    @Autowired
    ApplicationContext context;

    @Test
    void servesTheStatusPageToASignedInUser() {
        ResponseEntity<String> page = asAdmin().getForEntity("/", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("System status").contains("Events stored")
                // the version the system published from the shipped lists at start
                .contains(versions.publications().get(0).version())
                .contains("Console administrator");
    }

    @Test
    void reportsHealthUpToAnyoneAndItsDetailsToAnAdministrator() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");

        ResponseEntity<String> details = asAdmin().getForEntity("/actuator/health", String.class);
        assertThat(details.getBody()).contains("\"status\":\"UP\"").contains("\"db\"").contains("PostgreSQL")
                .contains("\"eventProcessors\"");
    }

    @Test
    void exportsAxonJvmAndExecutorMetricsForPrometheusToAnAdministratorOnly() {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        asAdmin().getForEntity("/", String.class); // sends a query through Axon's query bus
        ResponseEntity<String> metrics = asAdmin().getForEntity("/actuator/prometheus", String.class);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes").contains("hikaricp_connections")
                .containsPattern("queryBus_successCounter_total\\{[^}]*payloadType=\"FetchEventStoreOverviewQuery\"");
        // Every background thread runs on an executor bean, which Spring Boot's executor metrics name.
        for (String executor : List.of("commandRetries", "accessLogWriting", "projectionChangeListening", "projectionRebuilds",
                "rescreening", "ledgerSealing", "liveHeartbeats")) {
            assertThat(metrics.getBody()).containsPattern("executor_pool_size_threads\\{[^}]*name=\"" + executor + "\"");
        }
    }

    /**
     * springdoc brings webjars-locator-lite, which alone would switch on Spring's resource chain: a
     * filter then looks every link of every page up on the class path (spring-framework#34014), two
     * thirds of a list page's processor time in the profile. Swagger UI has its own resolver.
     */
    @Test
    void rendersLinksWithoutLookingThemUpAsResourcesAndStillServesTheApiUi() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();

        ResponseEntity<String> ui = asAdmin().getForEntity("/api/docs/swagger-ui/swagger-initializer.js", String.class);
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ui.getBody()).contains("/api/docs/openapi.json");
    }

    private TestRestTemplate asAdmin() {
        return http.withBasicAuth("admin", DEMO_PASSWORD);
    }
}
