package org.borderledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.borderledger.consignment.api.BorderPosts;
import org.borderledger.support.BadInputCorpus;
import org.borderledger.support.InBrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A consignment's whole life in Russian and in Kazakh, in a real headless Chromium: an officer
 * declares (first with mistakes the domain refuses), checks the documents and finds them wanting,
 * holds the goods; another person, a supervisor, decides the hold after the form said what was
 * missing; the officer inspects, is refused a finding on a goods line the declaration lacks, records
 * one, completes and releases. A second declaration to a denied party is held by screening, and its
 * hold is read on the consignment and on the review. Every page on the way must speak the reader's
 * language: a visible Latin-script word fails the test unless it is something a person typed (a name),
 * a code (country, currency, unit, standard) or the product's name; names of people and border posts
 * are names. Words with digits are ids, references and numbers. Every page is read before the test
 * fails, so that one run lists all that is left in English.
 */
class LifecycleInEveryLanguageInBrowserTest extends InBrowserTest {

    /**
     * What people typed: the test's own inputs, the demo users' and border posts' names, and the text
     * of the shipped screening lists' entries as their publishers wrote it (names, list names,
     * programmes, labels, legal bases). Longest first, so that a name inside another is not cut out of it.
     */
    private static final List<String> TYPED = Stream.concat(Stream.of("TOO Dala Logistics", "Zhibek Trade LLP", "XX",
                    "123 ABC 02", "Olzhas Aliyev", "Saule Bekova", "Romashka Trading LLC", "US-SDN", "TEST DATA", "EU-CHPL", "CHPL tier 1: integrated circuits (HS 8542 31)",
                    "Risk profile: CHPL goods to third countries with high re-export risk (monitor)"),
                    BorderPosts.all().stream().map(BorderPosts.BorderPost::name))
            .sorted((a, b) -> b.length() - a.length()).toList();
    private static final Set<String> CODES = Set.of("BorderLedger", "EN", "RU", "KK", "KZ", "TR", "CN", "BY", "KG", "UZ", "USD", "EUR", "KZT",
            "PCE", "KGM", "ISO", "alpha", "UTC", "CSQU", "U", "J", "Z");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_.+/-]+");
    private static final Pattern USER_ID = Pattern.compile("[a-z]+\\.[a-z]+");
    private static final Map<String, String> RELEASED = Map.of("ru", "Выпущена", "kk", "Шығарылды");

    private final SoftAssertions pages = new SoftAssertions();
    private String language;

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void aWholeLifecycleReadsInTheUsersLanguage(String language) {
        this.language = language;
        try {
            walkedThrough("EX-I18N-" + language.toUpperCase());
        } catch (RuntimeException | AssertionError stopped) {
            // a page that did not go on (a browser pop-up held the form back, say): reported with the words read so far
            pages.fail("The walk stopped", stopped);
        }
        pages.assertAll();
    }

    private void walkedThrough(String reference) {
        browser.signInAs("o.aliyev");
        browser.open("/?lang=" + language);
        readsInTheLanguage("dashboard");

        String consignment = declared(reference, "Zhibek Trade LLP", "TR", "8542 31 00 00");
        checkedAndHeldByTheOfficer(consignment);
        decidedByASupervisor(consignment, "H-1", "DOCUMENTS_CORRECTED");
        inspectedAndReleasedByTheOfficer(consignment);

        // Declared to a denied party: screening holds it, and the hold says why from the hit it stored.
        String held = declared(reference + "-S", "ООО «Ромашка»", "RU", "6109 10 00 00");
        browser.open(held);
        browser.waitFor(By.id("hold-AUTO-1"));
        readsInTheLanguage("consignment held by screening");
        browser.signOut();
        browser.signInAs("s.bekova");
        browser.open("/holds/" + held.substring(held.lastIndexOf('/') + 1) + "/AUTO-1");
        browser.waitFor(By.id("decision"));
        readsInTheLanguage("review of an automatic hold");
    }

    /**
     * The officer's declaration: the valid form of the bad-input corpus with this consignee, destination
     * and goods, refused first for a reserved HS chapter and an unknown country; the page it opens.
     */
    private String declared(String reference, String consignee, String country, String hsCode) {
        browser.open("/consignments/new");
        readsInTheLanguage("blank declaration");
        BadInputCorpus.valid("valid-form.json").fields().forEachRemaining(field -> {
            WebElement input = browser.driver().findElement(By.name(field.getKey()));
            if (!"select".equals(input.getTagName())) {
                type(field.getKey(), field.getValue().asText());
            }
        });
        type("reference", reference);
        type("declarant.address", "Алматы, пр. Абая, 1");
        type("consignee.name", consignee);
        type("consignee.country", "XX");
        type("countryOfDestination", country);
        type("routeCountries", "");
        type("goods[0].hsCode", "7701.00");
        type("goods[0].description", "Товары народного потребления");
        submit(By.cssSelector("form button.primary[type=submit]"));
        browser.waitFor(By.id("declaration-errors"));
        readsInTheLanguage("declaration with refused inputs");

        type("consignee.country", country);
        type("goods[0].hsCode", hsCode);
        submit(By.cssSelector("form button.primary[type=submit]"));
        browser.waitFor(By.id("consignment-header"));
        readsInTheLanguage("declared consignment");
        return browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    /** Monitored goods wait for a document check; the documents are not in order and the officer holds the goods. */
    private void checkedAndHeldByTheOfficer(String consignment) {
        choose("document-check", "NOT_IN_ORDER");
        act("document-check", "dc-note", "Нет сертификата происхождения");
        readsInTheLanguage("documents not in order");
        act("hold", "ho-text", "Запрошен сертификат происхождения");
        browser.waitFor(By.id("ho-reason-error"));
        readsInTheLanguage("hold without a reason");
        new Select(browser.driver().findElement(By.id("ho-reason"))).selectByValue("DOCUMENTS");
        submitAction("hold");
        browser.waitFor(By.id("hold-H-1"));
        readsInTheLanguage("held by the officer");
        browser.signOut();
    }

    /** Four eyes: a supervisor decides; the form says on the page, not in a browser pop-up, what it still needs. */
    private void decidedByASupervisor(String consignment, String holdId, String reason) {
        browser.signInAs("s.bekova");
        browser.open("/holds");
        browser.waitFor(By.id("held-goods"));
        readsInTheLanguage("held goods");
        browser.open("/holds/" + consignment.substring(consignment.lastIndexOf('/') + 1) + "/" + holdId);
        browser.waitFor(By.id("decision"));
        readsInTheLanguage("hold review");
        submit(By.cssSelector("form.review-decision button[type=submit]"));
        browser.waitFor(By.id("field-problem"));
        readsInTheLanguage("hold review without a decision");
        new Select(browser.driver().findElement(By.id("decision"))).selectByValue("LIFT");
        submit(By.cssSelector("form.review-decision button[type=submit]"));
        new Select(browser.waitFor(By.id("reason"))).selectByValue(reason);
        submit(By.cssSelector("form.review button[type=submit]"));
        browser.waitFor(By.id("field-problem"));
        readsInTheLanguage("hold review without written reasons");
        type("text", "Сертификат представлен, сведения сверены");
        submit(By.cssSelector("form.review button[type=submit]"));
        readsInTheLanguage("held goods after the decision");
        browser.signOut();
    }

    /** The officer inspects: a finding on a line the declaration lacks is refused, then recorded; completed and released. */
    private void inspectedAndReleasedByTheOfficer(String consignment) {
        browser.signInAs("o.aliyev");
        browser.open(consignment);
        readsInTheLanguage("cleared");
        act("inspection", "in-note", "Досмотр на линии 4");
        readsInTheLanguage("under inspection");
        type("lineNumber", "один");
        act("finding", "fi-description", "Пломбы целы");
        readsInTheLanguage("finding with a line number that is no number");
        type("lineNumber", "9");
        submitAction("finding");
        browser.waitFor(By.cssSelector("#action-finding .message.error"));
        readsInTheLanguage("finding on a line the declaration lacks");
        type("lineNumber", "1");
        submitAction("finding");
        readsInTheLanguage("finding recorded");
        choose("inspection-completion", "NO_DISCREPANCY");
        act("inspection-completion", "ic-note", "Товары соответствуют декларации");
        act("release", "re-note", "Выпуск разрешён");
        assertThat(browser.driver().findElement(By.id("consignment-header")).getText()).contains(RELEASED.get(language));
        readsInTheLanguage("released");
    }

    /** Fails on any visible Latin-script word that is neither typed by a person, nor a code, nor a user id. */
    private void readsInTheLanguage(String page) {
        String shown = browser.driver().findElement(By.tagName("body")).getText();
        String text = shown;
        for (String typed : TYPED) {
            text = text.replace(typed, " ");
        }
        List<String> english = WORD.matcher(text).results().map(MatchResult::group)
                .filter(word -> word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN))
                .filter(word -> word.chars().noneMatch(Character::isDigit))
                .filter(word -> !CODES.contains(word) && !USER_ID.matcher(word).matches())
                .distinct().toList();
        pages.assertThat(english).as("Latin-script words on the page '%s' in %s:%n%s", page, language, shown).isEmpty();
    }

    private void choose(String action, String value) {
        browser.driver().findElement(By.cssSelector("#action-" + action + " input[value=" + value + "]")).click();
    }

    private void act(String action, String fieldId, String text) {
        WebElement field = browser.driver().findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        submitAction(action);
    }

    private void submitAction(String action) {
        submit(By.cssSelector("#action-" + action + " button[type=submit]"));
    }

    /** Clicks and waits for the page the form leads to. */
    private void submit(By button) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(button).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        browser.waitFor(By.tagName("main"));
    }
}
