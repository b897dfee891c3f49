package org.borderledger.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.DecisionReason;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.consignment.api.HoldDecision;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.consignment.api.ReviewHoldCommand;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.detail.api.FetchConsignmentDetailQuery;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.PageAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who looked at what, through the real pages and API: every view of a consignment, search and export
 * lands in the access log with the person's user id, role, border post and the instant, and the
 * auditor searches and exports that log on its own page and through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class AccessLogPagesTest {

    static final Actor SUPERVISOR = new Actor("s.karimov", Role.SUPERVISOR, "Kurmangazy");
    static final Actor REVIEWER = new Actor("s.bekova", Role.SUPERVISOR, "Kurmangazy");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QueryGateway queries;

    /** One row of the table as the test reads it back. */
    record Row(String action, String userId, String role, String borderPost, String path, String exportKind,
               String criteria, Integer resultCount, Instant at) {
    }

    @Test
    void everyViewOfAConsignmentIsRecordedWithWhoWhereAndWhen() throws Exception {
        String id = declaredHeldAndLifted("ACC-VIEW");
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        mvc.perform(get("/consignments/" + id).with(as("o.aliyev"))).andExpect(status().isOk());
        mvc.perform(get("/holds/" + id + "/H-1").with(as("s.bekova"))).andExpect(status().isOk());
        mvc.perform(get("/audit/consignments/" + id).with(as("a.seitkali"))).andExpect(status().isOk());
        mvc.perform(get("/audit/consignments/" + id + "/as-of").param("at", "2030-01-01T00:00").with(as("a.seitkali")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/consignments/" + id).with(httpBasic("o.nurlanova", DEMO_PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/consignments/" + id + "/timeline").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        // An unknown consignment showed nothing: nothing to record.
        mvc.perform(get("/consignments/CN-ACC-NEVER").with(as("o.aliyev"))).andExpect(status().isNotFound());

        await().untilAsserted(() -> assertThat(rows("consignment_id = ?", id)).hasSize(6));
        assertThat(rows("consignment_id = ?", id)).extracting(Row::action, Row::userId, Row::role, Row::borderPost, Row::path)
                .containsExactly(
                        tuple("VIEW", "o.aliyev", "OFFICER", "Kurmangazy", "/consignments/" + id),
                        tuple("VIEW", "s.bekova", "SUPERVISOR", "Kurmangazy", "/holds/" + id + "/H-1"),
                        tuple("VIEW", "a.seitkali", "AUDITOR", "-", "/audit/consignments/" + id),
                        tuple("VIEW", "a.seitkali", "AUDITOR", "-", "/audit/consignments/" + id + "/as-of"),
                        tuple("VIEW", "o.nurlanova", "OFFICER", "Syrym", "/api/consignments/" + id),
                        tuple("VIEW", "a.seitkali", "AUDITOR", "-", "/api/consignments/" + id + "/timeline"));
        assertThat(rows("consignment_id = ?", id)).allSatisfy(row -> assertThat(row.at()).isBetween(before, Instant.now()));
        assertThat(rows("consignment_id = ?", "CN-ACC-NEVER")).isEmpty();
    }

    @Test
    void searchesAreRecordedWithTheCriteriaTypedAndTheRowsShown() throws Exception {
        String id = declaredHeldAndLifted("ACC-SEARCH");

        mvc.perform(get("/consignments").param("party", "ACC-SEARCH party").param("hs", "").with(as("o.aliyev")))
                .andExpect(status().isOk());
        mvc.perform(get("/holds").param("reason", "DOCUMENTS").with(as("s.karimov"))).andExpect(status().isOk());
        mvc.perform(get("/audit/events").param("consignment", id).with(as("a.seitkali"))).andExpect(status().isOk());
        mvc.perform(get("/").with(as("o.nurlanova"))).andExpect(status().isOk());
        // A filter the page refuses searched nothing.
        mvc.perform(get("/consignments").param("hs", "ACC-SEARCH-not-a-code").with(as("o.aliyev"))).andExpect(status().isOk());

        await().untilAsserted(() -> assertThat(rows("criteria->>'party' = ?", "ACC-SEARCH party")).hasSize(1));
        Row list = rows("criteria->>'party' = ?", "ACC-SEARCH party").get(0);
        assertThat(list).extracting(Row::action, Row::userId, Row::role, Row::borderPost, Row::path, Row::resultCount)
                .containsExactly("SEARCH", "o.aliyev", "OFFICER", "Kurmangazy", "/consignments", 0);
        // The officer's own post applied by default is part of what was searched; the empty HS filter is not.
        assertThat(list.criteria()).contains("\"post\": \"Kurmangazy\"").doesNotContain("hs");

        await().untilAsserted(() -> assertThat(rows("criteria->>'consignment' = ? AND action = 'SEARCH'", id)).hasSize(1));
        assertThat(rows("criteria->>'consignment' = ? AND action = 'SEARCH'", id).get(0))
                .extracting(Row::userId, Row::path, Row::resultCount).containsExactly("a.seitkali", "/audit/events", 4);
        await().untilAsserted(() -> assertThat(rows("user_id = 's.karimov' AND criteria->>'reason' = ?", "DOCUMENTS"))
                .isNotEmpty());
        assertThat(rows("user_id = 's.karimov' AND criteria->>'reason' = ?", "DOCUMENTS").get(0).path()).isEqualTo("/holds");
        // The dashboard's work list of the officer's post is a search too.
        await().untilAsserted(() -> assertThat(rows("user_id = 'o.nurlanova' AND path = '/'")).isNotEmpty());
        assertThat(rows("user_id = 'o.nurlanova' AND path = '/'").get(0).criteria())
                .contains("\"borderPosts\": \"Syrym\"", "\"workList\": \"oldest per stage\"");
        assertThat(rows("criteria->>'hs' = ?", "ACC-SEARCH-not-a-code")).isEmpty();
    }

    @Test
    void exportsAreRecordedWithWhatWasWrittenAndHowManyRows() throws Exception {
        String id = declaredHeldAndLifted("ACC-EXPORT");

        mvc.perform(get("/audit/consignments/" + id + "/history.json").with(as("a.seitkali"))).andExpect(status().isOk());
        mvc.perform(get("/audit/events/export.csv").param("consignment", id).with(as("a.seitkali"))).andExpect(status().isOk());
        await().untilAsserted(() -> assertThat(rows("action = 'EXPORT' AND (consignment_id = ? OR criteria->>'consignment' = ?)",
                id, id)).hasSize(2));
        mvc.perform(get("/audit/access/export.csv").param("consignment", id).with(as("a.seitkali")))
                .andExpect(status().isOk());

        await().untilAsserted(() -> assertThat(rows("action = 'EXPORT' AND (consignment_id = ? OR criteria->>'consignment' = ?)",
                id, id)).hasSize(3));
        assertThat(rows("action = 'EXPORT' AND (consignment_id = ? OR criteria->>'consignment' = ?)", id, id))
                .extracting(Row::userId, Row::exportKind, Row::path, Row::resultCount).containsExactly(
                        tuple("a.seitkali", "history.json", "/audit/consignments/" + id + "/history.json", 4),
                        tuple("a.seitkali", "event-log.csv", "/audit/events/export.csv", 4),
                        // The access log's own export: the history export only, which had been recorded by then.
                        tuple("a.seitkali", "access-log.csv", "/audit/access/export.csv", 1));
    }

    @Test
    void theAuditorSearchesTheAccessLogAndTakesItAwayAsCsv() throws Exception {
        String id = declaredHeldAndLifted("ACC-PAGE");
        mvc.perform(get("/consignments/" + id).with(as("o.aliyev"))).andExpect(status().isOk());
        mvc.perform(get("/audit/consignments/" + id).with(as("a.seitkali"))).andExpect(status().isOk());
        await().untilAsserted(() -> assertThat(rows("consignment_id = ?", id)).hasSize(2));

        mvc.perform(get("/audit/access").param("consignment", id).param("user", "o.aliyev").with(as("a.seitkali")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("id=\"access-entries\""), containsString("/consignments/" + id),
                        containsString("<span class=\"actor-user\">o.aliyev</span>"), containsString("Viewed"),
                        not(containsString("<span class=\"actor-user\">a.seitkali</span>")),
                        containsString("/audit/access/export.csv?user=o.aliyev"))));
        mvc.perform(get("/audit/access").param("consignment", id).param("action", "export").with(as("a.seitkali")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No access matches these filters.")));
        mvc.perform(get("/audit/access").param("action", "peek").with(as("a.seitkali"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;peek&quot; is not an action")));
        mvc.perform(get("/audit/access").param("from", "soon").with(as("a.seitkali"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;soon&quot; is not a date and time")));
        mvc.perform(get("/audit/access").param("consignment", id).param("lang", "kk").with(as("a.seitkali")))
                .andExpect(content().string(containsString("Қол жеткізу журналы")));

        mvc.perform(get("/audit/access/export.csv").param("consignment", id).param("action", "VIEW").with(as("a.seitkali")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"access-log.csv\"")))
                .andExpect(content().string(allOf(
                        startsWith("\uFEFFat,userId,role,borderPost,action,consignmentId,exportKind,criteria,path,resultCount"),
                        containsString(",o.aliyev,OFFICER,Kurmangazy,VIEW," + id + ",,,/consignments/" + id + ","),
                        containsString(",a.seitkali,AUDITOR,-,VIEW," + id + ",,,/audit/consignments/" + id + ","))));
        mvc.perform(get("/audit/access/export.csv").param("action", "peek").with(as("a.seitkali")))
                .andExpect(status().isBadRequest());
        // The auditor's search of the access log is in the log too.
        await().untilAsserted(() -> assertThat(rows("path = '/audit/access' AND criteria->>'consignment' = ?", id))
                .extracting(Row::action).contains("SEARCH"));
    }

    @Test
    void onlyTheAuditorReadsTheAccessLog() throws Exception {
        PageAccess access = new PageAccess(mvc, users);
        access.opensOnlyFor("a.seitkali", "/audit/access");
        access.opensOnlyFor("a.seitkali", "/audit/access/export.csv");
        for (String other : List.of("o.aliyev", "s.karimov", "admin")) {
            mvc.perform(get("/api/access-log").with(httpBasic(other, DEMO_PASSWORD))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }
        mvc.perform(get("/api/access-log")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiAnswersTheSameSearchAsJsonAndExplainsABadParameter() throws Exception {
        String id = declaredHeldAndLifted("ACC-API");
        mvc.perform(get("/consignments/" + id).with(as("o.aliyev"))).andExpect(status().isOk());
        await().untilAsserted(() -> assertThat(rows("consignment_id = ?", id)).hasSize(1));

        mvc.perform(get("/api/access-log").param("consignment", id).param("action", "VIEW")
                        .param("from", "2000-01-01T00:00:00Z").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].actor.userId").value("o.aliyev"))
                .andExpect(jsonPath("$.entries[0].actor.borderPost").value("Kurmangazy"))
                .andExpect(jsonPath("$.entries[0].action").value("VIEW"))
                .andExpect(jsonPath("$.entries[0].path").value("/consignments/" + id))
                .andExpect(jsonPath("$.hasMore").value(false));
        mvc.perform(get("/api/access-log").param("action", "peek").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("action"));
        mvc.perform(get("/api/access-log").param("from", "yesterday").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/access-log").param("from", "2030-01-01T00:00:00Z").param("to", "2029-01-01T00:00:00Z")
                        .with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The time range must start before it ends"));
        mvc.perform(get("/api/access-log").param("from", "+999999999-01-01T00:00:00Z").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/access-log").param("user", "a\u0000b").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("user"));
        mvc.perform(get("/api/access-log").param("page", "-1").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        await().untilAsserted(() -> assertThat(rows("path = '/api/access-log' AND criteria->>'consignment' = ?", id))
                .extracting(Row::action, Row::userId, Row::resultCount).containsExactly(tuple("SEARCH", "a.seitkali", 1)));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    @Test
    void aLiveRefreshOfAnOpenedPageIsNoNewViewButTheRefreshHeaderAloneHidesNothing() throws Exception {
        String id = declaredHeldAndLifted("ACC-REFRESH");
        String page = "/consignments/" + id;
        Cookie session = newSession();
        String html = mvc.perform(get(page).cookie(session).with(as("o.aliyev"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher carried = Pattern.compile("data-refresh=\"([0-9a-f]{32})\"").matcher(html);
        assertThat(carried.find()).as("the page carries its refresh token").isTrue();
        String token = carried.group(1);

        for (int refresh = 0; refresh < 3; refresh++) {
            mvc.perform(get(page).cookie(session).header("BorderLedger-Refresh", token).with(as("o.aliyev")))
                    .andExpect(status().isOk());
        }
        // Recorded: a made-up token, the page's token from another session, and the token on another page.
        mvc.perform(get(page).cookie(session).header("BorderLedger-Refresh", "0".repeat(32)).with(as("o.aliyev")))
                .andExpect(status().isOk());
        mvc.perform(get(page).cookie(newSession()).header("BorderLedger-Refresh", token).with(as("o.aliyev")))
                .andExpect(status().isOk());
        mvc.perform(get("/consignments").param("reference", "EX-ACC-REFRESH").cookie(session)
                .header("BorderLedger-Refresh", token).with(as("o.aliyev"))).andExpect(status().isOk());
        // Entries are written in the order recorded: once the search is there, every view before it is too.
        await().untilAsserted(() -> assertThat(rows("user_id = 'o.aliyev' AND criteria::text LIKE '%EX-ACC-REFRESH%'"))
                .hasSize(1));

        assertThat(rows("consignment_id = ? AND user_id = 'o.aliyev'", id)).extracting(Row::action)
                .containsExactly("VIEW", "VIEW", "VIEW");
    }

    /** A console session of its own (the sign-in page starts one), as the browser holds it in its cookie. */
    private Cookie newSession() throws Exception {
        return mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
    }

    private List<Row> rows(String condition, Object... parameters) {
        return jdbc.query("SELECT action, user_id, role, border_post, path, export_kind, criteria::text AS criteria,"
                        + " result_count, at FROM access_log WHERE " + condition + " ORDER BY id",
                (row, number) -> new Row(row.getString("action"), row.getString("user_id"), row.getString("role"),
                        row.getString("border_post"), row.getString("path"), row.getString("export_kind"),
                        row.getString("criteria"), (Integer) row.getObject("result_count"),
                        row.getTimestamp("at").toInstant()), parameters);
    }

    /**
     * A consignment declared by officer o.aliyev at Kurmangazy, held by supervisor s.karimov and lifted by
     * s.bekova: four events, and nothing left in the supervisors' queue that other tests page through.
     */
    private String declaredHeldAndLifted(String name) {
        String id = "CN-" + name;
        Commands commands = new Commands(gateway);
        commands.send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-" + name)), Lifecycles.OFFICER);
        commands.send(new PlaceHoldCommand(id, 1, "H-1", HoldReason.DOCUMENTS, "Certificate of origin missing"), SUPERVISOR);
        commands.send(new ReviewHoldCommand(id, 2, "H-1", HoldDecision.LIFT, DecisionReason.DOCUMENTS_CORRECTED,
                "Certificate presented", null), REVIEWER);
        // The hold's review page reads the detail projection: wait until it shows the decision.
        await().untilAsserted(() -> assertThat(queries.query(new FetchConsignmentDetailQuery(id),
                ResponseTypes.optionalInstanceOf(ConsignmentDetail.class)).join()).hasValueSatisfying(
                        detail -> assertThat(detail.holds()).singleElement()
                                .satisfies(hold -> assertThat(hold.reviews()).isNotEmpty())));
        return id;
    }

    private RequestPostProcessor as(String username) {
        return new PageAccess(mvc, users).as(username);
    }
}
