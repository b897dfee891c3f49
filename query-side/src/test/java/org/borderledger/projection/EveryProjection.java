package org.borderledger.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.support.Lifecycles.OFFICER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.Lifecycles;
import org.borderledger.support.ListPublications;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every projection of the query side as the tests of a pass over all of them see it: a history to store, and their rows. */
record EveryProjection(EventProcessingConfiguration processing, JdbcTemplate jdbc, Commands commands) {

    /** Every streaming processor's processing group and the tables it fills (its rows selected in a stable order). */
    static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("consignment-summary", List.of("consignment_summary", "consignment_goods"));
        TABLES.put("consignment-detail", List.of("consignment_detail"));
        TABLES.put("consignment-timeline", List.of("consignment_timeline"));
        TABLES.put("consignment-holds", List.of("consignment_hold_declaration", "consignment_hold"));
        TABLES.put("transit-movements", List.of("transit_movement"));
        TABLES.put("screening-rescreen", List.of("rescreen_consignment", "rescreen_publication", "rescreen_outcome"));
    }

    /** Consignments held, reviewed, inspected and released, and a list publication with its re-screening. */
    void storeSomeHistory(String tag) {
        for (int i = 1; i <= 3; i++) {
            String id = "CN-FILL-" + tag + "-" + i;
            commands.send(new DeclareConsignmentCommand(id, Lifecycles.toASanctionedConsignee("EX-FILL-" + tag + "-" + i)),
                    OFFICER);
            if (i < 3) {
                Lifecycles.liftInspectAndRelease(commands, id);
            }
            commands.send(new DeclareConsignmentCommand(id + "-PLAIN", Declarations.withReference("EX-FILL-" + tag + "-P" + i)),
                    OFFICER);
        }
        commands.send(ListPublications.withAnUnrelatedParty(tag), ListPublications.ADMIN);
    }

    /**
     * The rows once every processor has every stored event and no re-screening is pending: a publication's
     * re-screenings append events, seeded only once the re-screening process has handled it.
     */
    Map<String, List<Map<String, Object>>> rowsOnceCaughtUp() {
        await().untilAsserted(() -> {
            long head = highestIndex();
            TABLES.keySet().forEach(group -> assertThat(processor(group).processingStatus().values())
                    .as(group).isNotEmpty()
                    .allMatch(segment -> segment.isCaughtUp() && segment.getCurrentPosition().orElse(-1) >= head));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM rescreen_task WHERE state = 'PENDING'", Long.class)).isZero();
            assertThat(highestIndex()).isEqualTo(head);
        });
        return rows();
    }

    Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        TABLES.values().stream().flatMap(List::stream)
                .forEach(table -> rows.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2")));
        return rows;
    }

    long highestIndex() {
        return jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
    }

    StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
    }
}
