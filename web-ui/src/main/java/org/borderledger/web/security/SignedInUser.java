package org.borderledger.web.security;

import java.io.Serial;
import java.util.List;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The person behind a console session or API call: Spring Security's user with the role as its one
 * authority, and what every command they send carries as its actor (user id, role, the posts they are
 * posted to, the first being the one they act at).
 * It is stored in the session table (Java serialization), so it keeps only what the console shows
 * and no reference to the configured user: once signed in, the password hash is erased.
 */
public class SignedInUser extends User {

    /** 2 since the posts became a list: a session kept by an earlier release no longer reads; its user signs in again. */
    @Serial
    private static final long serialVersionUID = 2L;

    private final Role role;
    private final List<String> borderPosts;
    private final String displayName;

    SignedInUser(ConsoleUser user) {
        super(user.username(), user.passwordHash(), List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        this.role = user.role();
        this.borderPosts = user.borderPosts();
        this.displayName = user.name();
    }

    public Actor actor() {
        return new Actor(getUsername(), role, getBorderPost(), borderPosts);
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The post they work at (the first configured), whose clock the console shows; "-" for auditors and administrators. */
    public String getBorderPost() {
        return borderPosts.isEmpty() ? "-" : borderPosts.get(0);
    }

    /** Every post they are posted to: the consignments they may act on. */
    public List<String> getBorderPosts() {
        return borderPosts;
    }

    public Role getRole() {
        return role;
    }
}
