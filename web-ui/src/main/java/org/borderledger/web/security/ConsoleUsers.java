package org.borderledger.web.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's users from configuration, and whether a deployment on an external database may keep
 * the documented demo passwords.
 *
 * @param users          the console's users: username, name, role, border-posts (officers and supervisors:
 *                       where they act), password-hash (bcrypt); the application's own configuration lists
 *                       the demo users
 * @param allowDemoUsers let a deployment on an external database start with the demo users' passwords
 */
@ConfigurationProperties("borderledger.security")
public record ConsoleUsers(List<ConsoleUser> users, @DefaultValue("false") boolean allowDemoUsers) {

    /** The password of the embedded default's demo users, published in the README: never a secret. */
    public static final String DEMO_PASSWORD = "border-demo";

    public ConsoleUsers {
        users = users == null ? List.of() : List.copyOf(users);
        Map<String, Long> counts = users.stream().collect(Collectors.groupingBy(ConsoleUser::username, Collectors.counting()));
        counts.forEach((username, count) -> {
            if (count > 1) {
                throw new IllegalArgumentException("User id " + username + " is configured " + count + " times");
            }
        });
    }

    Map<String, ConsoleUser> byUsername() {
        return users.stream().collect(Collectors.toUnmodifiableMap(ConsoleUser::username, Function.identity()));
    }
}
