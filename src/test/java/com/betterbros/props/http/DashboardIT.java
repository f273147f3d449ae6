package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real browser (headless Chromium, Selenium) against a node with a trained
 * model and one finished backtest: each page draws from the node's API, every request stays on
 * 127.0.0.1, and the console has no error. Screenshots land in target/dashboard-screenshots.
 * Until the live feed (/ws/edges) is mounted, the board's failed WebSocket handshakes are the one
 * console error tolerated.
 */
@DisplayName("Dashboard (/app) in headless Chromium: every page draws from the node's API, locally, without console errors")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

  private static Node node;
  private static ApiClient admin;
  private static DashboardBrowser browser;
  private static boolean feedMounted;
  private static JsonObject backtest;

  @BeforeAll
  static void start() throws InterruptedException {
    DashboardBrowser.assumeChromium();
    node = TestNodes.trained(Map.of());
    admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    backtest = DashboardFixtures.finishedBacktest(admin);
    feedMounted = DashboardFixtures.feedMounted(node, node.devToken());
    browser = DashboardBrowser.start(node.httpPort());
    browser.signIn(node.devToken());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (node != null) {
      Await.result(node.stop());
    }
  }

  /** Screenshot, then: no unformatted value on the page, no console error, no request off 127.0.0.1. */
  private static void clean(String page) throws Exception {
    browser.screenshot(page);
    assertThat(browser.driver().findElement(By.tagName("body")).getText()).as("text on " + page)
        .doesNotContain("undefined", "NaN", "[object", "Infinity");
    assertThat(browser.consoleErrors(m -> !feedMounted && m.contains("/ws/edges"))).as("console errors on " + page).isEmpty();
    assertThat(browser.requests()).as("requests").isNotEmpty();
    assertThat(browser.offHost()).as("requests that left 127.0.0.1 on " + page).isEmpty();
  }

  private static List<WebElement> rows() {
    return browser.driver().findElements(By.cssSelector("#board-table tbody tr[data-prop-id]"));
  }

  @Test
  @Order(1)
  @DisplayName("the pages and assets come from the service under a CSP allowing only it, and no inline script")
  void policy() {
    ApiClient anonymous = new ApiClient(node.vertx(), node.httpPort(), null);
    HttpResponse<Buffer> page = anonymous.get("/app/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'", "connect-src 'self'",
        "ws://127.0.0.1:" + node.httpPort()).doesNotContain("unsafe-inline").doesNotContain("http:");
    assertThat(page.bodyAsString()).doesNotContain("http://", "https://", "<script>", "style=");
    for (String asset : new String[] {"/app/js/main.js", "/app/app.css", "/app/vendor/uplot/uPlot.esm.js", "/app/vendor/uplot/uPlot.min.css"}) {
      HttpResponse<Buffer> r = anonymous.get(asset);
      assertThat(r.statusCode()).as(asset).isEqualTo(200);
      assertThat(r.getHeader("Content-Security-Policy")).as(asset).startsWith("default-src 'self'");
    }
    // a browser sends Origin on module scripts and POSTs: the service's own origin is not cross-origin
    var client = io.vertx.ext.web.client.WebClient.create(node.vertx());
    String self = "http://127.0.0.1:" + node.httpPort();
    var script = Await.result(client.get(node.httpPort(), "127.0.0.1", "/app/js/main.js").putHeader("Origin", self).send());
    assertThat(script.statusCode()).isEqualTo(200);
    var post = Await.result(client.post(node.httpPort(), "127.0.0.1", "/model/predict").putHeader("Origin", self)
        .bearerTokenAuthentication(node.devToken())
        .sendJsonObject(new JsonObject().put("prop_ids", new JsonArray().add("prizepicks:none"))));
    assertThat(post.statusCode()).as(post.bodyAsString()).isEqualTo(200);
    var foreign = Await.result(client.get(node.httpPort(), "127.0.0.1", "/app/js/main.js").putHeader("Origin", "http://evil.example").send());
    assertThat(foreign.statusCode()).isEqualTo(403);
  }

  @Test
  @Order(2)
  @DisplayName("board: the node's open props with the model's p and edge, sparklines and hit rates")
  void board() throws Exception {
    browser.open("board");
    browser.awaitAttribute("#board-table", "data-rows", null);
    long total = admin.ok("/props?status=open&limit=1").getLong("total");
    assertThat(browser.driver().findElement(By.cssSelector("section.card .filters .muted")).getText()).startsWith(total + " props");
    List<WebElement> rows = rows();
    assertThat(rows).hasSizeBetween(1, 150);
    String first = rows.get(0).getDomAttribute("data-prop-id");
    JsonObject prop = admin.ok("/props/" + first);
    assertThat(rows.get(0).findElement(By.cssSelector("td.player")).getText()).isEqualTo(prop.getString("player_name"));
    JsonObject predicted = admin.post("/model/predict", new JsonObject().put("prop_ids", new JsonArray().add(first)).toBuffer())
        .bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    double p = "under".equals(predicted.getString("side")) ? predicted.getDouble("p_under") : predicted.getDouble("p_over");
    List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
    assertThat(cells.get(8).getText()).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", p * 100));
    assertThat(cells.get(10).getText()).matches("[+±-]?\\d+\\.\\d%");
    browser.await("sparklines and hit rates", d -> d.findElements(By.cssSelector("#board-table svg.spark")).size() >= Math.min(5, rows.size())
        && rows().get(0).findElements(By.cssSelector("td.rate")).stream().allMatch(c -> c.getText().endsWith("%")));
    assertThat(rows().get(0).findElements(By.cssSelector("td.rate")).stream().map(c -> c.getDomAttribute("title")).toList())
        .isEqualTo(DashboardFixtures.hitRates(admin, prop, predicted.getString("side")));
    clean("board");
  }

  @Test
  @Order(3)
  @DisplayName("a prop's page: game log with the line, line history and the model's feature contributions")
  void prop() throws Exception {
    browser.open("board");
    browser.awaitAttribute("#board-table", "data-rows", null);
    String id = rows().get(0).getDomAttribute("data-prop-id");
    rows().get(0).findElement(By.cssSelector("td.player a")).click();
    browser.awaitReady();
    browser.awaitAttribute("#game-log", "data-drawn", "game-log");
    browser.awaitAttribute("#line-history", "data-drawn", "line-history");
    browser.awaitAttribute("#contributions", "data-drawn", "contributions");
    assertThat(browser.driver().findElements(By.cssSelector("#game-log canvas"))).isNotEmpty();
    int explained = browser.driver().findElements(By.cssSelector("#contributions rect.bar")).size();
    assertThat(explained).isBetween(1, 5);
    assertThat(browser.driver().getCurrentUrl()).endsWith("#/prop/" + id.replace(":", "%3A"));
    clean("prop");
  }

  @Test
  @Order(4)
  @DisplayName("slips: two legs picked on the board simulated (hit distribution, EV, Kelly); the optimizer's slips listed")
  void slips() throws Exception {
    browser.open("board");
    browser.awaitAttribute("#board-table", "data-rows", null);
    browser.script("sessionStorage.removeItem('bb.slip')");
    String firstPlayer = null;
    int picked = 0;
    for (WebElement row : rows()) {
      String player = row.findElement(By.cssSelector("td.player")).getText();
      WebElement box = row.findElement(By.cssSelector("input[type=checkbox]"));
      if (box.isEnabled() && !player.equals(firstPlayer) && picked < 2) {
        box.click();
        firstPlayer = player;
        picked++;
      }
    }
    assertThat(picked).isEqualTo(2);
    browser.open("slips");
    browser.awaitAttribute("#hit-distribution", "data-drawn", "hit-distribution");
    assertThat(browser.driver().findElements(By.cssSelector("#hit-distribution rect.bar"))).hasSize(3);
    assertThat(browser.driver().findElement(By.id("slip-result")).getText()).contains("p(all)", "EV / unit", "Kelly", "Stake");
    browser.driver().findElement(By.id("optimize")).click();
    browser.await("the optimizer's slips", d -> !d.findElements(By.cssSelector("#optimized tbody tr")).isEmpty());
    clean("slips");
  }

  @Test
  @Order(5)
  @DisplayName("model quality: the reliability diagram draws every bin of /eval/calibration, and one row per segment")
  void quality() throws Exception {
    browser.open("quality");
    WebElement diagram = browser.awaitAttribute("#reliability", "data-bins", null);
    JsonObject calibration = admin.ok("/eval/calibration?segment=stat_type&bins=10&binning=equal_width");
    int bins = calibration.getJsonArray("bins").size();
    assertThat(bins).isPositive();
    assertThat(diagram.getDomAttribute("data-bins")).isEqualTo(String.valueOf(bins));
    assertThat(diagram.findElements(By.cssSelector("g.bin circle"))).hasSize(bins);
    assertThat(diagram.findElements(By.cssSelector("g.bin line.ci"))).hasSize(bins);
    assertThat(browser.driver().findElements(By.cssSelector("#segments tbody tr"))).hasSize(calibration.getJsonArray("segments").size());
    clean("quality");
  }

  @Test
  @Order(6)
  @DisplayName("backtests: the finished backtest's bankroll curve and drawdown")
  void backtests() throws Exception {
    browser.open("backtests");
    WebElement curve = browser.awaitAttribute("#bankroll", "data-drawn", "bankroll");
    browser.awaitAttribute("#drawdown", "data-drawn", "drawdown");
    assertThat(curve.getDomAttribute("data-count")).isEqualTo(String.valueOf(backtest.getJsonArray("bankroll_curve").size()));
    assertThat(curve.findElements(By.tagName("canvas"))).isNotEmpty();
    // the page's drawdown (fall from the running peak) peaks where the API's max_drawdown says
    assertThat(Double.parseDouble(browser.driver().findElement(By.id("drawdown")).getDomAttribute("data-max-drawdown")))
        .isCloseTo(backtest.getDouble("max_drawdown"), within(1e-6));
    assertThat(browser.driver().findElements(By.cssSelector("#backtest-list tr[data-backtest-id]")))
        .extracting(e -> e.getDomAttribute("data-backtest-id")).contains(backtest.getString("id"));
    clean("backtests");
  }
}
