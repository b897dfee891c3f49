package org.borderledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderledger.support.InBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An address that nothing maps, in a real headless Chromium: a visitor not yet signed in is asked to
 * sign in, as for any page, and once signed in is told there is no such page, in the console's frame,
 * even under a prefix that is another role's.
 */
class NoSuchPageInBrowserTest extends InBrowserTest {

    static final By MESSAGE = By.cssSelector("#content .message");

    @Test
    void anAuditorIsAskedToSignInAndThenToldThereIsNoSuchPage() {
        browser.open("/admin/x");
        browser.signInAs("a.seitkali");

        assertThat(browser.driver().getCurrentUrl()).contains("/admin/x");
        assertThat(browser.waitFor(MESSAGE).getText()).isEqualTo("There is no such page.");
        assertThat(browser.waitFor(By.id("signed-in-user")).getText()).contains("Auditor");

        browser.open("/consignmentz?lang=ru");
        assertThat(browser.waitFor(MESSAGE).getText()).isEqualTo("Такой страницы нет.");
    }
}
