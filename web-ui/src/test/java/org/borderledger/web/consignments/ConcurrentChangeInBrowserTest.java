package org.borderledger.web.consignments;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.PlaceHoldCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.InBrowserTest;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer is typing on a consignment's page when a supervisor holds it, in a real headless
 * Chromium: the page says who changed it, when and to what, keeps what was typed, switches off the
 * action the new state forbids, and an action sent from the old page is refused with a readable time.
 */
class ConcurrentChangeInBrowserTest extends InBrowserTest {

    private static final String TYPED = "Declared twice by the broker, see EX-1041";

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;

    @Test
    void aChangeWhileTheOfficerTypesIsAnnouncedAndTheActionItForbidsIsSwitchedOff() {
        Stories stories = new Stories(commandGateway, queries);
        String id = stories.awaitingInspection(Lifecycles.unique("LIVE-TYPING"));
        browser.signInAs("o.aliyev");
        browser.open("/consignments/" + id);
        WebElement reason = browser.waitFor(By.id("ca-reason"));
        reason.sendKeys(TYPED);

        new Commands(commandGateway).send(new PlaceHoldCommand(id, 3, "H-2", HoldReason.DOCUMENTS,
                "Invoice and packing list disagree"), Lifecycles.SUPERVISOR);

        browser.waitForText(By.id("consignment-detail-changed"), "Changed by Serik Karimov at ");
        assertThat(browser.driver().findElement(By.id("consignment-detail-changed")).getText()).contains("now Held");
        browser.waitForText(By.id("consignment-header"), "Held");
        assertThat(browser.driver().findElement(By.id("ca-reason")).getDomProperty("value")).isEqualTo(TYPED);
        WebElement cancellation = browser.driver().findElement(By.id("action-cancellation"));
        assertThat(cancellation.findElement(By.cssSelector("button[type=submit]")).isEnabled()).isFalse();
        assertThat(cancellation.getText()).contains("No longer possible");
        assertThat(browser.driver().findElement(By.cssSelector("#action-hold button[type=submit]")).isEnabled()).isTrue();

        // The hold form is still the old page's: sent, it is refused as stale, with the time to the second.
        new Select(browser.driver().findElement(By.id("ho-reason"))).selectByValue(HoldReason.RISK_INTELLIGENCE.name());
        browser.driver().findElement(By.id("ho-text")).sendKeys("Hidden compartment suspected");
        browser.driver().findElement(By.cssSelector("#action-hold button[type=submit]")).click();
        browser.waitForText(By.cssSelector("#action-hold .stale"), "Serik Karimov");
        assertThat(browser.driver().findElement(By.cssSelector("#action-hold .stale")).getText())
                .containsPattern("at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC\\+5 after")
                .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d");
    }
}
