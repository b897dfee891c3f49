package org.borderledger.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.borderledger.support.FreshConsoleDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile values that someone typed reach the access log escaped (the query side's HostileAccessValuesTest),
 * and the auditor's page and CSV show them so; the administrator's page shows every kind of failure the
 * access log counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class HostileAccessValuesPagesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theAuditorsPageAndCsvShowTheEscapedValuesAndTheAdministratorTheFailures() throws Exception {
        mvc.perform(get("/consignments").param("party", "\u202Eexe.fdp").param("reference", "H-RTL")
                .with(user(users.loadUserByUsername("o.aliyev")))).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> rows("criteria ->> 'reference' = 'H-RTL'") == 1);

        String page = mvc.perform(get("/audit/access").param("user", "o.aliyev")
                        .with(user(users.loadUserByUsername("a.seitkali"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("/audit/access/export.csv").param("user", "o.aliyev")
                        .with(user(users.loadUserByUsername("a.seitkali"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String shown : List.of(page, csv)) {
            assertThat(shown).contains("\\u202Eexe.fdp").doesNotContain("\u202E");
        }

        String admin = mvc.perform(get("/admin/projections").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("id=\"access-log-failures\"", "data-kind=\"queue-full\"",
                "data-kind=\"database-unavailable\"", "data-kind=\"entry-refused\"", "data-kind=\"stand-in-refused\"");
    }

    private int rows(String condition, Object... arguments) {
        return jdbc.queryForObject("SELECT count(*) FROM access_log WHERE " + condition, Integer.class, arguments);
    }
}
