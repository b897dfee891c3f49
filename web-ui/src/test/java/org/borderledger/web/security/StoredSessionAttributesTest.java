package org.borderledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.borderledger.actor.api.Actor;
import org.borderledger.actor.api.Role;
import org.borderledger.screening.api.ListFileDigest;
import org.borderledger.screening.api.ListSource;
import org.borderledger.web.lists.PublicationView;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.servlet.FlashMap;

/** What the session table holds and what an instance is willing to read back from it. */
class StoredSessionAttributesTest {

    private static final String HASH = "$2a$10$T.WR3wIjhUnZFwV8WDoZxezAXJC8Uh0W6B2KwhWcQw5BBqsArXjfC";

    private final GenericConversionService conversion = StoredSessionAttributes.conversion();

    @Test
    void aSignedInUsersSecurityContextReadsBackOnAnotherInstanceWithoutThePasswordHash() {
        SignedInUser user = new SignedInUser(new ConsoleUser("o.aliyev", HASH, Role.OFFICER, List.of("Kurmangazy"), "Olzhas Aliyev"));
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(user, DEMO_PASSWORD, user.getAuthorities());
        signedIn.eraseCredentials(); // as Spring Security's ProviderManager does after every sign-in

        byte[] stored = conversion.convert(new SecurityContextImpl(signedIn), byte[].class);
        SecurityContextImpl read = (SecurityContextImpl) conversion.convert(stored, Object.class);

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(HASH).doesNotContain(DEMO_PASSWORD);
        SignedInUser readUser = (SignedInUser) read.getAuthentication().getPrincipal();
        assertThat(readUser.actor()).isEqualTo(new Actor("o.aliyev", Role.OFFICER, "Kurmangazy"));
        assertThat(readUser.getDisplayName()).isEqualTo("Olzhas Aliyev");
        assertThat(read.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER");
    }

    @Test
    void aFlashMessageWaitingForTheNextPageReadsBack() {
        FlashMap published = new FlashMap();
        published.setTargetRequestPath("/admin/screening-lists");
        published.put("published", new PublicationView("2026-12-06.1", null, Instant.parse("2026-12-06T10:00:00Z"), "admin",
                "ADMIN", "-", List.of(ListSource.values()[0]), List.of(new ListFileDigest("list.xml", "0".repeat(64), 42)),
                3, 0, 0));
        // Spring MVC keeps the session's flash messages in this list type.
        List<FlashMap> waiting = new CopyOnWriteArrayList<>(List.of(published));

        Object read = conversion.convert(conversion.convert(waiting, byte[].class), Object.class);

        assertThat(read).isEqualTo(waiting);
    }

    @Test
    void aValueOfAClassOutsideTheAllowedPackagesReadsAsAbsent() {
        byte[] stored = conversion.convert(List.of("fine", URI.create("http://127.0.0.1/")), byte[].class);

        assertThat(conversion.convert(stored, Object.class)).isNull();
        assertThat(conversion.convert(conversion.convert(List.of("fine"), byte[].class), Object.class)).isEqualTo(List.of("fine"));
    }

    @Test
    void bytesThatNoLongerReadCountAsAbsent() {
        byte[] stored = conversion.convert(List.of("a flash message"), byte[].class);

        assertThat(conversion.convert(new byte[] {1, 2, 3}, Object.class)).isNull();
        assertThat(conversion.convert(Arrays.copyOf(stored, stored.length - 3), Object.class)).isNull();
    }
}
