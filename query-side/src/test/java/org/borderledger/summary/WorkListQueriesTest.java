package org.borderledger.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.support.MigratedDatabase;
import org.borderledger.summary.api.ConsignmentSummary;
import org.borderledger.summary.api.FetchWorkListQuery;
import org.borderledger.summary.api.WorkList;
import org.borderledger.summary.api.WorkList.WorkListGroup;
import org.borderledger.summary.api.WorkStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The officers' work list, answered in SQL from summary rows written straight into a migrated database. */
class WorkListQueriesTest {

    static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");
    static JdbcTemplate jdbc;

    @BeforeAll
    static void migratedDatabaseWithConsignmentsAtTwoPosts() {
        jdbc = MigratedDatabase.create();
        summary("CN-DOC-LATE", "Khorgos", ConsignmentStatus.AWAITING_DOCUMENT_CHECK, 50);
        summary("CN-DOC-EARLY", "Khorgos", ConsignmentStatus.AWAITING_DOCUMENT_CHECK, 10);
        summary("CN-INSP-WAIT", "Khorgos", ConsignmentStatus.AWAITING_INSPECTION, 40);
        summary("CN-INSP-NOW", "Khorgos", ConsignmentStatus.UNDER_INSPECTION, 20);
        summary("CN-INSP-DISC", "Khorgos", ConsignmentStatus.DISCREPANCY_FOUND, 30);
        summary("CN-CLEARED", "Khorgos", ConsignmentStatus.CLEARED, 60);
        summary("CN-HELD", "Khorgos", ConsignmentStatus.HELD, 5);
        summary("CN-RELEASED", "Khorgos", ConsignmentStatus.RELEASED, 1);
        summary("CN-OTHER-POST", "Altynkol", ConsignmentStatus.AWAITING_DOCUMENT_CHECK, 0);
    }

    @Test
    void eachStageListsItsConsignmentsAtThePostOldestFirstWithItsCount() {
        WorkList list = workList(new FetchWorkListQuery(List.of("Khorgos"), 0, 10));

        assertThat(list.groups()).extracting(WorkListGroup::stage).containsExactly(WorkStage.values());
        assertThat(ids(list, WorkStage.AWAITING_DOCUMENT_CHECK)).containsExactly("CN-DOC-EARLY", "CN-DOC-LATE");
        assertThat(ids(list, WorkStage.AT_INSPECTION)).containsExactly("CN-INSP-NOW", "CN-INSP-DISC", "CN-INSP-WAIT");
        assertThat(ids(list, WorkStage.CLEARED_AWAITING_RELEASE)).containsExactly("CN-CLEARED");
        assertThat(list.groups()).extracting(WorkListGroup::total).containsExactly(2L, 3L, 1L);
        assertThat(ids(workList(new FetchWorkListQuery(List.of("Altynkol"), 0, 10)), WorkStage.AWAITING_DOCUMENT_CHECK))
                .containsExactly("CN-OTHER-POST");
    }

    @Test
    void theWorkListOfSeveralPostsHasTheConsignmentsOfEachInOneOrder() {
        WorkList both = workList(new FetchWorkListQuery(List.of("Altynkol", "Khorgos"), 0, 10));

        assertThat(both.borderPosts()).containsExactly("Altynkol", "Khorgos");
        assertThat(ids(both, WorkStage.AWAITING_DOCUMENT_CHECK)).containsExactly("CN-OTHER-POST", "CN-DOC-EARLY", "CN-DOC-LATE");
        assertThat(both.groups()).extracting(WorkListGroup::total).containsExactly(3L, 3L, 1L);
    }

    @Test
    void everyGroupIsPagedWithTheSameOffsetAndSizeAndKeepsItsTotal() {
        WorkList second = workList(new FetchWorkListQuery(List.of("Khorgos"), 1, 1));

        assertThat(ids(second, WorkStage.AWAITING_DOCUMENT_CHECK)).containsExactly("CN-DOC-LATE");
        assertThat(ids(second, WorkStage.AT_INSPECTION)).containsExactly("CN-INSP-DISC");
        assertThat(ids(second, WorkStage.CLEARED_AWAITING_RELEASE)).isEmpty();
        assertThat(second.groups()).extracting(WorkListGroup::total).containsExactly(2L, 3L, 1L);
    }

    @Test
    void aWorkListNeedsABorderPostAndASensiblePage() {
        assertThatThrownBy(() -> new FetchWorkListQuery(List.of(" "), 0, 10)).hasMessageContaining("border posts");
        assertThatThrownBy(() -> new FetchWorkListQuery(null, 0, 10)).hasMessageContaining("border posts");
        assertThatThrownBy(() -> new FetchWorkListQuery(List.of("Khorgos"), -1, 10)).hasMessageContaining("Offset");
        assertThatThrownBy(() -> new FetchWorkListQuery(List.of("Khorgos"), 0, 0)).hasMessageContaining("between 1 and");
    }

    /** A consignment declared the given minutes after {@link #MORNING}. */
    private static void summary(String id, String borderPost, ConsignmentStatus status, int minutes) {
        OffsetDateTime declaredAt = OffsetDateTime.ofInstant(MORNING.plusSeconds(60L * minutes), ZoneOffset.UTC);
        jdbc.update("""
                INSERT INTO consignment_summary (consignment_id, reference, declarant_name, exporter_name, consignee_name,
                    direction, border_post, destination_country, status, declared_at, last_changed_at, version)
                VALUES (?, ?, 'Declarant', 'Exporter', 'Consignee', 'EXPORT', ?, 'CN', ?, ?, ?, 1)""",
                id, "EX-" + id, borderPost, status.name(), declaredAt, declaredAt);
    }

    private static WorkList workList(FetchWorkListQuery query) {
        return new WorkListQueries(jdbc).handle(query);
    }

    private static List<String> ids(WorkList list, WorkStage stage) {
        return list.groups().stream().filter(group -> group.stage() == stage).findFirst().orElseThrow().items().stream()
                .map(ConsignmentSummary::consignmentId).toList();
    }
}
