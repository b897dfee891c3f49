package org.borderledger.web.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;

import java.util.List;
import org.borderledger.actor.api.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class DemoPasswordGuardTest {

    static final ConsoleUser DEMO = user("o.demo", DEMO_PASSWORD);
    static final ConsoleUser OWN = user("o.own", "a long password of this deployment's own");

    @Test
    void theEmbeddedDefaultStartsWithDemoPasswords() {
        assertThatCode(() -> guard(List.of(DEMO), false, "").afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void aDeploymentOnAnExternalDatabaseRefusesDemoPasswordsAndNamesTheUsers() {
        assertThatThrownBy(() -> guard(List.of(OWN, DEMO), false, "jdbc:postgresql://db/borderledger").afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[o.demo]").hasMessageContaining("allow-demo-users");
    }

    @Test
    void aDeploymentStartsWithItsOwnPasswordsOrWhenToldItIsADemonstration() {
        assertThatCode(() -> guard(List.of(OWN), false, "jdbc:postgresql://db/borderledger").afterPropertiesSet())
                .doesNotThrowAnyException();
        assertThatCode(() -> guard(List.of(DEMO), true, "jdbc:postgresql://db/borderledger").afterPropertiesSet())
                .doesNotThrowAnyException();
    }

    @Test
    void aPlainTextPasswordInTheConfigurationIsRefused() {
        assertThatThrownBy(() -> new ConsoleUser("o.plain", "secret", Role.OFFICER, List.of("Kurmangazy"), null))
                .hasMessageContaining("bcrypt hash");
        assertThatThrownBy(() -> new ConsoleUser("o.nopost", DEMO.passwordHash(), Role.OFFICER, List.of(" "), null))
                .hasMessageContaining("border post");
    }

    private static DemoPasswordGuard guard(List<ConsoleUser> users, boolean allowDemoUsers, String datasourceUrl) {
        return new DemoPasswordGuard(new ConsoleUsers(users, allowDemoUsers),
                new MockEnvironment().withProperty("spring.datasource.url", datasourceUrl));
    }

    private static ConsoleUser user(String username, String password) {
        return new ConsoleUser(username, new BCryptPasswordEncoder(4).encode(password), Role.OFFICER, List.of("Kurmangazy"), null);
    }
}
