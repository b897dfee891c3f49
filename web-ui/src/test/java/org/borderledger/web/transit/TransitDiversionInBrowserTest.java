package org.borderledger.web.transit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.borderledger.support.InBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * A diverted transit movement in a real headless Chromium, every step by a person: an officer at Nur
 * Zholy (Khorgos) declares a transit to Kyrgyzstan through Korday and releases it; an officer at
 * Kurmangazy, on the Russian border, records its arrival there, which holds it as a diversion; a
 * supervisor of Kurmangazy finds it in the transit queue and seizes the goods on the consignment's
 * page. Screenshots of the transit section and of the queue go where
 * {@link org.borderledger.support.Browser#SCREENSHOTS} says. No random check, so that the movement is
 * cleared for departure at once.
 */
@TestPropertySource(properties = {"borderledger.screening.random-yellow-share=0", "borderledger.screening.random-red-share=0"})
class TransitDiversionInBrowserTest extends InBrowserTest {

    static final String REFERENCE = "TR-DIVERTED-1";
    static final List<String> SEALS = List.of("CN-778001", "CN-778002");

    @Test
    void aMovementDeclaredForKyrgyzstanAndPresentedOnTheRussianBorderIsHeldAndSeizedByASupervisorThere() {
        String consignmentPath = declaredAndReleasedAtKhorgos();
        presentedAtKurmangazy(consignmentPath);
        seizedByTheSupervisorOfKurmangazy(consignmentPath);
    }

    private String declaredAndReleasedAtKhorgos() {
        browser.signInAs("o.tokayev");
        browser.open("/consignments/new");
        type("reference", REFERENCE);
        new Select(browser.driver().findElement(By.name("direction"))).selectByValue("TRANSIT");
        type("declarant.name", "TOO Khorgos Gateway Logistics");
        type("declarant.country", "KZ");
        type("declarant.identifier", "040540000014");
        type("exporter.name", "Yiwu Auto Parts Co");
        type("exporter.country", "CN");
        type("consignee.name", "OsOO Bishkek Motors");
        type("consignee.country", "KG");
        type("countryOfDispatch", "CN");
        type("countryOfDestination", "KG");
        type("transport.vehicleRegistration", "777 KHG 05");
        new Select(browser.driver().findElement(By.name("transit.exitPost"))).selectByValue("Korday");
        type("transit.seals", String.join(" ", SEALS));
        type("transit.guaranteeAmount", "18500");
        type("transit.guaranteeCurrency", "USD");
        // Date and time inputs take the value as the browser's locale writes it: set it as HTML does.
        setValue("transit.timeLimitDate", LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(5).toString());
        setValue("transit.timeLimitTime", "18:00");
        type("goods[0].hsCode", "6109 10 00 00");
        type("goods[0].description", "Cotton T-shirts");
        type("goods[0].countryOfOrigin", "CN");
        type("goods[0].quantity", "400");
        type("goods[0].unit", "PCE");
        type("goods[0].grossMass", "5200");
        type("goods[0].netMass", "4900");
        type("goods[0].value", "41000");
        type("goods[0].currency", "USD");
        browser.driver().findElement(By.cssSelector("form button.primary[type=submit]")).click();

        browser.waitForText(By.id("consignment-header"), "Cleared");
        act("release", "re-note", "Sealed at lane 2, " + String.join(", ", SEALS));
        browser.waitForText(By.id("consignment-header"), "In transit");
        assertThat(text(By.id("transit"))).contains("Korday").contains("KG").contains(SEALS.get(0)).contains("18500 USD");
        String path = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        browser.signOut();
        return path;
    }

    /** The goods come to Kurmangazy, on the Russian border: seals and vehicle as declared, the country not. */
    private void presentedAtKurmangazy(String consignmentPath) {
        browser.signInAs("o.aliyev");
        browser.open(consignmentPath);
        browser.waitFor(By.id("action-transit-arrival"));
        WebElement form = browser.driver().findElement(By.id("action-transit-arrival"));
        new Select(form.findElement(By.name("arrivalPost"))).selectByValue("Kurmangazy");
        for (int i = 0; i < SEALS.size(); i++) {
            form.findElement(By.cssSelector("input[name='sealCondition-" + i + "'][value=INTACT]")).click();
        }
        form.findElement(By.name("vehicleRegistration")).sendKeys("777 KHG 05");
        form.findElement(By.name("note")).sendKeys("Presented at lane 1 for Russia");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitForText(By.id("consignment-header"), "Held");
        assertThat(text(By.id("transit-findings"))).contains("Diversion: declared for KG, presented at a post leading to RU.");
        browser.signOut();
    }

    /** Another person than the officer who recorded the arrival decides the hold it placed. */
    private void seizedByTheSupervisorOfKurmangazy(String consignmentPath) {
        browser.signInAs("s.bekova");
        browser.open("/transit");
        browser.waitFor(By.id("transit-held"));
        assertThat(text(By.id("transit-held"))).contains(REFERENCE).contains("Diversion").contains("Kurmangazy");
        browser.screenshotInEnglishAndRussian("transit-queue");
        browser.driver().findElement(By.linkText(REFERENCE)).click();

        browser.waitFor(By.id("transit-arrival"));
        assertThat(browser.driver().getCurrentUrl()).endsWith(consignmentPath);
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('transit').scrollIntoView()");
        browser.screenshot("transit-diverted");
        browser.driver().findElement(By.cssSelector("a[href$='/holds/" + consignmentPath.substring(
                consignmentPath.lastIndexOf('/') + 1) + "/AUTO-1']")).click();
        browser.waitFor(By.id("decision"));
        new Select(browser.driver().findElement(By.id("decision"))).selectByValue("SEIZE");
        browser.driver().findElement(By.cssSelector("form.review-decision button[type=submit]")).click();
        browser.waitFor(By.id("reason"));
        new Select(browser.driver().findElement(By.id("reason"))).selectByValue("OTHER");
        type("text", "Declared for Kyrgyzstan through Korday, presented for Russia at Kurmangazy");
        browser.driver().findElement(By.cssSelector("form.review button[type=submit]")).click();
        browser.waitForText(By.cssSelector("main"), REFERENCE);

        browser.open(consignmentPath);
        browser.waitForText(By.id("consignment-header"), "Seized");
        assertThat(text(By.id("timeline"))).contains("Saule Bekova").contains("Olzhas Aliyev").contains("Daniyar Tokayev");
        browser.signOut();
    }

    private void setValue(String name, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.driver().findElement(By.name(name)), value);
    }

    private void act(String action, String noteId, String note) {
        WebElement section = browser.driver().findElement(By.id("action-" + action));
        section.findElement(By.id(noteId)).sendKeys(note);
        section.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
