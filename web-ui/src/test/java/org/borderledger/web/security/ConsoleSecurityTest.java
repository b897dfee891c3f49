package org.borderledger.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.borderledger.support.MachinePostgres;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in, sign-out, CSRF, the refusal of paths without a rule, security headers and languages. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = MachinePostgres.class)
class ConsoleSecurityTest {

    static final String DEMO_PASSWORD = "border-demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anAnonymousVisitorIsSentToTheSignInPage() throws Exception {
        mvc.perform(get("/").accept("text/html")).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void aDemoUserSignsInWithTheDocumentedPasswordAndSeesNameRoleAndPost() throws Exception {
        var session = mvc.perform(formLogin().user("o.aliyev").password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("o.aliyev").withRoles("OFFICER"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();

        mvc.perform(get("/").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Olzhas Aliyev"),
                        Matchers.containsString("Officer"), Matchers.containsString("Kurmangazy"))));
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
    void aPathWithoutARuleIsRefusedEvenToASignedInUser() throws Exception {
        mvc.perform(get("/no-such-page").with(user(users.loadUserByUsername("admin")))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/anything").with(user(users.loadUserByUsername("o.aliyev")))).andExpect(status().isForbidden());
        mvc.perform(get("/holds").with(user(users.loadUserByUsername("o.aliyev")))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/events").with(user(users.loadUserByUsername("s.karimov")))).andExpect(status().isForbidden());
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
}
