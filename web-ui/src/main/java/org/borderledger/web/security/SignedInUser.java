package org.borderledger.web.security;

import java.util.List;
import org.borderledger.actor.Actor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The person behind a console session or API call: Spring Security's user with the role as its one
 * authority, and what every command they send carries as its actor (user id, role, border post).
 */
public class SignedInUser extends User {

    private final ConsoleUser user;

    SignedInUser(ConsoleUser user) {
        super(user.username(), user.passwordHash(), List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        this.user = user;
    }

    public Actor actor() {
        return new Actor(user.username(), user.role(), user.borderPost());
    }

    public String getDisplayName() {
        return user.name();
    }

    public String getBorderPost() {
        return user.borderPost();
    }

    public String getRole() {
        return user.role().name();
    }
}
