package org.borderledger.web.security;

import org.borderledger.actor.api.Role;

/**
 * A person who may sign in to the console, as configured under {@code borderledger.security.users}:
 * user id, bcrypt hash of the password (never the password itself), role, the border post they work
 * at and the name shown in the console.
 */
public record ConsoleUser(String username, String passwordHash, Role role, String borderPost, String name) {

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
        if ((role == Role.OFFICER || role == Role.SUPERVISOR) && (borderPost == null || borderPost.isBlank())) {
            throw new IllegalArgumentException("User " + username + " works at a border post: set its border-post");
        }
        borderPost = borderPost == null || borderPost.isBlank() ? "-" : borderPost.strip();
        name = name == null || name.isBlank() ? username : name.strip();
    }
}
