package org.borderledger.web.security;

import java.util.List;
import java.util.stream.Collectors;
import org.borderledger.actor.api.Role;
import org.borderledger.consignment.api.BorderPosts;
import org.borderledger.consignment.api.BorderPosts.BorderPost;

/**
 * A person who may sign in to the console, as configured under {@code borderledger.security.users}:
 * user id, bcrypt hash of the password (never the password itself), role, the border posts they are
 * posted to (an officer or supervisor acts only on consignments of these; a supervisor may hold
 * several, the first is where they work and whose clock the console shows) and the name shown in the
 * console.
 */
public record ConsoleUser(String username, String passwordHash, Role role, List<String> borderPosts, String name) {

    public ConsoleUser {
        if (username == null || !username.matches("[a-z0-9._-]{2,40}")) {
            throw new IllegalArgumentException("User id '" + username
                    + "' must be 2 to 40 lower-case letters, digits, '.', '_' or '-'");
        }
        if (passwordHash == null || !passwordHash.matches("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}")) {
            throw new IllegalArgumentException("The password of user " + username
                    + " must be given as a bcrypt hash ($2a$, $2b$ or $2y$), never in plain text");
        }
        if (role == null || role == Role.SYSTEM) {
            throw new IllegalArgumentException("User " + username + " needs a role: OFFICER, SUPERVISOR, AUDITOR, ADMIN or FEED");
        }
        borderPosts = borderPosts == null ? List.of()
                : borderPosts.stream().filter(post -> post != null && !post.isBlank()).map(String::strip).distinct().toList();
        if (role.includes(Role.OFFICER) && borderPosts.isEmpty()) {
            throw new IllegalArgumentException("User " + username + " works at a border post: set its border-posts"
                    + " (a list; the single border-post of earlier releases is no longer read)");
        }
        borderPosts.stream().filter(post -> BorderPosts.named(post).isEmpty()).findFirst().ifPresent(post -> {
            throw new IllegalArgumentException("User " + username + " is posted to '" + post + "', which is not a"
                    + " border post of the list; the posts are: " + BorderPosts.all().stream().map(BorderPost::name)
                    .collect(Collectors.joining(", ")));
        });
        name = name == null || name.isBlank() ? username : name.strip();
    }
}
