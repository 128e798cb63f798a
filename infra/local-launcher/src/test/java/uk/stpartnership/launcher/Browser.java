package uk.stpartnership.launcher;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.Yaml;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's headless Chromium (Debian's chromium and chromium-driver: nothing is downloaded), with axe's WCAG 2.2 A
 * and AA rules and the Nu HTML Checker run on every page it is asked to check, and a screenshot of each page under
 * target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** GOV.UK's focus colour, #ffdd00, as the browser reports a background. */
    private static final String FOCUS_YELLOW = "rgba(255, 221, 0, 1)";
    /** More tab stops than any page has before its form: header, navigation, sign-out and a form's inputs. */
    private static final int MOST_TAB_STOPS = 60;

    private final WebDriver driver;
    private final URI base;
    private final String who;
    private int shots;

    /** Skips the calling test, saying so on the console, where the machine has no Chromium. */
    static void assumeChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println("""
                    !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
                    !! BROWSER TESTS SKIPPED: no %s or %s.
                    !! Install Debian's chromium and chromium-driver (.ci/run does) to run them.
                    !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
                    """.formatted(CHROMIUM, CHROMEDRIVER));
        }
        Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed");
    }

    Browser(URI base, String who) throws IOException {
        this.base = base;
        this.who = who;
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("chromium-" + who));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    /** The element, or a failure that says what the page showed instead (and keeps its screenshot). */
    WebElement find(String css) {
        try {
            return driver.findElement(By.cssSelector(css));
        } catch (NoSuchElementException e) {
            throw notOnThePage("'" + css + "'", e);
        }
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Types the date into a GOV.UK date input: its day, month and year. */
    void typeDate(String id, LocalDate date) {
        type(id + "-day", Integer.toString(date.getDayOfMonth()));
        type(id + "-month", Integer.toString(date.getMonthValue()));
        type(id + "-year", Integer.toString(date.getYear()));
    }

    void click(String css) {
        find(css).click();
    }

    /** Presses the button and waits for the page it leads to (a form post may return before the next page loads). */
    void clickButton(String text) {
        WebElement button = button(text).orElseThrow(() -> notOnThePage("button '" + text + "'", null));
        andWaitForTheNextPage(button::click);
    }

    boolean hasButton(String text) {
        return button(text).isPresent();
    }

    private Optional<WebElement> button(String text) {
        return driver.findElements(By.cssSelector("button")).stream().filter(b -> b.getText().strip().startsWith(text)).findFirst();
    }

    /** What the page showed instead of what was looked for, with its screenshot kept. */
    private AssertionError notOnThePage(String what, Throwable cause) {
        screenshot("missing-element");
        return new AssertionError("No " + what + " on " + driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"), which shows:\n" + pageText(), cause);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void clickLink(String text) {
        andWaitForTheNextPage(driver.findElement(By.partialLinkText(text))::click);
    }

    private void andWaitForTheNextPage(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    String heading() {
        return find("h1").getText().strip();
    }

    void signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        clickButton("Sign in");
    }

    /**
     * Signs in with the keyboard only: Tab from the top of the page to each input, each stop visibly focused, and
     * Enter to send.
     */
    void signInWithTheKeyboard(String username, String password) {
        open("/sign-in");
        tabTo("username").sendKeys(username);
        tabTo("password").sendKeys(password);
        pressWithTheKeyboard("Sign in");
    }

    /**
     * Presses Tab until the element with that id has focus, checking that every stop on the way shows GOV.UK's focus
     * style (the yellow of a focused link or button, or the thick outline of a focused input); the element focused.
     */
    WebElement tabTo(String id) {
        return tabUntil(focused -> id.equals(focused.getAttribute("id")), "#" + id);
    }

    /** Tabs to the button (as tabTo does) and presses Enter on it; then waits for the page it leads to. */
    void pressWithTheKeyboard(String button) {
        tabUntil(focused -> focused.getTagName().equals("button") && focused.getText().strip().startsWith(button), "the button " + button);
        andWaitForTheNextPage(() -> new Actions(driver).sendKeys(Keys.ENTER).perform());
    }

    /** Tabs to the link (as tabTo does) and follows it with Enter; then waits for the page it leads to. */
    void followWithTheKeyboard(String link) {
        tabUntil(focused -> focused.getTagName().equals("a") && focused.getText().strip().startsWith(link), "the link " + link);
        andWaitForTheNextPage(() -> new Actions(driver).sendKeys(Keys.ENTER).perform());
    }

    /** Tabs to the input (as tabTo does), selects what it holds with the keyboard and types over it. */
    void typeWithTheKeyboard(String id, String text) {
        WebElement input = tabTo(id);
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).perform();
        input.sendKeys(text);
    }

    /** A GOV.UK date input's day, month and year, each reached with Tab. */
    void typeDateWithTheKeyboard(String id, LocalDate date) {
        typeWithTheKeyboard(id + "-day", Integer.toString(date.getDayOfMonth()));
        typeWithTheKeyboard(id + "-month", Integer.toString(date.getMonthValue()));
        typeWithTheKeyboard(id + "-year", Integer.toString(date.getYear()));
    }

    /**
     * Tabs into the group of radios named so (focus lands on its checked radio, or its first) and moves with the arrow
     * keys to the one with that value, which they check; Space checks a first radio the arrows never left.
     */
    void chooseWithTheKeyboard(String name, String value) {
        WebElement radio = tabUntil(focused -> name.equals(focused.getAttribute("name")), "the radios " + name);
        for (int moves = 0; !value.equals(radio.getAttribute("value")); moves++) {
            assertThat(moves).as("no radio %s=%s", name, value).isLessThan(MOST_TAB_STOPS);
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
            radio = driver.switchTo().activeElement();
        }
        if (!radio.isSelected()) {
            new Actions(driver).sendKeys(Keys.SPACE).perform();
        }
        assertThat(radio.isSelected()).as("%s=%s chosen with the keyboard", name, value).isTrue();
    }

    private WebElement tabUntil(Predicate<WebElement> target, String what) {
        for (int stop = 0; stop < MOST_TAB_STOPS; stop++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (focused.getTagName().equals("body")) {
                continue; // the first Tab after a page loads can bring focus into the document itself
            }
            assertThat(visiblyFocused(focused)).as("focus visible on tab stop %d (%s) of %s", stop + 1, describe(focused),
                    driver.getCurrentUrl()).isTrue();
            if (target.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + what + " on " + driver.getCurrentUrl());
    }

    private static boolean visiblyFocused(WebElement element) {
        String boxShadow = element.getCssValue("box-shadow");
        String outline = element.getCssValue("outline-style") + " " + element.getCssValue("outline-width");
        return FOCUS_YELLOW.equals(element.getCssValue("background-color")) || (boxShadow != null && !boxShadow.equals("none"))
                || !(outline.startsWith("none") || outline.endsWith(" 0px"));
    }

    private static String describe(WebElement element) {
        return element.getTagName() + (element.getAttribute("id") == null || element.getAttribute("id").isEmpty() ? "" : "#" + element.getAttribute("id"))
                + " \"" + element.getText().strip() + "\"";
    }

    /**
     * axe's WCAG 2.2 A and AA rules on the page as it is now, each violation listed with its elements; and the Nu HTML
     * Checker on its markup (the document as the browser holds it), each error listed with its line.
     */
    void checkAccessible(String pageName) {
        screenshot(pageName);
        checkMarkup(pageName);
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        String violations = results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as("axe on %s (%s):\n%s", pageName, driver.getCurrentUrl(), violations).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void checkMarkup(String pageName) {
        try {
            Path page = Files.createTempFile("page-" + pageName, ".html");
            Files.writeString(page, "<!DOCTYPE html>\n" + ((JavascriptExecutor) driver).executeScript("return document.documentElement.outerHTML"));
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
            Map<String, Object> report = new Yaml().load(validator.validate(page));
            List<Map<String, Object>> errors = ((List<Map<String, Object>>) report.get("messages")).stream()
                    .filter(message -> "error".equals(message.get("type"))).toList();
            assertThat(errors).as("HTML errors on %s (%s):\n%s", pageName, driver.getCurrentUrl(), errors.stream()
                    .map(e -> "- line " + e.get("lastLine") + ": " + e.get("message")).collect(Collectors.joining("\n"))).isEmpty();
        } catch (Exception e) { // the checker's own failures: a page it could not read
            throw new IllegalStateException("The Nu HTML Checker failed on " + pageName, e);
        }
    }

    void screenshot(String pageName) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(who, ++shots, pageName)), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().map(CheckedNode::getTarget).map(target -> "    " + target).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
