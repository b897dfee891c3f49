package org.borderledger.web.consignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.support.InBrowserTest;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor walks a linked re-export to a decision in a real headless Chromium: from the list of open
 * possible re-exports to the consignment, where the linked import and the quantity exported beyond it
 * are shown, to the decision with its reason, which then stands on the page and in the timeline.
 */
class ReexportInBrowserTest extends InBrowserTest {

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;

    @Test
    void aSupervisorDecidesALinkedReexportFromTheListOfOpenOnes() {
        String reference = Lifecycles.unique("RX-BROWSER");
        List<String> ids = new Stories(commandGateway, queries).reexport(reference);

        browser.signInAs("s.bekova");
        browser.open("/reexports");
        browser.waitForText(By.id("open-reexports"), reference);
        browser.screenshot("reexports-open");
        browser.driver().findElement(By.linkText(reference)).click();

        WebElement reexport = browser.waitFor(By.id("reexport-848210"));
        WebElement linked = reexport.findElement(By.className("linked-import"));
        assertThat(linked.getText()).contains(reference + "-IM", "Kurmangazy", "DE", "100.000 PCE", "2000.00 EUR",
                "same address as the importer");
        assertThat(reexport.findElement(By.className("beyond-imported")).getText()).isEqualTo("50");
        assertThat(browser.driver().findElements(By.id("action-release"))).as("release while the re-export is open").isEmpty();
        browser.screenshot("reexport-consignment");

        WebElement form = browser.driver().findElement(By.id("action-reexport-decision-848210"));
        form.findElement(By.cssSelector("input[value=REFERRED_TO_FINANCIAL_MONITORING]")).click();
        form.findElement(By.name("reason")).sendKeys("Importer and exporter share an address and a director");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitForText(By.id("reexports"), "Decided: Referred to the Financial Monitoring Agency"
                + " — Importer and exporter share an address and a director");
        assertThat(browser.driver().findElement(By.id("timeline")).getText())
                .contains("Possible re-export under HS 848210 to RU (1 linked import lines) decided");
        assertThat(browser.driver().findElements(By.id("action-reexport-decision-848210"))).isEmpty();
        browser.open("/reexports");
        assertThat(browser.driver().findElement(By.id("open-reexports")).getText()).doesNotContain(reference);
        assertThat(ids).hasSize(2);
    }
}
