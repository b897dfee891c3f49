package org.borderledger.web.consignments;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.screening.PartyMatcher;
import org.borderledger.support.InBrowserTest;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An officer resolves a possible denied-party match in a real headless Chromium: the page shows the
 * declared and listed names side by side and offers no release while the match is open; once the
 * documents are in order and the match is dismissed with a reason, release is offered.
 */
@TestPropertySource(properties = {"borderledger.screening.name-match-threshold=0.97",
        "borderledger.screening.name-review-threshold=0.70"})
class PossibleMatchInBrowserTest extends InBrowserTest {

    private static final String NEAR_MISS = "Romashka Trade LLC";

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;

    @Test
    void anOfficerDismissesAPossibleMatchAndMayThenReleaseTheGoods() {
        assertThat(new PartyMatcher().similarity(NEAR_MISS, "Romashka Trading LLC")).isBetween(0.70, 0.969);
        String id = new Stories(commandGateway, queries).declare(Declarations.builder()
                .reference(Lifecycles.unique("PM-BROWSER")).consignee(Declarations.party(NEAR_MISS, "RU")).build(), 1);

        browser.signInAs("o.aliyev");
        browser.open("/consignments/" + id);
        WebElement match = browser.waitFor(By.id("possible-match-CONSIGNEE-SDN-90001"));
        assertThat(match.findElement(By.className("declared-name")).getText()).isEqualTo(NEAR_MISS);
        assertThat(match.findElement(By.className("listed-name")).getText()).contains("Romashka Trading LLC");
        assertThat(match.findElement(By.className("score")).getText()).matches("0\\.\\d\\d");

        browser.driver().findElement(By.cssSelector("#action-document-check input[value=IN_ORDER]")).click();
        browser.driver().findElement(By.cssSelector("#action-document-check button[type=submit]")).click();
        browser.waitForText(By.id("consignment-header"), "Cleared");
        assertThat(browser.driver().findElements(By.id("action-release"))).as("release while a possible match is open")
                .isEmpty();

        match = browser.driver().findElement(By.id("possible-match-CONSIGNEE-SDN-90001"));
        match.findElement(By.name("reason")).sendKeys("Registered in Kazan; OGRN differs from the listed entity");
        match.findElement(By.cssSelector("button.primary[type=submit]")).click();
        browser.waitForText(By.id("possible-matches"),
                "Dismissed as a different party: Registered in Kazan; OGRN differs from the listed entity");

        assertThat(browser.driver().findElements(By.id("action-release"))).hasSize(1);
        assertThat(browser.driver().findElement(By.id("timeline")).getText()).contains("Possible match dismissed");
    }
}
