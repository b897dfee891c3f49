package org.borderledger.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.summary.api.FetchWorkListQuery;
import org.borderledger.summary.api.WorkList;
import org.borderledger.summary.api.WorkStage;
import org.borderledger.support.Commands;
import org.borderledger.support.InBrowserTest;
import org.borderledger.support.Lifecycles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard in a real headless Chromium: signed in, updated live, signed out, in Russian. */
class DashboardInBrowserTest extends InBrowserTest {

    static final By CLEARED_COUNT = By.id("count-" + WorkStage.CLEARED_AWAITING_RELEASE);

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerSignsInAndSeesTheirNameRolePostAndWorkList() {
        Commands commands = new Commands(commandGateway);
        for (int i = 1; i <= 3; i++) {
            commands.send(new DeclareConsignmentCommand("CN-BROWSER-SHOT-" + i,
                    Declarations.withReference("EX-BROWSER-SHOT-" + i)), Lifecycles.OFFICER);
        }
        commands.send(new DeclareConsignmentCommand("CN-BROWSER-SHOT-HELD",
                Lifecycles.toASanctionedConsignee("EX-BROWSER-SHOT-HELD")), Lifecycles.OFFICER);
        await().untilAsserted(() -> assertThat(cleared().items())
                .anyMatch(item -> item.consignmentId().equals("CN-BROWSER-SHOT-3")));
        browser.open("/login");
        browser.waitFor(By.id("username"));
        browser.screenshot("sign-in");

        browser.signInAs("o.aliyev");

        assertThat(browser.waitFor(By.id("signed-in-user")).getText())
                .contains("Olzhas Aliyev").contains("Officer").contains("Kurmangazy");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.waitFor(By.id("work-list-heading")).getText()).isEqualTo("Work list at Kurmangazy");
        assertThat(browser.waitFor(By.id("statistics-heading")).getText()).isEqualTo("Last 30 days at Kurmangazy");
        browser.screenshotInEnglishAndRussian("dashboard");
        browser.driver().executeScript("document.getElementById('statistics').scrollIntoView();");
        browser.screenshot("dashboard-statistics");
    }

    @Test
    void aConsignmentDeclaredWhileThePageIsOpenAppearsWithoutAReload() {
        Instant opened = Instant.now();
        browser.signInAs("o.aliyev");
        browser.waitFor(CLEARED_COUNT);
        browser.driver().executeScript("window.notReloaded = true;");

        new Commands(commandGateway).send(new DeclareConsignmentCommand("CN-BROWSER-LIVE",
                Declarations.withReference("EX-BROWSER-LIVE")), Lifecycles.OFFICER);
        await().untilAsserted(() -> assertThat(cleared().items())
                .anyMatch(item -> item.consignmentId().equals("CN-BROWSER-LIVE")));

        long total = cleared().total();
        browser.waitForText(CLEARED_COUNT, String.valueOf(total));
        if (total <= DashboardController.OLDEST_PER_STAGE) {
            // Among the oldest shown unless earlier tests left more at this post.
            browser.waitForText(By.id("stage-" + WorkStage.CLEARED_AWAITING_RELEASE), "EX-BROWSER-LIVE");
        }
        assertThat(browser.waitFor(By.cssSelector(".live-notice")).getText()).startsWith("Updated ");
        assertThat(browser.driver().executeScript("return window.notReloaded === true;")).isEqualTo(true);

        // The access log has the dashboard opened once, not once more for the live update: entries are written
        // in the order recorded, so once a later search is there the refresh would be too.
        browser.open("/consignments?reference=EX-BROWSER-LIVE-MARK");
        await().untilAsserted(() -> assertThat(dashboardEntriesSince(opened, "/consignments")).isEqualTo(1));
        assertThat(dashboardEntriesSince(opened, "/")).isEqualTo(1);
    }

    private long dashboardEntriesSince(Instant since, String path) {
        return jdbc.queryForObject("SELECT count(*) FROM access_log WHERE user_id = 'o.aliyev' AND path = ? AND at >= ?",
                Long.class, path, Timestamp.from(since));
    }

    @Test
    void aLiveUpdateLeavesAloneThePartWhereTheUserIsTyping() {
        browser.signInAs("o.aliyev");
        browser.driver().executeScript("""
                var input = document.createElement('input');
                input.id = 'typing-probe';
                document.getElementById('holds-waiting').appendChild(input);""");
        browser.waitFor(By.id("typing-probe")).sendKeys("half-typed note");

        new Commands(commandGateway).send(new DeclareConsignmentCommand("CN-BROWSER-TYPING",
                Declarations.withReference("EX-BROWSER-TYPING")), Lifecycles.OFFICER);
        await().untilAsserted(() -> assertThat(cleared().items())
                .anyMatch(item -> item.consignmentId().equals("CN-BROWSER-TYPING")));

        browser.waitForText(CLEARED_COUNT, String.valueOf(cleared().total()));
        assertThat(browser.waitFor(By.id("typing-probe")).getDomProperty("value")).isEqualTo("half-typed note");
    }

    @Test
    void anOfficerSignsOut() {
        browser.signInAs("o.aliyev");

        browser.signOut();

        assertThat(browser.driver().getCurrentUrl()).endsWith("/login?signedOut");
        assertThat(browser.driver().findElements(By.id("signed-in-user"))).isEmpty();
        browser.open("/");
        browser.waitFor(By.id("username"));
    }

    @Test
    void theLanguageSwitchShowsTheDashboardInRussian() {
        browser.signInAs("o.aliyev");

        browser.driver().findElement(By.cssSelector(".languages a[lang=ru]")).click();

        browser.waitForText(By.tagName("h1"), "Сводка");
        assertThat(browser.waitFor(By.id("work-list-heading")).getText()).isEqualTo("Очередь работ: Kurmangazy");
        assertThat(browser.waitFor(By.id("signed-in-user")).getText()).contains("Kurmangazy");
    }

    /** The stage a GREEN declaration lands in, with room for every item so the new one is among them. */
    private WorkList.WorkListGroup cleared() {
        return queries.query(new FetchWorkListQuery(List.of("Kurmangazy"), 0, FetchWorkListQuery.MAX_LIMIT), WorkList.class).join()
                .groups().get(WorkStage.CLEARED_AWAITING_RELEASE.ordinal());
    }
}
