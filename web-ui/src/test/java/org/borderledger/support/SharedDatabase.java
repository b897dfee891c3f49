package org.borderledger.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What the instance tests read straight from the database the instances share: the events stored,
 * the token claims, the console sessions, and the projection tables, compared with a rebuild from the store.
 */
public final class SharedDatabase {

    /** Each processing group's tables, every row in a stable order. */
    private static final Map<String, List<String>> TABLES = Map.of(
            "consignment-summary", List.of("consignment_summary", "consignment_goods"),
            "consignment-detail", List.of("consignment_detail"),
            "consignment-timeline", List.of("consignment_timeline"),
            "consignment-holds", List.of("consignment_hold", "consignment_hold_declaration"),
            "transit-movements", List.of("transit_movement"));
    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(90);

    private final JdbcTemplate jdbc;

    public SharedDatabase(String jdbcUrl, String user, String password) {
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(jdbcUrl, user, password));
    }

    /** Consignments' events: the screening-list register's own are not in the consignment projections. */
    public long eventsStored() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'Consignment'", Long.class);
    }

    /**
     * The consignments among these whose event stream is missing or has a gap: a declaration answered
     * 201 must have stored its events, numbered from 0 without a hole.
     */
    public List<String> withoutTheirEvents(Collection<String> consignmentIds) {
        List<String> lost = new ArrayList<>();
        for (String id : consignmentIds) {
            Map<String, Object> stream = jdbc.queryForMap("SELECT count(*) AS events, max(sequencenumber) AS last "
                    + "FROM domainevententry WHERE aggregateidentifier = ?", id);
            long events = ((Number) stream.get("events")).longValue();
            if (events == 0 || ((Number) stream.get("last")).longValue() != events - 1) {
                lost.add(id);
            }
        }
        return lost;
    }

    /** When each event of this type the consignment has stored happened, in order. */
    public List<Instant> eventsOf(String consignmentId, Class<?> eventType) {
        return jdbc.queryForList("SELECT timestamp FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?"
                + " ORDER BY sequencenumber", String.class, consignmentId, eventType.getName()).stream()
                .map(Instant::parse).toList();
    }

    /** The deadlines db-scheduler keeps, due or not yet run: rows of {@code scheduled_tasks}. */
    public long scheduledDeadlines() {
        return jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class);
    }

    /** Who holds each segment of a processor now: {@code tokenentry.owner}, null when unclaimed. */
    public List<String> owners(String processingGroup) {
        return jdbc.queryForList("SELECT owner FROM tokenentry WHERE processorname = ? ORDER BY segment",
                String.class, processingGroup);
    }

    /** The console sessions stored for the user: rows of {@code spring_session}, whichever instance signed them in. */
    public long sessionsOf(String username) {
        return jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Long.class, username);
    }

    /** Makes the user's sessions expired, as if their last request was longer ago than the session timeout. */
    public void expireSessionsOf(String username) {
        // Every expression reads the row as it was: both times move one timeout and a second into the past.
        jdbc.update("UPDATE spring_session SET last_access_time = last_access_time - max_inactive_interval * 1000::bigint - 1000, "
                + "expiry_time = last_access_time - 1000 WHERE principal_name = ?", username);
    }

    /** Rows of the timeline, one per event handled: more than the events stored would be an event handled twice. */
    public long timelineRows() {
        return jdbc.queryForObject("SELECT count(*) FROM consignment_timeline", Long.class);
    }

    /**
     * Rebuilds every projection through the administrator's console on the given instance and returns
     * the rows that differ between its tables before and after (0 when the projections equal the store).
     * Each group is rebuilt once it has caught up; the rebuild is known to be over when the instance has
     * logged the end of the group's pass over the store and its processor has since caught up again.
     */
    public int rowsDivergedFromARebuild(ApplicationInstance instance) throws IOException, InterruptedException {
        InstanceClient administrator = new InstanceClient(instance).signIn("admin");
        int diverged = 0;
        for (String group : ApplicationInstance.PROCESSING_GROUPS) {
            await().atMost(REPLAY_TIMEOUT).untilAsserted(() -> caughtUp(status(administrator, group)));
            List<String> live = rows(group);
            String filled = "Filled [" + group + "] from";
            long fillsBefore = instance.logLinesContaining(filled);
            assertThat(administrator.submit("/admin/projections", "/admin/projections/" + group + "/rebuild").status())
                    .isEqualTo(302);
            await().atMost(REPLAY_TIMEOUT).untilAsserted(() -> {
                assertThat(instance.logLinesContaining(filled)).as(group + " filled").isGreaterThan(fillsBefore);
                caughtUp(status(administrator, group));
            });
            List<String> rebuilt = rows(group);
            List<String> onlyLive = new ArrayList<>(live);
            rebuilt.forEach(onlyLive::remove);
            List<String> onlyRebuilt = new ArrayList<>(rebuilt);
            live.forEach(onlyRebuilt::remove);
            diverged += onlyLive.size() + onlyRebuilt.size();
        }
        return diverged;
    }

    private List<String> rows(String group) {
        List<String> rows = new ArrayList<>();
        TABLES.get(group).forEach(table -> rows.addAll(jdbc.queryForList(
                "SELECT '" + table + "' || r::text FROM " + table + " r ORDER BY r::text", String.class)));
        return rows;
    }

    private static void caughtUp(JsonNode processor) {
        assertThat(processor.get("segmentsClaimed").asLong()).isEqualTo(processor.get("segments").asLong());
        assertThat(processor.get("eventsDone").asLong()).isEqualTo(processor.get("eventsTotal").asLong());
    }

    private static JsonNode status(InstanceClient administrator, String group) {
        try {
            JsonNode all = administrator.get("/admin/projections/status").json();
            return StreamSupport.stream(all.spliterator(), false)
                    .filter(processor -> group.equals(processor.get("group").asText())).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
