package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium for the dashboard's browser tests: signs in with a token
 * through the page's own field, waits for pages and charts, saves screenshots under
 * target/dashboard-screenshots, and reads the browser's console and network logs (every
 * request must go to 127.0.0.1; console errors are failures).
 */
final class DashboardBrowser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
  private static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private final ChromeDriver driver;
  private final String base;
  private final List<String> requested = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  private DashboardBrowser(ChromeDriver driver, int port) {
    this.driver = driver;
    this.base = "http://127.0.0.1:" + port;
  }

  /** Skips the test class (a JUnit assumption) when this machine has no Chromium or no chromedriver. */
  static void assumeChromium() {
    Assumptions.assumeTrue(find(BINARIES) != null && find(DRIVERS) != null,
        "no Chromium here (looked for " + BINARIES + " and " + DRIVERS + "): apt-get install -y chromium chromium-driver");
  }

  private static String find(List<String> paths) {
    return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
  }

  /** Starts headless Chromium with the console and network logs on. */
  static DashboardBrowser start(int port) {
    assumeChromium();
    String binary = find(BINARIES);
    String chromedriver = find(DRIVERS);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    ChromeOptions options = new ChromeOptions()
        .setBinary(binary)
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--window-size=1440,1000", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps");
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(chromedriver).toFile()).build();
    return new DashboardBrowser(new ChromeDriver(service, options), port);
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens the dashboard and saves the token through its token field (sessionStorage). */
  void signIn(String token) {
    driver.get(base + "/app/");
    WebElement field = driver.findElement(By.id("token"));
    field.clear();
    field.sendKeys(token);
    driver.findElement(By.cssSelector("#token-form button")).click();
  }

  /** Navigates to a hash route (e.g. "board") and waits until the page says it is ready. */
  void open(String route) {
    driver.get(base + "/app/#/" + route);
    awaitReady();
  }

  void awaitReady() {
    await("the page to load", d -> {
      String ready = d.findElement(By.id("view")).getDomAttribute("data-ready");
      assertThat(ready).as("page failed: " + d.findElement(By.id("view")).getText()).isNotEqualTo("error");
      return "true".equals(ready);
    });
  }

  void await(String what, Predicate<WebDriver> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(90)).withMessage("waiting for " + what).until(condition::test);
  }

  /** The element matching css, waiting until it has the attribute (any value when value is null). */
  WebElement awaitAttribute(String css, String attribute, String value) {
    await(css + " [" + attribute + (value == null ? "" : "=" + value) + "]", d -> d.findElements(By.cssSelector(css)).stream()
        .anyMatch(e -> value == null ? e.getDomAttribute(attribute) != null : value.equals(e.getDomAttribute(attribute))));
    return driver.findElement(By.cssSelector(css));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Saves a PNG of the window as target/dashboard-screenshots/{name}.png. */
  void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Drains the browser's logs into the requested URLs and the console errors seen so far. */
  void drainLogs() {
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(e.getMessage());
      }
    }
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonObject message = new JsonObject(e.getMessage()).getJsonObject("message");
      String method = message.getString("method");
      JsonObject params = message.getJsonObject("params", new JsonObject());
      if ("Network.requestWillBeSent".equals(method)) {
        requested.add(params.getJsonObject("request").getString("url"));
      } else if ("Network.webSocketCreated".equals(method)) {
        requested.add(params.getString("url"));
      }
    }
  }

  /** Console errors so far, minus those {@code ignored} accepts. */
  List<String> consoleErrors(Predicate<String> ignored) {
    drainLogs();
    return errors.stream().filter(ignored.negate()).toList();
  }

  /** Every URL the browser asked for so far, data: URLs left out. */
  List<String> requests() {
    drainLogs();
    return requested.stream().filter(u -> !u.startsWith("data:")).toList();
  }

  /** The URLs whose host is not 127.0.0.1. */
  List<String> offHost() {
    return requests().stream().filter(u -> !"127.0.0.1".equals(URI.create(u).getHost())).toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
