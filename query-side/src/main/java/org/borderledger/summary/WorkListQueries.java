package org.borderledger.summary;

import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.consignment.api.ConsignmentStatus;
import org.borderledger.summary.api.ConsignmentSummary;
import org.borderledger.summary.api.FetchWorkListQuery;
import org.borderledger.summary.api.WorkList;
import org.borderledger.summary.api.WorkList.WorkListGroup;
import org.borderledger.summary.api.WorkStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers an officer's work list from {@code consignment_summary}: per stage, its consignments at the
 * border posts, oldest declaration first, read through the (border post, status, declared at) index.
 */
@Component
class WorkListQueries {

    private static final String IN_STAGE = " WHERE border_post = ANY (?) AND status = ANY (?)";

    private final JdbcTemplate jdbc;

    WorkListQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    WorkList handle(FetchWorkListQuery query) {
        return new WorkList(query.borderPosts(), Arrays.stream(WorkStage.values()).map(stage -> group(query, stage)).toList());
    }

    private WorkListGroup group(FetchWorkListQuery query, WorkStage stage) {
        String[] posts = query.borderPosts().toArray(String[]::new);
        String[] statuses = stage.statuses().stream().map(ConsignmentStatus::name).toArray(String[]::new);
        long total = jdbc.queryForObject("SELECT count(*) FROM consignment_summary" + IN_STAGE, Long.class,
                posts, statuses);
        List<ConsignmentSummary> items = jdbc.query(SummaryRows.SELECT + IN_STAGE
                        + " ORDER BY declared_at, consignment_id LIMIT ? OFFSET ?", SummaryRows::map,
                posts, statuses, query.limit(), query.offset());
        return new WorkListGroup(stage, items, total);
    }
}
