package org.borderledger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.projection.EveryProjection.TABLES;
import static org.borderledger.support.Lifecycles.OFFICER;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.borderledger.QuerySideTestApplication;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshQuerySideDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Projections filled in one pass over the machine's PostgreSQL: every projection at once, only those
 * without tokens, and the hand-over to the processors when an append is still in its transaction
 * while the pass reads.
 */
@SpringBootTest(classes = QuerySideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = FreshQuerySideDatabase.class)
@Import(Commands.class)
class ProjectionReplayIntegrationTest {

    @Autowired
    ProjectionReplay replay;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    EveryProjection projections;

    @BeforeEach
    void everyProjection() {
        projections = new EveryProjection(processing, jdbc, commands);
    }

    @Test
    void onePassFillsEveryProjectionAsTheProcessorsDidLiveAndTheyGoOnFromItsEnd() {
        projections.storeSomeHistory("ALL");
        Map<String, List<Map<String, Object>>> live = projections.rowsOnceCaughtUp();

        long head = replay.rebuild(TABLES.keySet());

        assertThat(head).isEqualTo(projections.highestIndex());
        assertThat(projections.rows()).isEqualTo(live);
        TABLES.keySet().forEach(group -> assertThat(tokenStore.fetchSegments(group))
                .as(group).hasSize(group.equals("screening-rescreen") ? 1 : 4));
        commands.send(new DeclareConsignmentCommand("CN-FILL-AFTER", Declarations.withReference("EX-FILL-AFTER")), OFFICER);
        await().untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT consignment_id FROM consignment_summary WHERE consignment_id = 'CN-FILL-AFTER'")).hasSize(1));
    }

    @Test
    void atStartOnlyTheProjectionsWithoutTokensAreFilledAndTheOthersKeepTheirRows() {
        projections.storeSomeHistory("NEW");
        Map<String, List<Map<String, Object>>> live = projections.rowsOnceCaughtUp();
        StreamingEventProcessor holds = projections.processor("consignment-holds");
        holds.shutDown();
        // As a projection added by an upgrade is found: tables empty, no tokens.
        jdbc.update("DELETE FROM tokenentry WHERE processorname = 'consignment-holds'");
        jdbc.execute("TRUNCATE consignment_hold, consignment_hold_declaration");
        stopAll();
        Map<String, String> otherTokens = tokensExcept("consignment-holds");
        List<String> filled;
        try {
            filled = replay.fillThoseWithoutTokens(TABLES.keySet());
        } finally {
            startAll();
        }

        assertThat(filled).containsExactly("consignment-holds");
        assertThat(tokensExcept("consignment-holds")).isEqualTo(otherTokens);
        assertThat(projections.rows()).isEqualTo(live);
    }

    @Test
    void anAppendStillInItsTransactionDuringThePassIsHandledOnceItCommits() throws Exception {
        commands.send(new DeclareConsignmentCommand("CN-GAP-MODEL", Declarations.withReference("EX-GAP-MODEL")), OFFICER);
        StreamingEventProcessor summary = projections.processor("consignment-summary");
        try (Connection appending = dataSource.getConnection()) {
            appending.setAutoCommit(false);
            // A declaration of another consignment, appended in a transaction that stays open: it takes its
            // global index now and becomes visible only when it commits, after the pass has read past it.
            try (PreparedStatement append = appending.prepareStatement("""
                    INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                                                  payloadtype, payloadrevision, "timestamp")
                    SELECT 'CN-GAP-LATE', 0, type, 'gap-' || eventidentifier, metadata,
                           convert_to(replace(replace(convert_from(payload, 'UTF8'), 'CN-GAP-MODEL', 'CN-GAP-LATE'),
                                              'EX-GAP-MODEL', 'EX-GAP-LATE'), 'UTF8'),
                           payloadtype, payloadrevision, "timestamp"
                    FROM domainevententry WHERE aggregateidentifier = 'CN-GAP-MODEL' AND sequencenumber = 0
                    RETURNING globalindex""")) {
                var inserted = append.executeQuery();
                inserted.next();
                long late = inserted.getLong(1);
                commands.send(new DeclareConsignmentCommand("CN-GAP-AFTER", Declarations.withReference("EX-GAP-AFTER")),
                        OFFICER);

                summary.shutDown();
                try {
                    assertThat(replay.fill(List.of("consignment-summary"), true)).isGreaterThan(late);
                    // Every segment goes on from the pass's end with the late append's index among its gaps.
                    for (String token : jdbc.queryForList("SELECT convert_from(token, 'UTF8') FROM tokenentry"
                            + " WHERE processorname = 'consignment-summary'", String.class)) {
                        assertThat(new ObjectMapper().readValue(token, GapAwareTrackingToken.class).getGaps()).contains(late);
                    }
                } finally {
                    summary.start();
                }
                assertThat(summaryIds("CN-GAP-%")).containsExactly("CN-GAP-AFTER", "CN-GAP-MODEL");
            }
            appending.commit();
        }
        await().untilAsserted(() -> assertThat(summaryIds("CN-GAP-%"))
                .containsExactly("CN-GAP-AFTER", "CN-GAP-LATE", "CN-GAP-MODEL"));
    }

    private Map<String, String> tokensExcept(String group) {
        Map<String, String> tokens = new LinkedHashMap<>();
        jdbc.query("SELECT processorname, segment, encode(token, 'escape') FROM tokenentry WHERE processorname <> ?"
                + " ORDER BY 1, 2", row -> {
                    tokens.put(row.getString(1) + "/" + row.getInt(2), row.getString(3));
                }, group);
        return tokens;
    }

    private List<String> summaryIds(String pattern) {
        return jdbc.queryForList("SELECT consignment_id FROM consignment_summary WHERE consignment_id LIKE ? ORDER BY 1",
                String.class, pattern);
    }

    private void stopAll() {
        TABLES.keySet().forEach(group -> projections.processor(group).shutDown());
    }

    private void startAll() {
        TABLES.keySet().forEach(group -> projections.processor(group).start());
    }
}
