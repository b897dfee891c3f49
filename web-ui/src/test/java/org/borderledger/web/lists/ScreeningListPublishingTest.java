package org.borderledger.web.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.borderledger.screening.ScreeningListVersions;
import org.borderledger.screening.ScreeningService;
import org.borderledger.screening.api.GoodsMeasure;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.web.PageAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishing real files through the API and the console, in a database of its own (the property
 * below gives this class its own context), so that the versions it publishes re-screen no other
 * test's consignments.
 */
@SpringBootTest(properties = "borderledger.screening.list-check-interval-ms=250")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
// Its own database, closed with the class: it is used by no other test, and its connections go back.
@DirtiesContext
class ScreeningListPublishingTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ScreeningListVersions versions;
    @Autowired
    ScreeningService screening;

    @Test
    void aGoodsFilePostedToTheApiIsTheVersionInForceWithItsDigestAndCounts() throws Exception {
        String csv = GoodsMeasureFiles.shippedWithBan("TEST-API-970100", "970100");
        String before = screening.versionInForce();
        // bans the other tests of this class published, which this file (the shipped one and one ban) removes
        long othersBans = versions.inForce().goodsMeasures().stream().filter(m -> m.measureId().startsWith("TEST-")).count();

        mvc.perform(multipart("/api/screening-lists").file(GoodsMeasureFiles.upload(csv)).param("source", "GOODS_MEASURES")
                        .with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/admin/screening-lists/")))
                .andExpect(jsonPath("$.previousVersion").value(before))
                .andExpect(jsonPath("$.publishedBy").value("admin"))
                .andExpect(jsonPath("$.publisherRole").value("ADMIN"))
                .andExpect(jsonPath("$.sources[0]").value("GOODS_MEASURES"))
                .andExpect(jsonPath("$.files[0].name").value("goods-measures.csv"))
                .andExpect(jsonPath("$.files[0].sha256").value(sha256(csv)))
                .andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.changed").value(0))
                .andExpect(jsonPath("$.removed").value((int) othersBans));

        String published = versions.publications().get(versions.publications().size() - 1).version();
        assertThat(published).isNotEqualTo(before);
        assertThat(screening.versionInForce()).isEqualTo(published);
        assertThat(versions.inForce().goodsMeasures()).extracting(GoodsMeasure::measureId).contains("TEST-API-970100");
        mvc.perform(get("/api/screening-lists").with(httpBasic("a.seitkali", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[0].version").value(published));

        // the same file again changes nothing, and is refused
        mvc.perform(multipart("/api/screening-lists").file(GoodsMeasureFiles.upload(csv)).param("source", "GOODS_MEASURES")
                        .with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LIST_UNCHANGED"))
                .andExpect(jsonPath("$.detail").value(containsString("change no entry of version " + published)));
        assertThat(screening.versionInForce()).isEqualTo(published);
    }

    @Test
    void malformedRowsAreEachNamedWithTheirLineAndNothingIsPublished() throws Exception {
        String csv = GoodsMeasureFiles.shipped() + "BAD-1,TEST,12,BY,,BAN,Basis,Label,2020-01-01,,,\n"
                + "BAD-2,TEST,970200,BY,,FORBID,Basis,Label,2020-01-01,,,\n";
        int lines = GoodsMeasureFiles.shipped().split("\n").length;
        int before = versions.publications().size();

        mvc.perform(multipart("/api/screening-lists").file(GoodsMeasureFiles.upload(csv)).param("source", "GOODS_MEASURES")
                        .with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_LIST_FILE"))
                .andExpect(jsonPath("$.problems.length()").value(2))
                .andExpect(jsonPath("$.problems[0].file").value("goods-measures.csv"))
                .andExpect(jsonPath("$.problems[0].line").value(lines + 1))
                .andExpect(jsonPath("$.problems[1].line").value(lines + 2));

        mvc.perform(multipart("/admin/screening-lists").file(GoodsMeasureFiles.upload(csv)).param("source", "GOODS_MEASURES")
                        .param("confirmed", "true").with(new PageAccess(mvc, users).as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("id=\"problems\""),
                        containsString("goods-measures.csv, line " + (lines + 1) + ":"),
                        containsString("goods-measures.csv, line " + (lines + 2) + ":"))));
        assertThat(versions.publications()).hasSize(before);
    }

    @Test
    void aFileThatIsNotTheListItClaimsIsRefusedWhole() throws Exception {
        int before = versions.publications().size();
        mvc.perform(multipart("/api/screening-lists").file(GoodsMeasureFiles.upload("<?xml version=\"1.0\"?><export/>"))
                        .param("source", "GOODS_MEASURES").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].file").value("goods-measures.csv"))
                .andExpect(jsonPath("$.problems[0].line").value(0));
        assertThat(versions.publications()).hasSize(before);
    }

    @Test
    void theConsoleUploadPublishesOnceConfirmedAndLeadsToTheNewVersionsReScreening() throws Exception {
        String csv = GoodsMeasureFiles.shippedWithBan("TEST-CONSOLE-970300", "970300");

        var answer = mvc.perform(multipart("/admin/screening-lists").file(GoodsMeasureFiles.upload(csv)).param("source", "GOODS_MEASURES")
                        .param("confirmed", "true").with(new PageAccess(mvc, users).as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("published"))
                .andReturn();

        String version = ((PublicationView) answer.getFlashMap().get("published")).version();
        assertThat(screening.versionInForce()).isEqualTo(version);
        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/admin/screening-lists/" + version);
        // The message waits in the stored session for the version's page, which shows the re-screening.
        mvc.perform(get("/admin/screening-lists/" + version).with(new PageAccess(mvc, users).as("admin"))
                        .cookie(answer.getResponse().getCookie("SESSION")))
                .andExpect(content().string(allOf(containsString("id=\"published\""),
                        containsString("Version " + version + " is in force: 1 entries added"),
                        containsString("id=\"rescreen-progress\""))));
        mvc.perform(get("/admin/screening-lists").with(new PageAccess(mvc, users).as("admin")))
                .andExpect(content().string(allOf(containsString("data-version=\"" + version + "\""),
                        containsString("admin (ADMIN, -)"))));
    }

    static String sha256(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }

}
