package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderledger.support.InBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One consignment's whole life in a real headless Chromium, every step by a person in the console:
 * an officer declares an export whose consignee is on the denied-party list (a goods description
 * with a script in it), screening holds it; another person, a supervisor, lifts the hold; the officer
 * inspects and releases it; the auditor reads its history, the state as of the moment it was held,
 * the event log and the chain; the administrator sees the projections. Screenshots of each page go
 * where {@link org.borderledger.support.Browser#SCREENSHOTS} says (the docs' own only when asked).
 */
class ConsignmentJourneyInBrowserTest extends InBrowserTest {

    static final String REFERENCE = "EX-JOURNEY-1";
    static final String SCRIPT = "<script>alert('xss')</script>";

    @Test
    void aHeldConsignmentIsLiftedByASupervisorReleasedByTheOfficerAndReadByTheAuditor() {
        String consignmentPath = declaredByTheOfficer();
        String consignmentId = consignmentPath.substring(consignmentPath.lastIndexOf('/') + 1);

        liftedByAnotherPerson(consignmentId);
        inspectedAndReleasedByTheOfficer(consignmentPath);
        readByTheAuditor(consignmentId);

        browser.signInAs("admin");
        browser.open("/admin/projections");
        browser.waitFor(By.cssSelector("main h1"));
        browser.screenshot("admin-projections");
    }

    /** The officer fills in the declaration form; the page it lands on shows the automatic hold. */
    private String declaredByTheOfficer() {
        browser.signInAs("o.aliyev");
        browser.open("/consignments/new");
        type("reference", REFERENCE);
        type("declarant.name", "TOO Dala Logistics");
        type("declarant.country", "KZ");
        type("declarant.identifier", "040540000014");
        type("exporter.name", "TOO Steppe Textiles");
        type("exporter.country", "KZ");
        type("exporter.identifier", "040540000502");
        type("consignee.name", "ООО «Ромашка»");
        type("consignee.country", "RU");
        type("countryOfDispatch", "KZ");
        type("countryOfDestination", "RU");
        type("transport.vehicleRegistration", "123 ABC 02");
        type("transport.containers", "MSKU9070323");
        type("goods[0].hsCode", "6109 10 00 00");
        type("goods[0].description", SCRIPT + " Cotton T-shirts");
        type("goods[0].countryOfOrigin", "KZ");
        type("goods[0].quantity", "1200");
        type("goods[0].unit", "PCE");
        type("goods[0].grossMass", "480");
        type("goods[0].netMass", "450");
        type("goods[0].value", "12000");
        type("goods[0].currency", "USD");
        browser.screenshot("declaration-form");
        browser.driver().findElement(By.cssSelector("form button.primary[type=submit]")).click();

        browser.waitForText(By.id("consignment-header"), "Held");
        assertThat(text(By.id("consignment-header"))).contains("Red");
        // The script is shown as text, never run: no alert, no script element from the description.
        assertThat(text(By.id("goods"))).contains(SCRIPT + " Cotton T-shirts");
        assertThat(browser.driver().findElements(By.xpath("//table[@id='goods']//script"))).isEmpty();
        assertThat(alertShown()).isFalse();
        browser.screenshotInEnglishAndRussian("consignment-held");
        String path = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        browser.signOut();
        return path;
    }

    /** A supervisor other than the one who placed the hold (screening, in the officer's name) lifts it. */
    private void liftedByAnotherPerson(String consignmentId) {
        browser.signInAs("s.bekova");
        browser.open("/holds");
        browser.waitFor(By.id("held-goods"));
        browser.screenshotInEnglishAndRussian("held-goods");
        browser.driver().findElement(By.cssSelector("a[href$='/holds/" + consignmentId + "/AUTO-1']")).click();
        browser.waitFor(By.id("decision"));
        new Select(browser.driver().findElement(By.id("decision"))).selectByValue("LIFT");
        browser.driver().findElement(By.cssSelector("form.review-decision button[type=submit]")).click();
        browser.waitFor(By.id("reason"));
        new Select(browser.driver().findElement(By.id("reason"))).selectByValue("FALSE_POSITIVE_MATCH");
        type("text", "Registry extract checked: a different company, BIN differs");
        browser.screenshot("hold-review");
        browser.driver().findElement(By.cssSelector("form.review button[type=submit]")).click();
        browser.waitForText(By.cssSelector("main"), REFERENCE);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/holds");
        browser.signOut();
    }

    /** Back at the lane: start the inspection, complete it without discrepancy, release. */
    private void inspectedAndReleasedByTheOfficer(String consignmentPath) {
        browser.signInAs("o.aliyev");
        browser.open(consignmentPath);
        browser.waitForText(By.id("consignment-header"), "Awaiting inspection");
        act("inspection", "in-note", "Lane 4, seals checked");
        browser.waitForText(By.id("consignment-header"), "Under inspection");
        browser.driver().findElement(By.cssSelector("#action-inspection-completion input[value=NO_DISCREPANCY]")).click();
        act("inspection-completion", "ic-note", "Goods as declared");
        browser.waitForText(By.id("consignment-header"), "Cleared");
        act("release", "re-note", "Released at lane 4");
        browser.waitForText(By.id("consignment-header"), "Released");
        // The timeline names people, not user ids.
        assertThat(text(By.id("timeline"))).contains("Saule Bekova").contains("Olzhas Aliyev").doesNotContain("s.bekova");
        browser.screenshotInEnglishAndRussian("consignment-released");
        browser.signOut();
    }

    /** The auditor's history names everyone who acted; the state as of the screening is the hold. */
    private void readByTheAuditor(String consignmentId) {
        browser.signInAs("a.seitkali");
        browser.open("/audit/consignments/" + consignmentId);
        browser.waitFor(By.cssSelector("main h1"));
        assertThat(text(By.cssSelector("main"))).contains("o.aliyev").contains("s.bekova")
                .contains("HoldReviewedEvent").contains("ConsignmentReleasedEvent");
        browser.screenshotInEnglishAndRussian("audit-history");

        browser.open("/audit/consignments/" + consignmentId + "/as-of");
        List<WebElement> asOfEachEvent = browser.driver().findElements(By.cssSelector("main a[href*='as-of?at=']"));
        // Declared, screened, held, hold reviewed, inspection started and completed, released.
        assertThat(asOfEachEvent).hasSize(7);
        asOfEachEvent.get(2).click(); // just after the automatic hold: what the officer saw then
        browser.waitForText(By.id("as-of-status"), "Held");
        browser.screenshot("audit-as-of");

        browser.open("/audit/events");
        browser.waitFor(By.cssSelector("main table"));
        browser.screenshot("audit-event-log");
        browser.open("/audit/chain");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitFor(By.cssSelector("main .message"));
        browser.screenshot("audit-chain");
        browser.signOut();
    }

    private void act(String action, String noteId, String note) {
        WebElement section = browser.driver().findElement(By.id("action-" + action));
        section.findElement(By.id(noteId)).sendKeys(note);
        section.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private boolean alertShown() {
        try {
            browser.driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }
}
