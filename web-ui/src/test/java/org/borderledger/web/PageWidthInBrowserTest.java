package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.borderledger.support.InBrowserTest;
import org.borderledger.support.Lifecycles;
import org.borderledger.web.consignments.Stories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page of every role, in English, Russian and Kazakh, fits the screens officers use (1024 and
 * 1366 pixels wide) in a real headless Chromium: the document is never wider than the window; a
 * table wider than the page scrolls inside its own box. The pages are filled (a consignment held by
 * screening, with its hits and hold) so that long words and wide tables are there to be measured.
 */
class PageWidthInBrowserTest extends InBrowserTest {

    private static final List<Integer> WIDTHS = List.of(1024, 1366);
    private static final List<String> LANGUAGES = List.of("en", "ru", "kk");

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queries;

    @Test
    void noPageIsWiderThanTheWindowInAnyLanguage() {
        String held = new Stories(commandGateway, queries).held(Lifecycles.unique("WIDTH"));
        String heldPage = "/consignments/" + held;
        List<String> tooWide = new ArrayList<>();

        measure("o.aliyev", List.of("/", "/consignments", "/consignments/new", heldPage), tooWide);
        measure("s.bekova", List.of("/holds", "/holds/" + held + "/AUTO-1", "/transit"), tooWide);
        measure("a.seitkali", List.of("/audit/events", "/audit/consignments/" + held,
                "/audit/consignments/" + held + "/as-of?at=2100-01-01T00:00", "/audit/chain", "/audit/access",
                "/admin/screening-lists"), tooWide);
        browser.signInAs("admin");
        browser.open("/admin/screening-lists");
        String version = browser.waitFor(By.cssSelector("#history tbody tr a")).getAttribute("href");
        browser.signOut();
        measure("admin", List.of("/admin/projections", version.substring(version.indexOf("/admin/"))), tooWide);

        assertThat(tooWide).as("pages wider than the window").isEmpty();
    }

    /** Opens each page in each language, and at each width compares the document's width with the window's. */
    private void measure(String username, List<String> paths, List<String> tooWide) {
        browser.signInAs(username);
        for (String language : LANGUAGES) {
            for (String path : paths) {
                browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                browser.waitFor(By.tagName("main"));
                for (int width : WIDTHS) {
                    browser.driver().manage().window().setSize(new Dimension(width, 768));
                    long document = (Long) browser.driver().executeScript(
                            "return document.documentElement.scrollWidth;");
                    long window = (Long) browser.driver().executeScript(
                            "return document.documentElement.clientWidth;");
                    if (document > window) {
                        tooWide.add(path + " [" + language + ", " + width + " px]: " + document + " px wide, widest "
                                + browser.driver().executeScript(WIDEST_ELEMENT));
                    }
                }
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        browser.signOut();
    }

    /** Names the element that reaches furthest right, to say what to fix. */
    private static final String WIDEST_ELEMENT = """
            var widest = null, right = 0;
            document.querySelectorAll('main *').forEach(function (element) {
                var edge = element.getBoundingClientRect().right;
                if (edge > right) { right = edge; widest = element; }
            });
            return widest ? widest.tagName.toLowerCase() + (widest.id ? '#' + widest.id : '')
                + (widest.className ? '.' + String(widest.className).split(' ').join('.') : '') + ' to ' + Math.round(right) : '-';""";
}
