package org.borderledger.web.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.borderledger.screening.ScreeningListVersions;
import org.borderledger.screening.api.ScreeningListPublishedEvent;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.web.PageAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The screening lists' page and API: who sees the history and who publishes, and what an upload
 * that cannot be published answers. (Publishing real files: {@link ScreeningListPublishingTest}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ScreeningListsPagesTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ScreeningListVersions versions;

    @Test
    void administratorsAndAuditorsSeeTheHistoryAndOnlyAdministratorsTheUploadForm() throws Exception {
        ScreeningListPublishedEvent first = versions.publications().get(0);
        String row = "data-version=\"" + first.version() + "\"";
        String link = "href=\"/admin/screening-lists/" + first.version() + "\"";
        mvc.perform(get("/admin/screening-lists").with(as("a.seitkali"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(row), containsString(link),
                        containsString("system (SYSTEM, -)"), not(containsString("id=\"publish\"")))));
        mvc.perform(get("/admin/screening-lists").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(row), containsString("id=\"publish\""),
                        containsString("enctype=\"multipart/form-data\""), containsString("value=\"GOODS_MEASURES\""))));
        mvc.perform(get("/admin/screening-lists").with(as("o.aliyev"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/screening-lists").with(as("s.karimov"))).andExpect(status().isForbidden());
    }

    @Test
    void theApiListsEveryPublicationNewestFirstWithWhoAndTheFiles() throws Exception {
        ScreeningListPublishedEvent first = versions.publications().get(0);
        int count = versions.publications().size();
        mvc.perform(get("/api/screening-lists").with(httpBasic("a.seitkali", DEMO_PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(count))
                .andExpect(jsonPath("$[" + (count - 1) + "].version").value(first.version()))
                .andExpect(jsonPath("$[" + (count - 1) + "].publishedBy").value("system"))
                .andExpect(jsonPath("$[" + (count - 1) + "].publisherRole").value("SYSTEM"))
                .andExpect(jsonPath("$[" + (count - 1) + "].added").value(first.added()));
        mvc.perform(get("/api/screening-lists").with(httpBasic("o.aliyev", DEMO_PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAdministratorsPublishThroughTheApi() throws Exception {
        for (String user : new String[] {"o.aliyev", "s.karimov", "a.seitkali"}) {
            mvc.perform(multipart("/api/screening-lists").file(GoodsMeasureFiles.upload("x")).param("source", "GOODS_MEASURES")
                    .with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/admin/screening-lists").file(GoodsMeasureFiles.upload("x")).param("source", "GOODS_MEASURES")
                .with(as("a.seitkali")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anUploadWithoutAListOrFilesIsRefusedSayingWhatIsMissing() throws Exception {
        int before = versions.publications().size();
        mvc.perform(multipart("/api/screening-lists").param("source", "NO_SUCH_LIST").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_LIST_FILE"))
                .andExpect(jsonPath("$.problems[0].file").value("source"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("US_SDN, EU_FSF, GOODS_MEASURES")))
                .andExpect(jsonPath("$.problems[1].file").value("files"));
        mvc.perform(multipart("/admin/screening-lists").param("source", "GOODS_MEASURES").param("confirmed", "true")
                        .with(as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("id=\"problems\""),
                        containsString("Choose at least one file to publish."))));
        assertThat(versions.publications()).hasSize(before);
    }

    @Test
    void anUploadIsPublishedOnlyOnceTheAdministratorConfirmsTheReScreening() throws Exception {
        int before = versions.publications().size();
        mvc.perform(get("/admin/screening-lists").with(as("admin")))
                .andExpect(content().string(allOf(containsString("name=\"confirmed\" type=\"checkbox\" value=\"true\" required"),
                        containsString("every open consignment is screened again against it"),
                        not(containsString("id=\"confirmed-error\"")))));

        mvc.perform(multipart("/admin/screening-lists").file(GoodsMeasureFiles.upload(GoodsMeasureFiles.shippedWithBan("TEST-UNCONFIRMED", "970900")))
                        .param("source", "GOODS_MEASURES").with(as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("aria-invalid=\"true\" aria-describedby=\"confirmed-error\""),
                        containsString("id=\"confirmed-error\""), containsString("nothing was published"),
                        containsString("<option value=\"GOODS_MEASURES\" selected=\"selected\""))));
        assertThat(versions.publications()).hasSize(before);
    }

    private RequestPostProcessor as(String username) {
        return new PageAccess(mvc, users).as(username);
    }
}
