package io.switchboard.it.portal;

import io.switchboard.it.Api;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver. Missing binaries fail the test:
 * a browser test that quietly skips proves nothing.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("switchboard.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("switchboard.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(int width, int height) {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(binary).canExecute()) {
                throw new IllegalStateException(binary
                        + " is missing: install Debian's chromium and chromium-driver (apt-get install -y chromium"
                        + " chromium-driver; .ci/run does this)");
            }
        }
        try {
            profile = Files.createTempDirectory("sb-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // The window size includes the browser's frame; the page itself gets exactly width × height.
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        // Headless windows never have the focus, so :focus would never match without this.
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", java.util.Map.of("enabled", true));
        // Records every Content-Security-Policy violation of every page (devtools scripts are exempt from the policy).
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of(
                        "source",
                        "window.__sbCsp = []; document.addEventListener('securitypolicyviolation', function (e) {"
                                + " window.__sbCsp.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || '?') + ' '"
                                + " + (e.sample || '') + ' at ' + e.sourceFile + ':' + e.lineNumber); });"));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.withMessage(this::whereWeAre);
    }

    /** For a wait that timed out: which page the browser was on and what it said, so a CI log alone explains it. */
    private String whereWeAre() {
        try {
            Object text = js("return document.body ? document.body.innerText : '';");
            String shown = String.valueOf(text).replaceAll("\\s+", " ").strip();
            return "on " + driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"), which shows: "
                    + (shown.length() > 1500 ? shown.substring(0, 1500) + "…" : shown);
        } catch (RuntimeException e) {
            return "the page could not be read: " + e.getMessage();
        }
    }

    private final List<String> cspViolations = new java.util.ArrayList<>();

    /** The policy violations seen so far (a blocked script is a portal feature that does not work). */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        try {
            Object seen = js("var v = window.__sbCsp || []; window.__sbCsp = []; return v;");
            if (seen instanceof List<?> list) {
                for (Object v : list) {
                    cspViolations.add(driver.getCurrentUrl() + ": " + v);
                }
            }
        } catch (RuntimeException e) {
            // no page (yet), or the browser is gone: nothing more to read
        }
        return List.copyOf(cspViolations);
    }

    /** For a test that provokes a violation on purpose: reads and forgets them. */
    public List<String> takeCspViolations() {
        List<String> seen = cspViolations();
        cspViolations.clear();
        return seen;
    }

    public static Browser open() {
        return new Browser(1280, 900);
    }

    public static Browser open(int width, int height) {
        return new Browser(width, height);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(path.startsWith("http") ? path : Api.BASE + path);
        settle();
        return this;
    }

    public Browser login(String user) {
        go("/login.xhtml");
        signIn(user, "switchboard");
        wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
        settle();
        return this;
    }

    public void signIn(String user, String password) {
        type(By.id("username"), user);
        type(By.id("password"), password);
        driver.findElement(By.id("signIn")).click();
        settle();
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public static By id(String clientId) {
        return By.cssSelector("[id='" + clientId + "']");
    }

    public Browser type(By by, String text) {
        WebElement e = find(by);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    public Browser click(By by) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", e);
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        settle();
        return this;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Picks a value in a PrimeFaces select menu the way its widget does. */
    public Browser select(String clientId, String value) {
        js("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", clientId, value);
        settle();
        return this;
    }

    /** The values a PrimeFaces select menu offers (its hidden native select). */
    @SuppressWarnings("unchecked")
    public List<String> options(String clientId) {
        return (List<String>) js(
                "return Array.from(document.getElementById(arguments[0] + '_input').options).map(o => o.value);",
                clientId);
    }

    public String text(By by) {
        return find(by).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public Browser waitFor(By by) {
        find(by);
        return this;
    }

    /** Waits until the condition holds (or fails after the usual timeout). */
    public Browser until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        wait.until(condition);
        return this;
    }

    public Browser waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return this;
    }

    public Browser waitUntilUrlContains(String part) {
        wait.until(ExpectedConditions.urlContains(part));
        return this;
    }

    /** Page loaded and no PrimeFaces ajax request running. */
    public Browser settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                                + " && (!window.jQuery || jQuery.active === 0)));")));
        cspViolations();
        return this;
    }

    /**
     * No finite CSS transition or animation still running: a button PrimeFaces re-enables after
     * an ajax call fades back from its disabled opacity, and colours read mid-fade are not the page's.
     */
    public Browser waitForTransitions() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !document.getAnimations || document.getAnimations().every(function (a) {"
                        + " return a.playState !== 'running' || !a.effect"
                        + " || a.effect.getComputedTiming().endTime === Infinity; });")));
        return this;
    }

    /** The slide-out panel has finished sliding in: at the right edge, visible, no transition still running. */
    public Browser waitForPanel() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript(
                        "var p = document.querySelector('.sb-panel'); if (!p) return false; var r = p.getBoundingClientRect();"
                                + " return Math.abs(r.right - window.innerWidth) < 2 && getComputedStyle(p).visibility !== 'hidden'"
                                + " && (!p.getAnimations || p.getAnimations().length === 0);")));
        return this;
    }

    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** GET with this browser's session cookies, as the browser would download it. */
    public HttpResponse<String> download(String path) {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : Api.BASE + path))
                                    .header("Cookie", cookies)
                                    .timeout(java.time.Duration.ofSeconds(60))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void forgetSession() {
        for (Cookie c : driver.manage().getCookies()) {
            if (!c.getName().equals("sb_tz")) {
                driver.manage().deleteCookie(c);
            }
        }
    }

    /** Saves a PNG under the screenshot folder (target/screenshots unless told otherwise). */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("switchboard.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the browser; fails the test if any page broke its Content-Security-Policy. */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = cspViolations();
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is no test failure
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations: " + violations);
        }
    }
}
