package org.conflictledger.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.conflictledger.store.LedgerStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in real headless Chromium over a real SQLite ledger of the examples and the hostile articles:
 * it loads with its map and timeline, filters, opens an incident, highlights the evidence, shows hostile article
 * data as text, and breaks no rule of its Content-Security-Policy. Screenshots go to {@code target/}.
 */
class WebPageIT {
    @TempDir
    static Path dir;
    static LedgerStore store;
    static LedgerServer server;
    static Http http;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        store = Ledgers.filled(dir);
        server = LedgerServer.start(store, "127.0.0.1", 0);
        http = new Http(server.uri());
        browser = Browsers.chromium(dir.resolve("profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void load(String fragment) {
        browser.manage().logs().get(LogType.BROWSER); // drains what earlier tests logged
        browser.get(server.uri() + fragment);
        wait.until(d -> "true".equals(js("return document.body.dataset.ready")));
    }

    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#incidents tbody tr"));
    }

    private static void filter(String name, String value) {
        WebElement input = browser.findElement(By.name(name));
        if (input.getTagName().equals("select")) {
            new Select(input).selectByValue(value);
        } else {
            input.clear();
            input.sendKeys(value);
        }
    }

    private static void apply(int expectedRows) {
        browser.findElement(By.id("apply")).click();
        wait.until(d -> "false".equals(js("return document.body.dataset.loading")) && rows().size() == expectedRows);
    }

    private static void open(WebElement row) {
        row.click();
        wait.until(d -> "true".equals(js("return document.getElementById('incident').dataset.ready"))
                && row.getAttribute("data-id").equals(js("return document.getElementById('incident').dataset.incident")));
    }

    private static List<String> severeConsoleMessages() {
        List<String> severe = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() || e.getMessage().contains("Content Security Policy")) {
                severe.add(e.getMessage());
            }
        }
        return severe;
    }

    private static void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no alert opened");
    }

    @Test
    void loadsFiltersOpensAnIncidentAndHighlightsItsEvidence() throws IOException {
        load("");
        long total = http.json("/api/incidents?limit=1").get("total").asLong();
        wait.until(d -> rows().size() == total);
        assertTrue(browser.findElement(By.id("stats")).getText().contains(total + " incidents"));
        Number outlines = (Number) js("return document.querySelectorAll('.leaflet-overlay-pane path').length");
        Number markers = (Number) js("return document.querySelectorAll('path.incident-marker').length");
        assertTrue(markers.intValue() >= 2, "incident circles: " + markers);
        assertTrue(outlines.intValue() > 150 + markers.intValue(), "country outlines drawn: " + outlines);
        assertTrue(browser.findElements(By.cssSelector("#timeline rect.bar")).size() >= 3, "timeline bars");
        screenshot("web-overview.png");

        filter("country", "sy");
        filter("type", "suicide_bomb");
        long hasaka = http.json("/api/incidents?country=SY&type=suicide_bomb").get("total").asLong();
        assertTrue(hasaka >= 1);
        apply((int) hasaka);
        WebElement row = rows().get(0);
        assertTrue(row.getText().toLowerCase().contains("suicide bomb"), row.getText());

        open(row);
        String id = row.getAttribute("data-id");
        JsonNode incident = http.json("/api/incidents/" + Http.encode(id));
        Set<String> evidence = new TreeSet<>();
        incident.get("reports").forEach(r -> r.get("mention").get("claims").forEach(c -> evidence.add(c.get("evidence").asText())));
        assertFalse(evidence.isEmpty());
        Set<String> marked = new TreeSet<>();
        browser.findElements(By.cssSelector("#incident mark.evidence")).forEach(m -> marked.add(
                (String) js("return arguments[0].textContent", m)));
        assertEquals(evidence, marked, "every claim's evidence, and only it, is marked in the article text");
        assertEquals(incident.get("figures").size(), browser.findElements(By.cssSelector("#incident table.figures tbody tr")).size());
        assertTrue(browser.findElement(By.cssSelector("#incident .badge.grade")).getText()
                .equals(incident.get("grade").asText().replace('_', ' ')));
        screenshot("web-incident.png");
        assertEquals(List.of(), severeConsoleMessages(), "no script error, no Content-Security-Policy violation");
        assertNoAlert();
    }

    @Test
    void showsHostileArticleDataAsTextAndRunsNone() throws IOException {
        load("");
        filter("country", "AF");
        long kabul = http.json("/api/incidents?country=AF").get("total").asLong();
        apply((int) kabul);
        open(rows().get(0));
        String text = (String) js("return [...document.querySelectorAll('#incident .article-text')].map(e => e.textContent).join('\\n')");
        assertTrue(text.contains(Ledgers.SCRIPT), "script shown as text");
        assertTrue(text.contains(Ledgers.IMG), "img shown as text");
        String panel = browser.findElement(By.id("incident")).getText();
        assertTrue(panel.contains("Kabul" + Ledgers.IMG), "place shown as text");
        assertTrue(panel.contains("police" + Ledgers.SCRIPT), "source shown as text");
        Number injected = (Number) js("return document.querySelectorAll('img[src=\"x\"], [onerror], [onload], [onmouseover], "
                + "#incident script, #incident b, #incident svg, #incident img').length");
        assertEquals(0, injected.intValue(), "no element made from article data");
        Number scripts = (Number) js("return document.scripts.length");
        assertEquals(3, scripts.intValue(), "only the page's own scripts: leaflet, topojson, app");
        assertTrue(browser.findElements(By.cssSelector("#incident mark.evidence")).stream()
                .anyMatch(m -> m.getText().contains("onerror")), "hostile evidence marked as text");
        List<WebElement> links = browser.findElements(By.cssSelector("#incident a[href^='javascript']"));
        assertEquals(0, links.size(), "a javascript: url is not a link");
        assertNoAlert();
        screenshot("web-hostile.png");
        assertEquals(List.of(), severeConsoleMessages(), "no script error, no Content-Security-Policy violation");
    }

    @Test
    void opensTheIncidentNamedInTheAddress() {
        String id = http.json("/api/incidents?country=AF").get("incidents").get(0).get("id").asText();
        load("#" + Http.encode(id));
        wait.until(d -> id.equals(js("return document.getElementById('incident').dataset.incident")));
        assertNoAlert();
    }

    @Test
    void showsAMalformedFilterAsAnError() {
        load("");
        js("document.querySelector('input[name=min_killed]').type = 'text'");
        filter("min_killed", "lots");
        browser.findElement(By.id("apply")).click();
        wait.until(d -> browser.findElement(By.id("error")).isDisplayed());
        assertTrue(browser.findElement(By.id("error")).getText().contains("min_killed"));
    }
}
