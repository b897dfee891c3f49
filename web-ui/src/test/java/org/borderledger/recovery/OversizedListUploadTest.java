package org.borderledger.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.web.PageAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The attack that once stored an unreadable event: the EU sanctions file with one name of 50,000,000
 * characters (under the upload limit), through the API and the console. Refused, naming the entry
 * and the field, nothing stored, and declarations still screened afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
@DirtiesContext
class OversizedListUploadTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFiftyMillionCharacterNameIsRefusedNamingItsEntryAndNothingIsStored() throws Exception {
        MockMultipartFile eu = Uploads.euFileWithName("N".repeat(50_000_000));
        long eventsBefore = storedEvents();

        mvc.perform(multipart("/api/screening-lists").file(eu).param("source", "EU_FSF").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_LIST_FILE"))
                .andExpect(jsonPath("$.problems[0].file").value("eu.xml"))
                .andExpect(jsonPath("$.problems[0].message")
                        .value("entry EU-7001: name has 50000000 characters; at most 1000 are allowed"));
        mvc.perform(multipart("/admin/screening-lists").file(eu).param("source", "EU_FSF").param("confirmed", "true")
                        .with(new PageAccess(mvc, users).as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("id=\"problems\""),
                        containsString("entry EU-7001: name has 50000000 characters; at most 1000 are allowed"))));

        assertThat(storedEvents()).isEqualTo(eventsBefore);
        mvc.perform(post("/api/consignments").with(httpBasic("o.aliyev", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(Uploads.declaration("POISON-AFTER-1")))
                .andExpect(status().isCreated());
        assertThat(storedEvents()).isGreaterThan(eventsBefore);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
    }
}
