package org.borderledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.borderledger.support.FreshConsoleDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in throttling with the default limits (5 failures a minute per user name, 30 per address), on a
 * clock the test moves: refusals before the password check on HTTP Basic and on the form, the right
 * password refused too while locked, other users untouched, the lock's end, and the access log.
 * Each test uses user names and addresses of its own, as the throttle outlives a test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class SignInThrottlingTest {

    /** An API path any officer, supervisor or auditor may read: 404 once signed in, as no such consignment exists. */
    static final String API = "/api/consignments/CN-NONE";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManualTime time;
    @Autowired
    UserDetailsService users;

    @TestConfiguration
    static class Clock {
        @Bean
        ManualTime signInTime() {
            return new ManualTime();
        }
    }

    /** Bucket4j's time source, moved by the test instead of waiting. */
    static final class ManualTime implements TimeMeter {
        private final AtomicLong nanos = new AtomicLong(System.nanoTime());

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration by) {
            nanos.addAndGet(by.toNanos());
        }
    }

    @Test
    void basicGuessesPastTheLimitAre429AndTheRightPasswordIsRefusedTooUntilTheWaitIsOver() throws Exception {
        for (int guess = 1; guess <= 5; guess++) {
            mvc.perform(api("s.bekova", "guess-" + guess, "10.1.0.1")).andExpect(status().isUnauthorized());
        }
        String wait = mvc.perform(api("s.bekova", "guess-6", "10.1.0.1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SIGN_IN_THROTTLED"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.instance").value(API))
                .andReturn().getResponse().getHeader("Retry-After");
        // 5 a minute come back one every 12 s.
        assertThat(Long.parseLong(wait)).isBetween(1L, 12L);
        // No oracle: the right password is refused the same way, from any address.
        mvc.perform(api("s.bekova", DEMO_PASSWORD, "10.1.0.1")).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", wait));
        mvc.perform(api("s.bekova", DEMO_PASSWORD, "10.1.0.2")).andExpect(status().isTooManyRequests());
        // Another user at the same address signs in as ever.
        mvc.perform(api("o.nurlanova", DEMO_PASSWORD, "10.1.0.1")).andExpect(status().isNotFound());

        time.advance(Duration.ofSeconds(Long.parseLong(wait)));
        mvc.perform(api("s.bekova", DEMO_PASSWORD, "10.1.0.1")).andExpect(status().isNotFound());

        // Three refusals, one entry: the log is not filled by a flood.
        await().untilAsserted(() -> assertThat(throttledEntries("s.bekova")).containsExactly(Map.of(
                "user_id", "system", "role", "SYSTEM", "path", API, "limit", "user-name", "address", "10.1.0.1")));
        // The auditor finds it on the access log page.
        mvc.perform(get("/audit/access").param("action", "THROTTLED").with(user(users.loadUserByUsername("a.seitkali"))))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("Sign-in refused (too many attempts)"), containsString("s.bekova"))));
    }

    @Test
    void theFormSaysHowLongToWaitTheSameForAnUnknownUserAndRefusesTheRightPasswordMeanwhile() throws Exception {
        for (String user : List.of("o.aliyev", "nobody")) {
            for (int guess = 1; guess <= 5; guess++) {
                mvc.perform(form(user, "guess-" + guess, "10.3.0.1")).andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(form(user, "guess-6", "10.3.0.1")).andExpect(unauthenticated())
                    .andExpect(redirectedUrlPattern("/login?wait=*"));
        }
        String page = mvc.perform(form("o.aliyev", DEMO_PASSWORD, "10.3.0.1")).andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?wait=*")).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(containsString(
                "Too many failed sign-ins for this user id or from this network. Wait "
                        + page.substring(page.indexOf('=') + 1) + " seconds, then try again.")));
        mvc.perform(get("/login").param("wait", "12").param("lang", "ru"))
                .andExpect(content().string(containsString("Подождите 12 с и попробуйте снова.")));
        mvc.perform(get("/login").param("wait", "12").param("lang", "kk"))
                .andExpect(content().string(containsString("12 секунд күтіп")));
        // A link someone made up shows nothing of what it holds.
        mvc.perform(get("/login").param("wait", "call 555-0100")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("sign-in-throttled"))));

        mvc.perform(form("o.nurlanova", DEMO_PASSWORD, "10.3.0.1")).andExpect(authenticated().withUsername("o.nurlanova"));
        time.advance(Duration.ofSeconds(12));
        mvc.perform(form("o.aliyev", DEMO_PASSWORD, "10.3.0.1")).andExpect(authenticated().withUsername("o.aliyev"));
    }

    @Test
    void guessesSprayedOverManyNamesLockTheAddressButNotAClientWhosePasswordWasJustVerified() throws Exception {
        mvc.perform(api("s.karimov", DEMO_PASSWORD, "10.2.0.1")).andExpect(status().isNotFound());
        for (int name = 1; name <= 30; name++) {
            mvc.perform(api("spray-" + name, "guess", "10.2.0.1")).andExpect(status().isUnauthorized());
        }
        mvc.perform(api("spray-31", "guess", "10.2.0.1")).andExpect(status().isTooManyRequests());
        // Behind the same address: a client polling with credentials verified moments ago goes on; a new
        // sign-in waits the short while until the address's allowance comes back (30 a minute: one each 2 s).
        mvc.perform(api("s.karimov", DEMO_PASSWORD, "10.2.0.1")).andExpect(status().isNotFound());
        mvc.perform(api("a.seitkali", DEMO_PASSWORD, "10.2.0.1")).andExpect(status().isTooManyRequests());
        mvc.perform(api("a.seitkali", DEMO_PASSWORD, "10.2.0.2")).andExpect(status().isNotFound());

        time.advance(Duration.ofSeconds(2));
        mvc.perform(api("admin", DEMO_PASSWORD, "10.2.0.1")).andExpect(status().isForbidden());
        await().untilAsserted(() -> assertThat(throttledEntries("spray-31")).extracting(entry -> entry.get("limit"))
                .containsExactly("address"));
    }

    @Test
    void anIpv6ClientIsCountedByItsNetworkAndTypedNamesAreKeptPrintable() {
        assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.addressKey("2001:db8:1:2::9"))
                .isEqualTo("20010db800010002/64");
        assertThat(SignInThrottle.addressKey("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.addressKey("2001:db8:1:2::1"));
        assertThat(SignInThrottle.addressKey("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(SignInThrottle.addressKey("not:an:address.example")).isEqualTo("not:an:address.example");
        assertThat(SignInThrottle.printable("a\u0000b\u202Ec")).isEqualTo("abc");
        assertThat(SignInThrottle.printable("x".repeat(5000))).hasSize(64);
        assertThat(SignInThrottle.printable(" \u0007 ")).isEqualTo("-");
    }

    private static MockHttpServletRequestBuilder api(String user, String password, String address) {
        return get(API).with(httpBasic(user, password)).with(from(address));
    }

    private static MockHttpServletRequestBuilder form(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<Map<String, String>> throttledEntries(String userName) {
        return jdbc.query("SELECT user_id, role, path, criteria->>'limit' AS lim, criteria->>'address' AS address"
                        + " FROM access_log WHERE action = 'THROTTLED' AND criteria->>'userName' = ? ORDER BY id",
                (row, number) -> Map.of("user_id", row.getString("user_id"), "role", row.getString("role"),
                        "path", row.getString("path"), "limit", row.getString("lim"), "address", row.getString("address")),
                userName);
    }
}
