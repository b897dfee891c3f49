package org.borderledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

/**
 * The border posts of a user as the configuration binds them: a list (a supervisor may hold several),
 * each one of the border posts of the list, and at least one for officers and supervisors; anything
 * else stops the start with a message that names the user and what to set.
 */
class ConsoleUserPostsTest {

    private static final String HASH = "$2a$10$T.WR3wIjhUnZFwV8WDoZxezAXJC8Uh0W6B2KwhWcQw5BBqsArXjfC";

    @EnableConfigurationProperties(ConsoleUsers.class)
    static class Users {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Users.class);

    @Test
    void theDemoSupervisorIsPostedToTwoPostsAndActsAtTheFirst() {
        runner.withInitializer(new ConfigDataApplicationContextInitializer()).run(context -> {
            SignedInUser karimov = (SignedInUser) new ConsoleUserDetailsService(context.getBean(ConsoleUsers.class))
                    .loadUserByUsername("s.karimov");
            assertThat(karimov.getBorderPosts()).containsExactly("Kurmangazy", "Syrym");
            assertThat(karimov.actor()).isEqualTo(new Actor("s.karimov", Role.SUPERVISOR, "Kurmangazy",
                    List.of("Kurmangazy", "Syrym")));
        });
    }

    @Test
    void aPostIsBoundFromAListOrFromOneValue() {
        user("OFFICER", "border-posts[0]=Syrym", "border-posts[1]=Taskala").run(context ->
                assertThat(context.getBean(ConsoleUsers.class).users().get(0).borderPosts()).containsExactly("Syrym", "Taskala"));
        user("OFFICER", "border-posts=Syrym").run(context ->
                assertThat(context.getBean(ConsoleUsers.class).users().get(0).borderPosts()).containsExactly("Syrym"));
    }

    @Test
    void aPostNotOnTheListStopsTheStart() {
        user("SUPERVISOR", "border-posts=Kurmangazy,Khorgos").run(context -> assertThat(refusal(context.getStartupFailure()))
                .contains("User x.test is posted to 'Khorgos', which is not a border post of the list", "Kurmangazy, Taskala"));
    }

    @Test
    void anOfficerWithoutAPostStopsTheStartAndTheSingleBorderPostOfEarlierReleasesIsNamed() {
        user("OFFICER", "border-post=Kurmangazy").run(context -> assertThat(refusal(context.getStartupFailure()))
                .contains("User x.test works at a border post: set its border-posts", "border-post of earlier releases"));
    }

    @Test
    void auditorsAndAdministratorsNeedNoPost() {
        user("AUDITOR").run(context -> {
            ConsoleUser auditor = context.getBean(ConsoleUsers.class).users().get(0);
            assertThat(auditor.borderPosts()).isEmpty();
            assertThat(new SignedInUser(auditor).getBorderPost()).isEqualTo("-");
        });
    }

    private ApplicationContextRunner user(String role, String... more) {
        String user = "borderledger.security.users[0].";
        ApplicationContextRunner configured = runner.withPropertyValues(user + "username=x.test", user + "role=" + role,
                user + "password-hash=" + HASH);
        for (String property : more) {
            configured = configured.withPropertyValues(user + property);
        }
        return configured;
    }

    private static String refusal(Throwable startupFailure) {
        assertThat(startupFailure).as("the start fails").isNotNull();
        return NestedExceptionUtils.getMostSpecificCause(startupFailure).getMessage();
    }
}
