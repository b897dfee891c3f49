package org.borderledger.web.security;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a real deployment (one on an external database, {@code spring.datasource.url}
 * set) while any user still has the demo password that the README publishes, unless
 * {@code borderledger.security.allow-demo-users=true} says that this is a demonstration too.
 */
@Component
class DemoPasswordGuard implements InitializingBean {

    private final ConsoleUsers users;
    private final Environment environment;

    DemoPasswordGuard(ConsoleUsers users, Environment environment) {
        this.users = users;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        boolean externalDatabase = !environment.getProperty("spring.datasource.url", "").isBlank();
        if (!externalDatabase || users.allowDemoUsers()) {
            return;
        }
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        List<String> withDemoPassword = users.users().stream()
                .filter(user -> bcrypt.matches(ConsoleUsers.DEMO_PASSWORD, user.passwordHash()))
                .map(ConsoleUser::username).toList();
        if (!withDemoPassword.isEmpty()) {
            throw new IllegalStateException("Users " + withDemoPassword + " still have the published demo password."
                    + " Give them their own bcrypt hashes under borderledger.security.users, or set"
                    + " borderledger.security.allow-demo-users=true for a demonstration (see README, \"Users\").");
        }
    }
}
