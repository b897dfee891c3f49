package org.borderledger.web.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderledger.screening.ScreeningListVersions;
import org.borderledger.support.InBrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An administrator publishes a goods-measures file from the console in a real headless Chromium,
 * confirming the re-screening, lands on the new version's page and finds it at the top of the
 * history (a database of its own: the property gives this class its own context, so its version
 * re-screens no other test's consignments).
 */
@TestPropertySource(properties = "borderledger.screening.list-check-interval-ms=200")
// Its own database, closed with the class: it is used by no other test, and its connections go back.
@DirtiesContext
class ScreeningListsInBrowserTest extends InBrowserTest {

    @Autowired
    ScreeningListVersions versions;

    @Test
    void anAdministratorUploadsGoodsMeasuresConfirmsAndSeesTheNewVersionsPage(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("goods-measures.csv"),
                GoodsMeasureFiles.shippedWithBan("TEST-BROWSER-970400", "970400"), StandardCharsets.UTF_8);
        String before = versions.inForce().version();

        browser.signInAs("admin");
        browser.driver().findElement(By.linkText("Screening lists")).click();
        new Select(browser.waitFor(By.id("source"))).selectByValue("GOODS_MEASURES");
        browser.driver().findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.id("confirmed")).click();
        browser.driver().findElement(By.cssSelector("#publish button[type=submit]")).click();

        // The new version's page, where the re-screening of the open consignments shows as it goes.
        String published = browser.waitFor(By.id("published")).getText();
        String version = versions.inForce().version();
        assertThat(version).isNotEqualTo(before);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/screening-lists/" + version);
        assertThat(published).contains("Version " + version + " is in force: 1 entries added, 0 changed, 0 removed");
        assertThat(browser.waitFor(By.id("rescreen-progress")).getText()).contains("Re-screening of open consignments");

        browser.driver().findElement(By.linkText("All published versions")).click();
        String newest = browser.waitFor(By.cssSelector("#history tbody tr")).getText();
        assertThat(newest).contains(version, "admin (ADMIN, -)", "Goods measures", "goods-measures.csv");
        browser.screenshot("screening-lists");
    }
}
