package org.borderledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.borderledger.support.FreshConsoleDatabase;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in, sign-out, the stored session, CSRF, the refusal of paths without a rule, no page where nothing is mapped, security headers and languages. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class ConsoleSecurityTest {

    static final String SESSION = "SESSION";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnonymousVisitorIsSentToTheSignInPage() throws Exception {
        mvc.perform(get("/").accept("text/html")).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void aDemoUserSignsInWithTheDocumentedPasswordAndSeesNameRoleAndPost() throws Exception {
        Cookie session = mvc.perform(formLogin().user("o.aliyev").password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("o.aliyev").withRoles("OFFICER"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie(SESSION);

        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Olzhas Aliyev"),
                        Matchers.containsString("Officer"), Matchers.containsString("Kurmangazy"))));
    }

    @Test
    void aSessionIsARowThatSigningInReplacesAndSigningOutDeletes() throws Exception {
        // The page asked for is kept in the anonymous session, to be opened once signed in.
        Cookie anonymous = mvc.perform(get("/holds").accept("text/html")).andExpect(redirectedUrlPattern("**/login"))
                .andReturn().getResponse().getCookie(SESSION);
        assertThat(principalOf(anonymous)).contains("");

        Cookie signedIn = mvc.perform(post("/login").cookie(anonymous).with(csrf())
                        .param("username", "s.karimov").param("password", DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("s.karimov")).andExpect(redirectedUrlPattern("**/holds*"))
                .andReturn().getResponse().getCookie(SESSION);
        // Session fixation: the id an anonymous visitor was given does not become a signed-in session.
        assertThat(signedIn.getValue()).isNotEqualTo(anonymous.getValue());
        assertThat(principalOf(anonymous)).isEmpty();
        assertThat(principalOf(signedIn)).contains("s.karimov");
        assertThat(jdbc.queryForObject("SELECT max_inactive_interval FROM spring_session WHERE session_id = ?",
                Integer.class, idOf(signedIn))).as("server.servlet.session.timeout, in seconds").isEqualTo(3600);
        assertThat(signedIn.isHttpOnly()).isTrue();
        assertThat(signedIn.getSecure()).isTrue();
        assertThat(signedIn.getAttribute("SameSite")).isEqualTo("Strict");
        mvc.perform(get("/holds").cookie(signedIn)).andExpect(status().isOk());

        Cookie afterSignOut = mvc.perform(post("/logout").cookie(signedIn).with(csrf()).accept("text/html"))
                .andExpect(redirectedUrl("/login?signedOut")).andReturn().getResponse().getCookie(SESSION);
        assertThat(afterSignOut.getMaxAge()).isZero();
        assertThat(principalOf(signedIn)).isEmpty();
        mvc.perform(get("/holds").cookie(signedIn).accept("text/html")).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedWithoutSayingWhich() throws Exception {
        mvc.perform(formLogin().user("o.aliyev").password("guess")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("nobody").password(DEMO_PASSWORD)).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(
                Matchers.containsString("Wrong user id or password.")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "o.aliyev").param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(users.loadUserByUsername("o.aliyev")))).andExpect(status().isForbidden());
        mvc.perform(logout()).andExpect(redirectedUrl("/login?signedOut"));
    }

    @Test
    void aPageIsRefusedToTheRolesItsRuleLeavesOutAndAMethodWithoutARuleToEveryone() throws Exception {
        mvc.perform(get("/admin/projections").with(user(users.loadUserByUsername("o.aliyev")))).andExpect(status().isForbidden());
        mvc.perform(get("/holds").with(user(users.loadUserByUsername("o.aliyev")))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/events").with(user(users.loadUserByUsername("s.karimov")))).andExpect(status().isForbidden());
        // The path is a page's, for GET and POST only: a DELETE has no rule and is refused, not taken for no page.
        mvc.perform(delete("/consignments/CN-1").with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isForbidden());
        // The webjars' files are mapped by a handler of their own, which no rule names.
        mvc.perform(get("/webjars/swagger-ui/index.html").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPathNothingMapsIsNoSuchPageEvenUnderAPrefixOfAnotherRole() throws Exception {
        mvc.perform(get("/no-such-page").with(user(users.loadUserByUsername("admin")))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/anything").with(user(users.loadUserByUsername("o.aliyev")))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/anything").accept("text/html")).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void pagesCarryTheContentSecurityPolicyAndRefuseFraming() throws Exception {
        mvc.perform(get("/login")).andExpect(header().string("Content-Security-Policy",
                        SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theLanguageSwitchesToRussianAndKazakhAndStays() throws Exception {
        var russian = mvc.perform(get("/login").param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Войти"))).andReturn().getResponse();
        mvc.perform(get("/login").cookie(russian.getCookie("borderledger-language")))
                .andExpect(content().string(Matchers.containsString("Имя пользователя")));
        mvc.perform(get("/login").param("lang", "kk"))
                .andExpect(content().string(Matchers.containsString("Құпиясөз")));
        mvc.perform(get("/login").header("Accept-Language", "ru-RU,ru;q=0.9"))
                .andExpect(content().string(Matchers.containsString("Пароль")));
    }

    /** The signed-in user of the session stored under the cookie's id ("" when anonymous); empty when there is no row. */
    private Optional<String> principalOf(Cookie session) {
        return jdbc.query("SELECT coalesce(principal_name, '') FROM spring_session WHERE session_id = ?",
                (row, n) -> row.getString(1), idOf(session)).stream().findFirst();
    }

    /** The cookie carries the session's id in Base64. */
    private static String idOf(Cookie session) {
        return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.US_ASCII);
    }
}
