package org.borderledger.support;

import static org.borderledger.web.security.ConsoleUsers.DEMO_PASSWORD;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for end-to-end tests: the system's {@code chromium} driven through the
 * system's {@code chromedriver} (both from Debian, installed by {@code .ci/run}), so Selenium Manager
 * never downloads a browser or a driver. Opens pages of one running application, signs in as a demo
 * user and saves screenshots: under {@code target/screenshots/} in a test run, so that a run never
 * changes a tracked file, or into the docs when asked (docs/testing.md, "Screenshots").
 */
public final class Browser implements AutoCloseable {

    /** Where screenshots go: {@code -Dborderledger.screenshots=../docs/screenshots} refreshes the docs' own. */
    public static final Path SCREENSHOTS = Path.of(System.getProperty("borderledger.screenshots", "target/screenshots"));
    static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts a browser for the application on this port. The host is {@code localhost}, where
     * browsers keep the session cookie the application marks Secure even over plain HTTP.
     */
    public static Browser start(int port) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--lang=en");
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs in on the sign-in page and waits for the dashboard. */
    public void signInAs(String username) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("signed-in-user"));
    }

    public void signOut() {
        driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        waitFor(By.id("username"));
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Saves what the browser shows as {@code <name>.png} in {@link #SCREENSHOTS}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + name, e);
        }
    }

    /**
     * Saves the page as {@code <name>.png} and, opened again in Russian, as {@code <name>-ru.png}; then
     * switches back to English and opens the page at its own address again, where the test goes on.
     */
    public void screenshotInEnglishAndRussian(String name) {
        screenshot(name);
        String page = driver.getCurrentUrl();
        String separator = page.contains("?") ? "&" : "?";
        driver.get(page + separator + "lang=ru");
        waitFor(By.tagName("main"));
        screenshot(name + "-ru");
        driver.get(page + separator + "lang=en");
        driver.get(page);
        waitFor(By.tagName("main"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
