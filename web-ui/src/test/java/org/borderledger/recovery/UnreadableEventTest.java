package org.borderledger.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.borderledger.BorderLedgerApplication;
import org.borderledger.consignment.api.DeclarationCancelledEvent;
import org.borderledger.projection.DeadLetters;
import org.borderledger.projection.api.DeadLetterOutcome;
import org.borderledger.screening.RegisteredScreeningListVersions;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.borderledger.screening.api.UnreadableEvent;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.web.ConsignmentForms;
import org.borderledger.web.PageAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An event planted with SQL that cannot be read back (corrupt JSON) in the screening-list register:
 * the application starts and serves, screening refuses with the event named, health says
 * OUT_OF_SERVICE naming it, the re-screening processor parks it instead of stopping, and the repair
 * documented in docs/recovery.md brings screening back. An unreadable consignment event refuses that
 * consignment's commands with a clear message and parks only that consignment.
 */
@SpringBootTest(properties = "borderledger.screening.list-check-interval-ms=100")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
@DirtiesContext
class UnreadableEventTest {

    private static final String REGISTER = "screening-lists";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    UserDetailsService users;

    @Test
    void anUnreadablePublicationStopsScreeningLoudlyButNotTheApplicationAndTheDocumentedRepairRestoresIt() throws Exception {
        String eventId = UUID.randomUUID().toString();
        long sequence = jdbc.queryForObject("SELECT max(sequencenumber) + 1 FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, REGISTER);
        long globalIndex = jdbc.queryForObject("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadtype, "timestamp")
                VALUES (?, ?, 'ScreeningListRegister', ?, convert_to('{}', 'UTF8'),
                        convert_to('{"registerId":"screening-lists","version":', 'UTF8'), ?, ?)
                RETURNING globalindex""", Long.class,
                REGISTER, sequence, eventId, ScreeningListPublishedEvent.class.getName(), Instant.now().toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/actuator/health").with(httpBasic("admin", DEMO_PASSWORD)))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"))
                        .andExpect(jsonPath("$.components.screeningLists.status").value("OUT_OF_SERVICE"))
                        .andExpect(jsonPath("$.components.screeningLists.details.globalIndex").value(globalIndex))
                        .andExpect(jsonPath("$.components.screeningLists.details.sequenceNumber").value(sequence))
                        .andExpect(jsonPath("$.components.screeningLists.details.payloadType")
                                .value(ScreeningListPublishedEvent.class.getName()))
                        .andExpect(jsonPath("$.components.screeningLists.details.unreadableEvent")
                                .value(containsString("event id " + eventId))));
        long events = storedEvents();
        declare("UNREADABLE-1")
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SCREENING_LISTS_UNREADABLE"))
                .andExpect(jsonPath("$.detail").value(containsString("register event " + sequence + ", global index " + globalIndex)));
        mvc.perform(multipart("/api/screening-lists").file(Uploads.euFileWithName("Test Trading LLC")).param("source", "EU_FSF")
                        .with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SCREENING_LISTS_UNREADABLE"));
        assertThat(storedEvents()).isEqualTo(events);

        // the re-screening processor, which handles publications, parks the event and goes on
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM deadletterentry WHERE processinggroup = 'screening-rescreen' AND eventidentifier = ?",
                Long.class, eventId) == 1);
        mvc.perform(get("/actuator/health").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.components.eventProcessors.status").value("UP"));

        // another instance starts on this data, and knows which event stops it
        // command-line arguments, which outrank application.yml as they do in production
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(BorderLedgerApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                        "--spring.datasource.hikari.minimum-idle=1", "--borderledger.security.allow-demo-users=true")) {
            assertThat(restarted.getBean(RegisteredScreeningListVersions.class).unreadable()).get()
                    .extracting(UnreadableEvent::globalIndex, UnreadableEvent::sequenceNumber, UnreadableEvent::eventIdentifier)
                    .containsExactly(globalIndex, sequence, eventId);
        }

        jdbc.update(RecoverySql.NEUTRALISE_PUBLICATION, globalIndex);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> declare("UNREADABLE-2").andExpect(status().isCreated()));
        mvc.perform(get("/actuator/health").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.components.screeningLists.status").value("UP"));
        // the parked copy is the unreadable original until refreshed from the repaired row
        assertThat(deadLetters.retry("screening-rescreen", REGISTER).result()).isEqualTo(DeadLetterOutcome.Result.STILL_FAILING);
        assertThat(jdbc.update(RecoverySql.REFRESH_PARKED_COPIES, globalIndex)).isEqualTo(1);
        assertThat(deadLetters.retry("screening-rescreen", REGISTER).result()).isEqualTo(DeadLetterOutcome.Result.RETRIED);
    }

    @Test
    void aConsignmentWhoseEventCannotBeReadRefusesItsCommandsClearlyAndParksOnlyItself() throws Exception {
        String location = declare("UNREADABLE-C").andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String consignmentId = location.substring(location.lastIndexOf('/') + 1);
        long sequence = jdbc.queryForObject("SELECT max(sequencenumber) + 1 FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, consignmentId);
        String eventId = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadtype, "timestamp")
                VALUES (?, ?, 'Consignment', ?, convert_to('{}', 'UTF8'), convert_to('{"consignmentId":', 'UTF8'), ?, ?)""",
                consignmentId, sequence, eventId, DeclarationCancelledEvent.class.getName(), Instant.now().toString());

        mvc.perform(ConsignmentForms.action(consignmentId, "cancellation", sequence, "reason", "Withdrawn")
                        .with(new PageAccess(mvc, users).as("o.aliyev")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("A stored event this change needs cannot be read")));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM deadletterentry WHERE eventidentifier = ?", Long.class, eventId) > 0);
        declare("UNREADABLE-D").andExpect(status().isCreated());
        mvc.perform(get("/actuator/health").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.components.eventProcessors.status").value("UP"));
    }

    private ResultActions declare(String reference) throws Exception {
        return mvc.perform(post("/api/consignments").with(httpBasic("o.aliyev", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Uploads.declaration(reference)));
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
