package org.borderledger.web.security;

import java.io.Serial;
import java.util.List;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The person behind a console session or API call: Spring Security's user with the role as its one
 * authority, and what every command they send carries as its actor (user id, role, border post).
 * It is stored in the session table (Java serialization), so it keeps only what the console shows
 * and no reference to the configured user: once signed in, the password hash is erased.
 */
public class SignedInUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Role role;
    private final String borderPost;
    private final String displayName;

    SignedInUser(ConsoleUser user) {
        super(user.username(), user.passwordHash(), List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        this.role = user.role();
        this.borderPost = user.borderPost();
        this.displayName = user.name();
    }

    public Actor actor() {
        return new Actor(getUsername(), role, borderPost);
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getBorderPost() {
        return borderPost;
    }

    public Role getRole() {
        return role;
    }
}
