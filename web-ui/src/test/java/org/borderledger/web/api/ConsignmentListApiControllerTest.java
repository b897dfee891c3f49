package org.borderledger.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Another system pages through the consignment list with the console's filters and a cursor. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ConsignmentListApiControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway gateway;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aWalkByCursorMeetsEveryRowOnceWhileConsignmentsAreDeclaredMeanwhile() throws Exception {
        String prefix = Lifecycles.unique("WALK");
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(declare(prefix + "-" + (char) ('B' + 2 * i)));
        }
        awaitListed(prefix, 7);

        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            MockHttpServletRequestBuilder request = get("/api/consignments").param("reference", prefix).param("post", "")
                    .param("sort", "REFERENCE").param("dir", "asc").param("limit", "3");
            JsonNode page = read(cursor == null ? request : request.param("cursor", cursor));
            page.get("items").forEach(item -> walked.add(item.get("reference").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            if (pages++ == 0) {
                // Declared between the pages: one before the cursor (never shown), one after it (shown once).
                assertThat(page.get("next").asText()).contains("reference=" + prefix).contains("cursor=" + cursor);
                declare(prefix + "-A");
                declare(prefix + "-Z");
                awaitListed(prefix, 9);
            }
        } while (cursor != null);

        List<String> expected = new ArrayList<>(before.stream().map(this::referenceOf).sorted().toList());
        expected.add(prefix + "-Z");
        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void theNewestComeFirstByDefaultAndFiltersNarrowTheList() throws Exception {
        String prefix = Lifecycles.unique("NEWEST");
        declare(prefix + "-1");
        declare(prefix + "-2");
        awaitListed(prefix, 2);
        JsonNode page = read(get("/api/consignments").param("reference", prefix).param("post", ""));
        assertThat(page.get("items")).extracting(item -> item.get("reference").asText())
                .containsExactly(prefix + "-2", prefix + "-1");
        assertThat(page.get("nextCursor").isNull()).isTrue();
        assertThat(read(get("/api/consignments").param("reference", prefix).param("post", "Syrym")).get("items")).isEmpty();
        assertThat(read(get("/api/consignments").param("reference", prefix).param("status", "RELEASED").param("post", ""))
                .get("items")).isEmpty();
    }

    @Test
    void aBadFilterOrCursorIsRefusedNamingIt() throws Exception {
        String other = Base64.getUrlEncoder().encodeToString(
                "{\"sort\":\"REFERENCE\",\"descending\":false,\"value\":\"A\",\"id\":\"x\"}".getBytes());
        String[][] bad = {{"hs", "12ab"}, {"status", "LOST"}, {"sort", "colour"}, {"from", "31.03.2026"},
                {"limit", "0"}, {"limit", "201"}, {"cursor", "not-a-cursor"}, {"cursor", other}};
        for (String[] parameter : bad) {
            mvc.perform(get("/api/consignments").param(parameter[0], parameter[1]).with(officer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_VALUE"))
                    .andExpect(jsonPath("$.errors[0].field").value(parameter[0]));
        }
    }

    @Test
    void officersAndAuditorsReadTheListOthersDoNot() throws Exception {
        for (String reader : List.of("o.aliyev", "s.karimov", "a.seitkali")) {
            mvc.perform(get("/api/consignments").with(httpBasic(reader, DEMO_PASSWORD))).andExpect(status().isOk());
        }
        for (String other : List.of("admin", "f.veterinary")) {
            mvc.perform(get("/api/consignments").with(httpBasic(other, DEMO_PASSWORD))).andExpect(status().isForbidden());
        }
    }

    private void awaitListed(String prefix, int count) {
        await().until(() -> jdbc.queryForObject("SELECT count(*) FROM consignment_summary WHERE reference LIKE ?",
                Integer.class, prefix + "%") == count);
    }

    private String referenceOf(String id) {
        return jdbc.queryForObject("SELECT reference FROM consignment_summary WHERE consignment_id = ?", String.class, id);
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request.with(officer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
        return httpBasic("o.aliyev", DEMO_PASSWORD);
    }

    private String declare(String reference) {
        String id = Lifecycles.unique("CN-LIST");
        new Commands(gateway).send(new DeclareConsignmentCommand(id, Declarations.withReference(reference)), Lifecycles.OFFICER);
        return id;
    }
}
