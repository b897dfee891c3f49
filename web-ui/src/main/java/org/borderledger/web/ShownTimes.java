package org.borderledger.web;

import org.borderledger.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every console page its {@code time}: the {@link ShownTime} of whoever is signed in (UTC before sign-in). */
@ControllerAdvice
class ShownTimes {

    @ModelAttribute("time")
    ShownTime time(@AuthenticationPrincipal SignedInUser user) {
        return user == null ? ShownTime.UTC : ShownTime.atPost(user.getBorderPost());
    }
}
