package org.borderledger.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.borderledger.web.security.ConsoleUser;
import org.borderledger.web.security.ConsoleUsers;
import org.springframework.stereotype.Component;

/**
 * The names pages show for user ids: events, holds and refusals record who by user id, and people
 * read names. An id the console does not know (a user since removed, or the application itself)
 * is shown as it was recorded.
 */
@Component
public class PeopleNames {

    private final Map<String, String> names;

    PeopleNames(ConsoleUsers users) {
        this.names = users.users().stream().collect(Collectors.toUnmodifiableMap(ConsoleUser::username, ConsoleUser::name));
    }

    /** The name of the person with this user id, the id itself when unknown, null for null. */
    public String of(String userId) {
        return userId == null ? null : names.getOrDefault(userId, userId);
    }
}
