package org.borderledger.consignment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderledger.consignment.api.Rejections.assertRejected;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.borderledger.consignment.api.BorderPosts.BorderPost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A declaration or an amendment names a border post of the list, or it is refused on its border post. */
class BorderPostsTest {

    private static final Declaration AT_NOWHERE = Declarations.builder().borderPost("Nowhere").build();

    @Test
    void theListIsReadWholeWithRegionKindTimeZoneAndTheCountryEachPostLeadsTo() {
        assertThat(BorderPosts.all()).hasSize(33).doesNotHaveDuplicates()
                .contains(new BorderPost("Kurmangazy", "Atyrau", "multilateral road", ZoneId.of("Asia/Atyrau"), CountryCode.of("RU")),
                        new BorderPost("Orda", "", "bilateral road", ZoneId.of("Asia/Almaty"), CountryCode.of("RU")),
                        new BorderPost("Korday", "Zhambyl", "Kyrgyzstan border road", ZoneId.of("Asia/Almaty"), CountryCode.of("KG")),
                        new BorderPost("Aktau sea port", "Mangystau", "Caspian sea port", ZoneId.of("Asia/Aqtau"), null));
        // Kazakhstan keeps one time, UTC+5, since 1 March 2024: every post's zone says so today.
        assertThat(BorderPosts.all()).extracting(post -> post.timeZone().getRules().getOffset(Instant.parse("2026-12-06T12:00:00Z")))
                .containsOnly(ZoneOffset.ofHours(5));
        assertThat(BorderPosts.named("Syrym")).map(BorderPost::timeZone).contains(ZoneId.of("Asia/Oral"));
        assertThat(BorderPosts.named("Nowhere")).isEmpty();
    }

    @Test
    void aDeclarationAtAPostOfTheListIsTaken() {
        assertThat(new DeclareConsignmentCommand("C-1", Declarations.builder().borderPost("Zhaisan").build())
                .declaration().borderPost()).isEqualTo("Zhaisan");
    }

    @Test
    void aDeclarationNamingAnotherPostIsRefusedOnItsBorderPost() {
        assertRejected(() -> new DeclareConsignmentCommand("C-1", AT_NOWHERE), "borderPost")
                .hasMessage("Choose a border post from the list ('Nowhere' is not one of them)");
    }

    @Test
    void anAmendmentNamingAnotherPostIsRefusedOnItsBorderPost() {
        assertRejected(() -> new AmendDeclarationCommand("C-1", 1, AT_NOWHERE, "Post corrected"), "borderPost")
                .hasMessageStartingWith("Choose a border post from the list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kurmangazy", "Kurmangazy-R", "Khorgos"})
    void postsAreNamedExactlyAsTheListNamesThem(String name) {
        assertRejected(() -> BorderPosts.require(name), "borderPost");
    }

    @Test
    void theDeclarationItselfStaysReadableWhateverPostItNames() {
        // stored events hold declarations: a post taken off the list must not make them unreadable
        assertThat(AT_NOWHERE.borderPost()).isEqualTo("Nowhere");
    }
}
