package org.borderledger.web.security;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.borderledger.actor.api.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Who may reach what. Two chains: the JSON API for other systems (HTTP Basic, no session, so no
 * cookie to forge and no CSRF token), and the console (form login, session, CSRF on every form).
 * Every path has a rule; a path without one is refused ({@code denyAll}), so a new page cannot be
 * reached until someone decides who may see it. A path that nothing maps ({@link UnknownPaths}) is
 * no page to refuse: whoever is signed in is let through to its 404, and an anonymous caller is asked
 * to sign in, as for any page, so that nothing tells them a page exists. The command bus checks each command's role again
 * ({@code CommandAuthorization}), whatever the page. Only in a web application: contexts without
 * a server (integration tests of the projections) have no pages to guard.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** The console's content security policy: everything from this server, nothing inline, no frames. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    static final RequestMatcher API_DOCS = PathPatternRequestMatcher.withDefaults().matcher("/api/docs/**");
    static final String API_DOCS_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    RecentlyVerifiedPasswords passwordEncoder(PasswordCheckProperties properties) {
        return new RecentlyVerifiedPasswords(new BCryptPasswordEncoder(), properties.rememberVerifiedPassword());
    }

    /** The one sign-in check of both chains: the throttle before the password (docs/security.md). */
    @Bean
    AuthenticationProvider throttledSignIn(SignInThrottle throttle, UserDetailsService users, RecentlyVerifiedPasswords passwords) {
        return new ThrottledAuthenticationProvider(throttle, users, passwords);
    }

    /** A supervisor does everything an officer does: the roles' own rule ({@link Role#includes}). */
    @Bean
    static RoleHierarchy roleHierarchy() {
        RoleHierarchyImpl.Builder hierarchy = RoleHierarchyImpl.withDefaultRolePrefix();
        for (Role role : Role.values()) {
            String[] included = Arrays.stream(Role.values()).filter(other -> other != role && role.includes(other))
                    .map(Role::name).toArray(String[]::new);
            if (included.length > 0) {
                hierarchy = hierarchy.role(role.name()).implies(included);
            }
        }
        return hierarchy.build();
    }

    @Bean
    UnknownPaths unknownPaths(HandlerMappingIntrospector handlerMappings) {
        return new UnknownPaths(handlerMappings);
    }

    /** 401 and 403 as problem details like the API's other errors: its own handlers (ApiSecurityProblems) answer them. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationEntryPoint unauthenticated, AccessDeniedHandler denied,
                            UnknownPaths unknown) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(paths -> paths
                        .requestMatchers("/api/docs/**").permitAll()
                        .requestMatchers(unknown).authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/consignments/**").hasAnyRole("OFFICER", "AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/consignments").hasRole("OFFICER")
                        .requestMatchers(HttpMethod.POST, "/api/consignments/*/possible-matches/*/*/confirmation",
                                "/api/consignments/*/possible-matches/*/*/dismissal").hasRole("OFFICER")
                        // Deciding a hold or a possible re-export is a supervisor's; every other change an officer's.
                        .requestMatchers(HttpMethod.POST, "/api/consignments/*/holds/*/reviews",
                                "/api/consignments/*/reexports/*/decision").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/api/consignments/*/document-checks", "/api/consignments/*/inspections",
                                "/api/consignments/*/inspections/*/findings", "/api/consignments/*/inspections/*/completion",
                                "/api/consignments/*/holds", "/api/consignments/*/release", "/api/consignments/*/amendments",
                                "/api/consignments/*/cancellation", "/api/consignments/*/transit-arrival").hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/api/screening-lists").hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/screening-lists").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/access-log").hasRole("AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/api/audit/checkpoints", "/api/audit/checkpoints/*").hasRole("AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/audit/checkpoints", "/api/audit/verification").hasRole("AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/api/holds").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.GET, "/api/work-list").hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/api/audit/consignments/*/**", "/api/audit/events").hasRole("AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/audit/chain-verification").hasRole("AUDITOR")
                        // The one path of another agency's system (FEED); an auditor follows it too.
                        .requestMatchers(HttpMethod.GET, "/api/feed").hasAnyRole("AUDITOR", "FEED")
                        .anyRequest().denyAll())
                // 401 and 403 as problem details with a stable code, like every other error of the API.
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // The OpenAPI UI under /api/docs loads only scripts from this server, like the console; its bundle
                // sets a few inline styles, which only these pages allow.
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_DOCS,
                                new ContentSecurityPolicyHeaderWriter(API_DOCS_CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(API_DOCS),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, UnknownPaths unknown) throws Exception {
        return http
                .authorizeHttpRequests(paths -> paths
                        // A live-update stream was authorised when it opened; its later async dispatches
                        // (after a sign-out in another tab, say) end the stream instead of failing it.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/css/**", "/js/**", "/images/**", "/favicon.ico", "/login", "/error").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        // "There is no such page", under /admin/ as anywhere, rather than "your role may not".
                        .requestMatchers(unknown).authenticated()
                        // The lists' history is read by auditors too; publishing falls under /admin/** below.
                        .requestMatchers(HttpMethod.GET, "/admin/screening-lists").hasAnyRole("ADMIN", "AUDITOR")
                        // An auditor reads everything: which list version changed what, too.
                        .requestMatchers(HttpMethod.GET, "/admin/screening-lists/diff", "/admin/screening-lists/{version}")
                                .hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers("/actuator/**", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/audit/**").hasRole("AUDITOR")
                        .requestMatchers("/holds/**", "/reexports", "/transit").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.GET, "/consignments/new", "/consignments/*/amendment").hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/consignments", "/consignments/**").hasAnyRole("OFFICER", "AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/consignments", "/consignments/**").hasRole("OFFICER")
                        // Every person's home page and live updates; an agency's system (FEED) has no page here.
                        .requestMatchers("/", "/live/**").hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .anyRequest().denyAll())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new SignInFailurePage()).permitAll())
                // Signing out deletes the session's row; Spring Session expires its cookie.
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                // Prometheus scrapes /actuator/prometheus with HTTP Basic as an ADMIN user, and is told 401, not
                // sent to the sign-in page.
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
