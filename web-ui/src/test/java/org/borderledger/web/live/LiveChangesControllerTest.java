package org.borderledger.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.borderledger.support.FreshConsoleDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The live-updates stream: open to every signed-in role, closed to visitors. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
class LiveChangesControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    QueryUpdateEmitter emitter;

    @ParameterizedTest
    @ValueSource(strings = {"o.aliyev", "s.karimov", "a.seitkali", "admin"})
    void aSignedInUserGetsAnEventStream(String username) throws Exception {
        var result = mvc.perform(get("/live/changes").accept(MediaType.TEXT_EVENT_STREAM)
                        .with(user(users.loadUserByUsername(username))))
                .andExpect(request().asyncStarted())
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM))
                .andReturn();
        // Ends the stream as a departing browser would, which closes its subscription query.
        result.getRequest().getAsyncContext().complete();
    }

    @Test
    void theSubscriptionQueryEndsWhenTheBrowserGoesAway() throws Exception {
        var result = mvc.perform(get("/live/changes").accept(MediaType.TEXT_EVENT_STREAM)
                .with(user(users.loadUserByUsername("o.aliyev")))).andExpect(request().asyncStarted()).andReturn();
        assertThat(watching()).isPositive();
        long before = watching();

        result.getRequest().getAsyncContext().complete();

        await().untilAsserted(() -> assertThat(watching()).isEqualTo(before - 1));
    }

    @Test
    void anAnonymousVisitorGetsNoStream() throws Exception {
        int refused = mvc.perform(get("/live/changes").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncNotStarted()).andReturn().getResponse().getStatus();
        // The sign-in page's redirect or HTTP Basic's 401, depending on what the client says it accepts.
        assertThat(refused).isIn(302, 401);
    }

    private long watching() {
        return emitter.activeSubscriptions().stream()
                .filter(subscription -> subscription.getPayload() instanceof WatchAllChangesQuery).count();
    }
}
