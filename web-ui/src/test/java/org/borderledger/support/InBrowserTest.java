package org.borderledger.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test that drives the application on a random port in a fresh headless Chromium for each test,
 * signed in by the test itself; the browser is quit after each test whatever its outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshConsoleDatabase.class)
public abstract class InBrowserTest {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterEach
    void quitBrowser() {
        browser.close();
    }

    /** Replaces what the input named {@code name} holds. */
    protected void type(String name, String value) {
        WebElement input = browser.driver().findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    protected String text(By locator) {
        return browser.driver().findElement(locator).getText();
    }
}
