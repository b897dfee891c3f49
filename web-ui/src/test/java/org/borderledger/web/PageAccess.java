package org.borderledger.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Console requests as a demo user, and the check that a page opens for one role only. */
public record PageAccess(MockMvc mvc, UserDetailsService users) {

    /** One demo user of each role that is not the one allowed, so that every other role is tried. */
    private static final List<String> ONE_OF_EACH_ROLE = List.of("o.aliyev", "s.karimov", "a.seitkali", "admin");

    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /**
     * A GET of the path is answered for the given user, refused (403) to the users of every other role,
     * and sends an anonymous visitor to the sign-in page.
     */
    public void opensOnlyFor(String allowed, String path) throws Exception {
        String allowedRole = users.loadUserByUsername(allowed).getAuthorities().iterator().next().getAuthority();
        mvc.perform(get(path).with(as(allowed))).andExpect(status().isOk());
        for (String other : ONE_OF_EACH_ROLE) {
            String role = users.loadUserByUsername(other).getAuthorities().iterator().next().getAuthority();
            if (!role.equals(allowedRole)) {
                mvc.perform(get(path).with(as(other))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get(path).accept("text/html")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }
}
