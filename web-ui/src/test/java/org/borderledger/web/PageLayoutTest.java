package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import org.borderledger.support.FreshConsoleDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page is framed by layout.html: its own title with the product name in the head, the stylesheet,
 * the masthead, and its own main element with its own attributes as the content.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class PageLayoutTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource(delimiter = '|', textBlock = """
            o.aliyev   | /                       | Dashboard          | <main id="content" class="dashboard">
            o.aliyev   | /consignments           | Consignments       | <main id="content">
            o.aliyev   | /consignments/new       | New declaration    | <main id="content">
            s.karimov  | /holds                  | Held goods         | <main id="content">
            a.seitkali | /audit/events           | Event log          | <main id="content">
            a.seitkali | /audit/chain            | Chain verification | <main id="content">
            a.seitkali | /audit/access           | Access log         | <main id="content">
            admin      | /admin/projections      | Projections        | <main id="content">
            admin      | /admin/screening-lists  | Screening lists    | <main id="content">
            """)
    void aSignedInUsersPageHasItsTitleTheMastheadAndItsContent(String username, String path, String title, String main)
            throws Exception {
        Page page = render(get(path).with(user(users.loadUserByUsername(username))));

        assertThat(page.head()).contains("<title>" + title + " · BorderLedger</title>",
                "href=\"/css/borderledger.css\"", "src=\"/js/live.js\"");
        assertThat(page.masthead()).contains("class=\"navigation\"", ">Dashboard</a>", "id=\"signed-in-user\"",
                "action=\"/logout\"");
        assertThat(page.content()).startsWith(main).contains("<h1>" + title + "</h1>");
        // The projections page alone brings a script of its own, in the head.
        assertThat(page.head().contains("src=\"/js/projections.js\"")).isEqualTo(path.equals("/admin/projections"));
    }

    @Test
    void theSignInPageHasTheFrameWithoutTheSignedInParts() throws Exception {
        Page page = render(get("/login"));

        assertThat(page.head()).contains("<title>Sign in · BorderLedger</title>", "href=\"/css/borderledger.css\"",
                        "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/images/favicon.svg\">")
                .doesNotContain("live.js");
        // The icon is served to whoever is not signed in yet, as the sign-in page needs it.
        mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
        assertThat(page.masthead()).contains("class=\"brand\"", "class=\"languages\"")
                .doesNotContain("class=\"navigation\"", "signed-in-user");
        assertThat(page.content()).startsWith("<main id=\"content\" class=\"narrow\">").contains("<h1>Sign in</h1>");
    }

    @Test
    void theErrorPageHasTheFrame() throws Exception {
        Page page = new Page(mvc.perform(get("/error").accept("text/html")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.head()).contains("<title>Something went wrong · BorderLedger</title>");
        assertThat(page.content()).startsWith("<main id=\"content\" class=\"narrow\">").contains("There is no such page.");
    }

    @Test
    void theTitleAndTheFrameSpeakTheChosenLanguage() throws Exception {
        Page page = render(get("/consignments").param("lang", "ru").with(user(users.loadUserByUsername("o.aliyev"))));

        assertThat(page.html()).startsWith("<!DOCTYPE html>\n<html lang=\"ru\">");
        assertThat(page.head()).contains("<title>Партии · BorderLedger</title>");
        assertThat(page.masthead()).contains("<a href=\"?lang=ru\" lang=\"ru\" class=\"current\">RU</a>");
        assertThat(page.content()).contains("<h1>Партии</h1>");
    }

    private Page render(MockHttpServletRequestBuilder request) throws Exception {
        return new Page(mvc.perform(request.accept("text/html")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A rendered page cut into the parts the layout gives it. */
    record Page(String html) {

        String head() {
            return between("<head>", "</head>");
        }

        String masthead() {
            return between("<header class=\"masthead\">", "</header>");
        }

        /** From the opening tag of main to its end. */
        String content() {
            return html.substring(html.indexOf("<main "), html.indexOf("</main>"));
        }

        private String between(String start, String end) {
            assertThat(html).contains(start, end);
            return html.substring(html.indexOf(start), html.indexOf(end));
        }
    }
}
