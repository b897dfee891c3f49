package org.borderledger.web.security;

import java.util.Map;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the configured user behind a sign-in. */
@Service
class ConsoleUserDetailsService implements UserDetailsService {

    private final Map<String, ConsoleUser> users;

    ConsoleUserDetailsService(ConsoleUsers users) {
        this.users = users.byUsername();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        ConsoleUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("No user " + username);
        }
        return new SignedInUser(user);
    }
}
