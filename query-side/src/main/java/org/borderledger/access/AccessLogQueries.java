package org.borderledger.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.borderledger.access.api.AccessAction;
import org.borderledger.access.api.AccessEntry;
import org.borderledger.access.api.AccessLogPage;
import org.borderledger.access.api.SearchAccessLogQuery;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The access log searched in SQL, newest first; only the filters given become conditions, each with its index. */
@Component
class AccessLogQueries {

    private static final TypeReference<Map<String, String>> CRITERIA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    AccessLogQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    AccessLogPage handle(SearchAccessLogQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filter(conditions, parameters, "user_id = ?", query.userId());
        filter(conditions, parameters, "action = ?", query.action() == null ? null : query.action().name());
        filter(conditions, parameters, "consignment_id = ?", query.consignmentId());
        filter(conditions, parameters, "at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
        filter(conditions, parameters, "at < ?", query.to() == null ? null : Timestamp.from(query.to()));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        // One row more than the page, to know whether there is a next page without counting them all.
        parameters.add(query.limit() + 1);
        parameters.add(query.offset());
        List<AccessEntry> entries = jdbc.query("SELECT at, user_id, role, border_post, action, consignment_id, export_kind,"
                + " criteria, path, result_count FROM access_log" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                this::entry, parameters.toArray());
        boolean hasMore = entries.size() > query.limit();
        return new AccessLogPage(hasMore ? entries.subList(0, query.limit()) : entries, query.offset(), query.limit(), hasMore);
    }

    private AccessEntry entry(ResultSet row, int number) throws SQLException {
        String criteria = row.getString("criteria");
        try {
            return new AccessEntry(row.getTimestamp("at").toInstant(),
                    new Actor(row.getString("user_id"), Role.valueOf(row.getString("role")), row.getString("border_post")),
                    AccessAction.valueOf(row.getString("action")), row.getString("consignment_id"),
                    row.getString("export_kind"), criteria == null ? Map.of() : json.readValue(criteria, CRITERIA),
                    row.getString("path"), (Integer) row.getObject("result_count"));
        } catch (JsonProcessingException unreadable) {
            throw new SQLException("Criteria of access_log row " + number + " are not a JSON object of strings", unreadable);
        }
    }

    private static void filter(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }
}
